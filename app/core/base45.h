// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <optional>

/**
 * Base45 (RFC 9285): bytes as text in the 45 characters of the QR code's alphanumeric mode, so a QR code
 * holds 5.5 bits per module column instead of 8 bits per byte in byte mode.
 */
namespace Base45 {

[[nodiscard]] QString encode(QByteArrayView data);
/** nullopt for a character outside the alphabet, a dangling single character or a group above its range. */
[[nodiscard]] std::optional<QByteArray> decode(QStringView text);
/** Whether every character of @p text is in the Base45 alphabet. */
[[nodiscard]] bool isAlphabet(QStringView text);

} // namespace Base45

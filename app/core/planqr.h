// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plancode.h"

#include <QImage>
#include <QString>

/**
 * Plan codes as QR codes (zxing-cpp): drawn for the screen, a PNG file or a printed handout, and read back from a
 * photo, an image file or a camera frame. Shared by the app and `welcome-content recommend/decode`.
 */
namespace PlanQr {

/** Modules of white around the symbol, as ISO/IEC 18004 asks for. */
constexpr int quietZone = 4;
/** Image files larger than this are refused before they are read. */
constexpr qint64 maxFileBytes = 32 * 1024 * 1024;
/** Images with more pixels than a 50-megapixel photo are refused before they are decoded. */
constexpr qint64 maxPixels = 50'000'000;

struct Symbol
{
    QImage image; ///< black on white, 8-bit grey; null when the text does not fit a QR code
    int version = 0; ///< 1 to 40
    int modules = 0; ///< modules per side, without the quiet zone
};

/** A QR code of @p text at error correction M (alphanumeric mode for a plan code), @p moduleSize pixels a module. */
[[nodiscard]] Symbol encode(const QString &text, int moduleSize = 8);

struct Reading
{
    PlanCode::Error error = PlanCode::Error::None; ///< None, NoCode or UnreadableImage
    QString text; ///< what the QR code holds
    QString ecLevel; ///< "L", "M", "Q" or "H"
    [[nodiscard]] bool ok() const { return error == PlanCode::Error::None; }
};

/** The first QR code found in @p image (any format; rotated, tilted or small in a larger picture). */
[[nodiscard]] Reading read(const QImage &image);
/** Reads an image file (PNG, JPEG, …), refusing oversized files and images before decoding them. */
[[nodiscard]] Reading readFile(const QString &path);

/** read() and PlanCode::decode() in one: a QR code that holds anything but a plan code is NotOurs. */
[[nodiscard]] PlanCode::Decoded decode(const QImage &image, const PlanCode::Context &context);
[[nodiscard]] PlanCode::Decoded decodeFile(const QString &path, const PlanCode::Context &context);

} // namespace PlanQr

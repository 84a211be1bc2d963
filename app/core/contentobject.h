// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

/**
 * Content travels as objects: the site settings, the topic list, the synonym list, one article in one language,
 * one offer, one checklist step, the places to measure distances from. The content tool builds content.db from them and
 * publishes them; the app applies them in a sync. An object is stored as compact JSON compressed with zlib (qCompress)
 * and addressed by the SHA-256 of the stored bytes, so its hash can be checked before anything is decompressed.
 */
namespace ContentObject {

/** A stored object may be at most this large; its decompressed JSON at most maxJsonBytes. */
constexpr qint64 maxStoredBytes = 4 * 1024 * 1024;
constexpr qint64 maxJsonBytes = 16 * 1024 * 1024;

/** The kinds an update may carry, in the order they are applied. */
const QStringList &kinds();

/** The stored form of @p data. Deterministic: the same data gives the same bytes and hash. */
QByteArray encode(const QJsonObject &data);

/** The data of a stored object; nullopt with a reason when it is damaged or too large. */
std::optional<QJsonObject> decode(const QByteArray &stored, QString *error);

/** Lower-case hex SHA-256. */
QString sha256(const QByteArray &bytes);

/** A hash as objects are named by: 64 lower-case hex digits. */
bool isHash(const QString &text);

/**
 * Ids are "site", "topics", "synonyms", "article/<slug>/<lang>", "offer/<id>", "step/<id>": letters,
 * digits, '-', '_' and '.', in parts separated by '/'; never empty parts, "." or "..".
 */
bool isSafeId(const QString &id);

} // namespace ContentObject

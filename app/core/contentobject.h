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

/** The kinds an update may carry, in the order they are applied. */
const QStringList &kinds();

/** Kinds of which content has exactly one object, whose id is the kind's name: site, topics, synonyms, places. */
bool isSingleton(const QString &kind);

/**
 * Whether @p id has the shape its kind gives: the kind's name for a singleton, "article/<slug>/<lang>" with @p lang
 * for an article, "offer/<id>" and "step/<id>" without a language. Anything else could be applied under one name
 * and never be removed under another.
 */
bool idFitsKind(const QString &id, const QString &kind, const QString &lang);

/** The stored form of @p data. Deterministic: the same data gives the same bytes and hash. */
QByteArray encode(const QJsonObject &data);

/**
 * The data of a stored object; nullopt with a reason when it is damaged or too large (see ContentLimits). The
 * declared size is checked against the caps and the stored size before anything is allocated, and decompression
 * stops at the declared size: no object can make it allocate more than ContentLimits::maxObjectJsonBytes.
 */
enum class Problem { None, Malformed, TooLarge };
std::optional<QJsonObject> decode(const QByteArray &stored, QString *error, Problem *problem = nullptr);

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

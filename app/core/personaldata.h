// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

/**
 * The user's own data in user.db as one JSON file, so it can be moved to another device or kept as a backup.
 * Both functions use their own connection, so they work whether or not a UserStore has the file open.
 *
 * Format "welcome-personal-data", version 1:
 *   { "format", "version", "schema", "exported_at",
 *     "settings": { key: value },
 *     "recent_searches": [ { "query", "used_at" } ],
 *     "household": <profile object> or null,
 *     "step_states": [ { "member", "step", "state", "note", "title", "changed_at" } ] }
 * Times (used_at, changed_at) are milliseconds since the epoch, exactly as stored, so nothing is lost.
 */
namespace PersonalData {

inline const QString formatName = QStringLiteral("welcome-personal-data");
constexpr int formatVersion = 1;
/** The user.db schema an import writes into. */
constexpr int importSchema = 3;

constexpr int maxNoteLength = 2000;
constexpr int maxQueryLength = 100;
constexpr int maxStepStates = 10000;

/** Everything in user.db at @p userDbPath; an empty object and @p error set on failure. */
QJsonObject exportJson(const QString &userDbPath, QString *error);

/**
 * Replaces settings, recent searches, household and step states in @p userDbPath with @p data.
 * All of @p data is checked before anything is written, then everything is written in one transaction:
 * on any failure the database is left as it was and @p error says what was wrong.
 */
bool importJson(const QString &userDbPath, const QJsonObject &data, QString *error);

/** importJson() for the bytes of a file the user picked; a file that is not a JSON object is refused clearly. */
bool importFile(const QString &userDbPath, const QByteArray &bytes, QString *error);

} // namespace PersonalData

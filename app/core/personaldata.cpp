// SPDX-License-Identifier: GPL-3.0-or-later
#include "personaldata.h"

#include "checklist.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <cmath>
#include <optional>

namespace {

// Messages reach the user, so they go through translation under the context "PersonalData".
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(PersonalData)
};

void fail(QString *error, const QString &message)
{
    if (error) {
        *error = message;
    }
}

/** A connection of its own, removed again when it goes out of scope; declare it before any query on it. */
class Connection
{
public:
    Connection(const QString &path, bool readOnly)
        : m_name(QStringLiteral("personal-data-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(path);
        // The app may hold the file open at the same time; wait for its writes instead of failing at once.
        m_db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                                        : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        m_open = m_db.open();
    }
    ~Connection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    [[nodiscard]] bool isOpen() const { return m_open; }
    [[nodiscard]] const QSqlDatabase &db() const { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
    bool m_open = false;
};

int userVersion(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : -1;
}

/** A JSON number that is a whole number JSON can carry exactly; times and versions are never fractional. */
std::optional<qint64> wholeNumber(const QJsonValue &v)
{
    if (!v.isDouble()) {
        return std::nullopt;
    }
    const double d = v.toDouble();
    if (!std::isfinite(d) || d != std::floor(d) || std::abs(d) > 9007199254740992.0) {
        return std::nullopt;
    }
    return static_cast<qint64>(d);
}

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a true/false value");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a text");
    case QJsonValue::Array:
        return QStringLiteral("a list");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("missing");
}

/** The contents of a checked import, ready to be written. */
struct Checked
{
    struct Search
    {
        QString query;
        qint64 usedAt = 0;
    };
    struct Step
    {
        QString member;
        QString step;
        QString state;
        QString note;
        QString title;
        qint64 changedAt = 0;
    };
    QList<std::pair<QString, QString>> settings;
    QList<Search> searches;
    std::optional<QString> household; ///< compact JSON of the profile
    QList<Step> steps;
};

std::optional<Checked> check(const QJsonObject &data, QString *error)
{
    if (data.isEmpty()) {
        fail(error, Tr::tr("The file is empty or is not a Welcome personal data export."));
        return std::nullopt;
    }
    const auto format = data.value(QLatin1String("format"));
    if (format.toString() != PersonalData::formatName) {
        fail(error,
            format.isUndefined() ? Tr::tr("format: missing; this is not a Welcome personal data export.")
                                 : Tr::tr("format: expected \"%1\"; this is not a Welcome personal data export.")
                                       .arg(PersonalData::formatName));
        return std::nullopt;
    }
    const auto version = wholeNumber(data.value(QLatin1String("version")));
    if (!version || *version < 1) {
        fail(error, Tr::tr("version: must be a whole number, 1 or more."));
        return std::nullopt;
    }
    if (*version > PersonalData::formatVersion) {
        fail(error,
            Tr::tr("version: %1 was written by a newer version of Welcome (this one reads up to %2). "
                   "Please update the app.")
                .arg(*version)
                .arg(PersonalData::formatVersion));
        return std::nullopt;
    }

    Checked out;
    // Every section is required: a file cut short must not silently empty a table on import.
    const auto settings = data.value(QLatin1String("settings"));
    if (!settings.isObject()) {
        fail(error, Tr::tr("settings: must be an object, not %1.").arg(typeName(settings)));
        return std::nullopt;
    }
    const auto settingsObject = settings.toObject();
    for (auto it = settingsObject.begin(); it != settingsObject.end(); ++it) {
        if (!it.value().isString()) {
            fail(error, Tr::tr("settings.%1: must be a text, not %2.").arg(it.key(), typeName(it.value())));
            return std::nullopt;
        }
        out.settings.push_back({ it.key(), it.value().toString() });
    }

    const auto searches = data.value(QLatin1String("recent_searches"));
    if (!searches.isArray()) {
        fail(error, Tr::tr("recent_searches: must be a list, not %1.").arg(typeName(searches)));
        return std::nullopt;
    }
    QSet<QString> queries;
    const auto searchArray = searches.toArray();
    for (qsizetype i = 0; i < searchArray.size(); ++i) {
        const auto where = QStringLiteral("recent_searches[%1]").arg(i);
        if (!searchArray.at(i).isObject()) {
            fail(error, Tr::tr("%1: must be an object, not %2.").arg(where, typeName(searchArray.at(i))));
            return std::nullopt;
        }
        const auto o = searchArray.at(i).toObject();
        const auto query = o.value(QLatin1String("query"));
        if (!query.isString() || query.toString().isEmpty()) {
            fail(error, Tr::tr("%1.query: must be a text that is not empty.").arg(where));
            return std::nullopt;
        }
        if (query.toString().size() > PersonalData::maxQueryLength) {
            fail(error, Tr::tr("%1.query: longer than %2 characters.").arg(where).arg(PersonalData::maxQueryLength));
            return std::nullopt;
        }
        if (queries.contains(query.toString())) {
            fail(error, Tr::tr("%1.query: \"%2\" is listed twice.").arg(where, query.toString()));
            return std::nullopt;
        }
        queries.insert(query.toString());
        const auto usedAt = wholeNumber(o.value(QLatin1String("used_at")));
        if (!usedAt || *usedAt < 0) {
            fail(error, Tr::tr("%1.used_at: must be a time in milliseconds, a whole number of 0 or more.").arg(where));
            return std::nullopt;
        }
        out.searches.push_back({ query.toString(), *usedAt });
    }

    if (!data.contains(QLatin1String("household"))) {
        fail(error, Tr::tr("household: missing; it must be an object or null."));
        return std::nullopt;
    }
    const auto household = data.value(QLatin1String("household"));
    if (household.isObject()) {
        QString problem;
        if (!Household::fromJson(household.toObject(), &problem)) {
            fail(error, Tr::tr("household: %1").arg(problem));
            return std::nullopt;
        }
        out.household = QString::fromUtf8(QJsonDocument(household.toObject()).toJson(QJsonDocument::Compact));
    } else if (!household.isNull()) {
        fail(error, Tr::tr("household: must be an object or null, not %1.").arg(typeName(household)));
        return std::nullopt;
    }

    const auto steps = data.value(QLatin1String("step_states"));
    if (!steps.isArray()) {
        fail(error, Tr::tr("step_states: must be a list, not %1.").arg(typeName(steps)));
        return std::nullopt;
    }
    const auto stepArray = steps.toArray();
    if (stepArray.size() > PersonalData::maxStepStates) {
        fail(error,
            Tr::tr("step_states: %1 entries, more than the %2 allowed.")
                .arg(stepArray.size())
                .arg(PersonalData::maxStepStates));
        return std::nullopt;
    }
    QSet<QString> keys;
    for (qsizetype i = 0; i < stepArray.size(); ++i) {
        const auto where = QStringLiteral("step_states[%1]").arg(i);
        if (!stepArray.at(i).isObject()) {
            fail(error, Tr::tr("%1: must be an object, not %2.").arg(where, typeName(stepArray.at(i))));
            return std::nullopt;
        }
        const auto o = stepArray.at(i).toObject();
        Checked::Step s;
        for (const auto &[field, target] : { std::pair { "member", &s.member }, std::pair { "step", &s.step } }) {
            const auto v = o.value(QLatin1String(field));
            if (!v.isString() || v.toString().isEmpty()) {
                fail(error, Tr::tr("%1.%2: must be a text that is not empty.").arg(where, QLatin1String(field)));
                return std::nullopt;
            }
            *target = v.toString();
        }
        s.state = o.value(QLatin1String("state")).toString();
        if (s.state != QLatin1String("open") && s.state != QLatin1String("done")
            && s.state != QLatin1String("not_needed")) {
            fail(error, Tr::tr("%1.state: must be open, done or not_needed.").arg(where));
            return std::nullopt;
        }
        // Note and title may be left out: the database keeps them as empty texts.
        for (const auto &[field, target] : { std::pair { "note", &s.note }, std::pair { "title", &s.title } }) {
            const auto v = o.value(QLatin1String(field));
            if (!v.isUndefined() && !v.isString()) {
                fail(error, Tr::tr("%1.%2: must be a text, not %3.").arg(where, QLatin1String(field), typeName(v)));
                return std::nullopt;
            }
            *target = v.toString();
        }
        if (s.note.size() > PersonalData::maxNoteLength) {
            fail(error, Tr::tr("%1.note: longer than %2 characters.").arg(where).arg(PersonalData::maxNoteLength));
            return std::nullopt;
        }
        const auto changedAt = wholeNumber(o.value(QLatin1String("changed_at")));
        if (!changedAt || *changedAt < 0) {
            fail(error,
                Tr::tr("%1.changed_at: must be a time in milliseconds, a whole number of 0 or more.").arg(where));
            return std::nullopt;
        }
        s.changedAt = *changedAt;
        const auto key = s.member + QLatin1Char('/') + s.step;
        if (keys.contains(key)) {
            fail(error, Tr::tr("%1: member \"%2\" and step \"%3\" are listed twice.").arg(where, s.member, s.step));
            return std::nullopt;
        }
        keys.insert(key);
        out.steps.push_back(s);
    }
    return out;
}

/** SQLite stores a null QString as NULL, which the NOT NULL columns refuse. */
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

bool write(const QSqlDatabase &db, const Checked &data, QString *error)
{
    QSqlQuery q(db);
    const auto run = [&](const QString &sql, const QVariantList &values = {}) {
        if (!q.prepare(sql)) {
            return false;
        }
        for (const auto &v : values) {
            q.addBindValue(v);
        }
        if (q.exec()) {
            return true;
        }
        fail(error, Tr::tr("Writing your personal data failed: %1").arg(q.lastError().text()));
        return false;
    };
    if (!run(QStringLiteral("DELETE FROM settings")) || !run(QStringLiteral("DELETE FROM recent_searches"))
        || !run(QStringLiteral("DELETE FROM household")) || !run(QStringLiteral("DELETE FROM step_state"))) {
        return false;
    }
    for (const auto &[key, value] : data.settings) {
        if (!run(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"), { text(key), text(value) })) {
            return false;
        }
    }
    // Newest first in the file; inserting from the end keeps the order of searches used at the same moment,
    // which the app breaks by rowid.
    for (auto it = data.searches.crbegin(); it != data.searches.crend(); ++it) {
        if (!run(QStringLiteral("INSERT INTO recent_searches (query, used_at) VALUES (?, ?)"),
                { text(it->query), it->usedAt })) {
            return false;
        }
    }
    if (data.household
        && !run(QStringLiteral("INSERT INTO household (id, profile, updated_at) VALUES (1, ?, ?)"),
            { *data.household, QDateTime::currentMSecsSinceEpoch() })) {
        return false;
    }
    for (const auto &s : data.steps) {
        if (!run(QStringLiteral("INSERT INTO step_state (member, step, state, note, title, changed_at) "
                                "VALUES (?, ?, ?, ?, ?, ?)"),
                { text(s.member), text(s.step), text(s.state), text(s.note), text(s.title), s.changedAt })) {
            return false;
        }
    }
    return true;
}

} // namespace

QJsonObject PersonalData::exportJson(const QString &userDbPath, QString *error)
{
    // Opening a missing file would create it; there is nothing to export then.
    if (!QFileInfo(userDbPath).isFile()) {
        fail(error, Tr::tr("There is no personal data file at %1.").arg(userDbPath));
        return {};
    }
    Connection connection(userDbPath, true);
    const auto &db = connection.db();
    if (!connection.isOpen()) {
        fail(error, Tr::tr("Cannot open your personal data: %1").arg(db.lastError().text()));
        return {};
    }
    QSqlQuery q(db);
    // One read transaction, so the export is a consistent snapshot even while the app writes.
    if (!q.exec(QStringLiteral("BEGIN"))) {
        fail(error, Tr::tr("Cannot read your personal data: %1").arg(q.lastError().text()));
        return {};
    }
    const auto readFailed = [&]() {
        fail(error, Tr::tr("Cannot read your personal data: %1").arg(q.lastError().text()));
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return QJsonObject();
    };
    const int schema = userVersion(db);
    if (schema < 0 || schema > importSchema) {
        fail(error,
            Tr::tr("Your personal data has schema %1, which this version of Welcome does not know. "
                   "Please update the app.")
                .arg(schema));
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return {};
    }

    // Older schemas lack later tables; those sections are exported empty.
    QJsonObject settings;
    if (schema >= 1) {
        if (!q.exec(QStringLiteral("SELECT key, value FROM settings ORDER BY key"))) {
            return readFailed();
        }
        while (q.next()) {
            settings.insert(q.value(0).toString(), q.value(1).toString());
        }
    }
    QJsonArray searches;
    if (schema >= 2) {
        if (!q.exec(QStringLiteral("SELECT query, used_at FROM recent_searches ORDER BY used_at DESC, rowid DESC"))) {
            return readFailed();
        }
        while (q.next()) {
            searches.push_back(QJsonObject { { QStringLiteral("query"), q.value(0).toString() },
                { QStringLiteral("used_at"), q.value(1).toLongLong() } });
        }
    }
    QJsonValue household = QJsonValue::Null;
    QJsonArray steps;
    if (schema >= 3) {
        if (!q.exec(QStringLiteral("SELECT profile FROM household WHERE id = 1"))) {
            return readFailed();
        }
        if (q.next()) {
            const auto profile = QJsonDocument::fromJson(q.value(0).toByteArray());
            if (!profile.isObject()) {
                fail(error, Tr::tr("Your household profile is stored damaged and cannot be exported."));
                QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
                return {};
            }
            household = profile.object();
        }
        if (!q.exec(QStringLiteral("SELECT member, step, state, note, title, changed_at FROM step_state "
                                   "ORDER BY member, step"))) {
            return readFailed();
        }
        while (q.next()) {
            steps.push_back(QJsonObject { { QStringLiteral("member"), q.value(0).toString() },
                { QStringLiteral("step"), q.value(1).toString() }, { QStringLiteral("state"), q.value(2).toString() },
                { QStringLiteral("note"), q.value(3).toString() }, { QStringLiteral("title"), q.value(4).toString() },
                { QStringLiteral("changed_at"), q.value(5).toLongLong() } });
        }
    }
    q.exec(QStringLiteral("COMMIT"));

    return QJsonObject { { QStringLiteral("format"), formatName }, { QStringLiteral("version"), formatVersion },
        { QStringLiteral("schema"), schema },
        { QStringLiteral("exported_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate) },
        { QStringLiteral("settings"), settings }, { QStringLiteral("recent_searches"), searches },
        { QStringLiteral("household"), household }, { QStringLiteral("step_states"), steps } };
}

bool PersonalData::importJson(const QString &userDbPath, const QJsonObject &data, QString *error)
{
    // Check the whole file before touching the database, so a bad file never leaves half an import.
    const auto checked = check(data, error);
    if (!checked) {
        return false;
    }
    if (!QFileInfo(userDbPath).isFile()) {
        fail(error, Tr::tr("There is no personal data file at %1.").arg(userDbPath));
        return false;
    }
    Connection connection(userDbPath, false);
    const auto &db = connection.db();
    if (!connection.isOpen()) {
        fail(error, Tr::tr("Cannot open your personal data: %1").arg(db.lastError().text()));
        return false;
    }
    QSqlQuery q(db);
    // IMMEDIATE takes the write lock now, so the schema checked below cannot change before the writes.
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        fail(error, Tr::tr("Cannot change your personal data: %1").arg(q.lastError().text()));
        return false;
    }
    const int schema = userVersion(db);
    if (schema != importSchema) {
        fail(error,
            Tr::tr("Import refused: your personal data has schema %1, but importing needs schema %2. "
                   "Nothing was changed.")
                .arg(schema)
                .arg(importSchema));
        q.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    if (!write(db, *checked, error)) {
        q.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        fail(error, Tr::tr("Saving the imported data failed: %1").arg(q.lastError().text()));
        q.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    return true;
}

bool PersonalData::importFile(const QString &userDbPath, const QByteArray &bytes, QString *error)
{
    QJsonParseError parseError;
    const auto doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        fail(error,
            Tr::tr("The file is not a Welcome personal data export: it is not valid JSON (%1 at byte %2).")
                .arg(parseError.errorString())
                .arg(parseError.offset));
        return false;
    }
    if (!doc.isObject()) {
        fail(error, Tr::tr("The file is not a Welcome personal data export: it holds a list, not an object."));
        return false;
    }
    return importJson(userDbPath, doc.object(), error);
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "userstore.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <functional>

UserStore::UserStore(QObject *parent)
    : QObject(parent)
    , m_connection(QStringLiteral("user-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

UserStore::~UserStore()
{
    close();
}

void UserStore::close()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool UserStore::isOpen() const
{
    return m_db.isValid() && m_db.isOpen();
}

int UserStore::userVersion() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : -1;
}

UserStore::OpenResult UserStore::open(const QString &path)
{
    close();
    m_error.clear();
    m_backupPath.clear();
    const auto tryOpen = [&]() {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        m_db.setDatabaseName(path);
        if (!m_db.open()) {
            return false;
        }
        QSqlQuery q(m_db);
        // quick_check reads every page: a damaged file fails here, not later while the user works.
        return q.exec(QStringLiteral("PRAGMA quick_check")) && q.next() && q.value(0).toString() == QLatin1String("ok");
    };
    bool recovered = false;
    if (!tryOpen()) {
        close();
        m_backupPath = path + QStringLiteral(".damaged-")
            + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        if (!QFile::rename(path, m_backupPath)) {
            m_error = tr("Your personal data file cannot be read and could not be moved aside.");
            return OpenResult::Failed;
        }
        QFile::rename(path + QStringLiteral("-wal"), m_backupPath + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        m_error = tr("Your personal data file was damaged. It was kept as a backup (%1) and a new one was started.")
                      .arg(m_backupPath);
        recovered = true;
        if (!tryOpen()) {
            m_error = tr("Cannot create a new personal data file: %1").arg(m_db.lastError().text());
            close();
            return OpenResult::Failed;
        }
    }
    const int version = userVersion();
    if (version > schemaVersion) {
        m_error = tr("Your personal data was saved by a newer version of Welcome (schema %1; this version knows %2). "
                     "Please update the app; your data was left untouched.")
                      .arg(version)
                      .arg(schemaVersion);
        close();
        return OpenResult::Refused;
    }
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    if (!migrate()) {
        close();
        return OpenResult::Failed;
    }
    return recovered ? OpenResult::Recovered : OpenResult::Opened;
}

bool UserStore::migrate()
{
    // One function per version; each runs in its own transaction that also sets user_version.
    const std::function<bool()> steps[]
        = { [this] { return migrateTo1(); }, [this] { return migrateTo2(); }, [this] { return migrateTo3(); } };
    for (int target = userVersion() + 1; target <= schemaVersion; ++target) {
        if (!m_db.transaction()) {
            m_error = m_db.lastError().text();
            return false;
        }
        QSqlQuery q(m_db);
        if (!steps[target - 1]() || !q.exec(QStringLiteral("PRAGMA user_version = %1").arg(target)) || !m_db.commit()) {
            m_error
                = tr("Updating your personal data to schema %1 failed: %2").arg(target).arg(m_db.lastError().text());
            m_db.rollback();
            return false;
        }
    }
    return true;
}

bool UserStore::migrateTo1()
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"));
}

QString UserStore::setting(const QString &key, const QString &defaultValue) const
{
    if (!isOpen()) {
        return defaultValue;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : defaultValue;
}

bool UserStore::setSetting(const QString &key, const QString &value)
{
    if (!isOpen()) {
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    return q.exec();
}

bool UserStore::migrateTo2()
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("CREATE TABLE recent_searches (query TEXT PRIMARY KEY, used_at INTEGER NOT NULL)"));
}

QStringList UserStore::recentSearches(int limit) const
{
    QStringList out;
    if (!isOpen()) {
        return out;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT query FROM recent_searches ORDER BY used_at DESC, rowid DESC LIMIT ?"));
    q.addBindValue(limit);
    if (q.exec()) {
        while (q.next()) {
            out.push_back(q.value(0).toString());
        }
    }
    return out;
}

bool UserStore::addRecentSearch(const QString &query)
{
    const auto trimmed = query.simplified().left(100);
    if (!isOpen() || trimmed.isEmpty()) {
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO recent_searches (query, used_at) VALUES (?, ?) "
                             "ON CONFLICT(query) DO UPDATE SET used_at = excluded.used_at"));
    q.addBindValue(trimmed);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!q.exec()) {
        return false;
    }
    // Keep the list short: it is a convenience, not a history.
    return q.exec(QStringLiteral("DELETE FROM recent_searches WHERE query NOT IN "
                                 "(SELECT query FROM recent_searches ORDER BY used_at DESC LIMIT 20)"));
}

bool UserStore::clearRecentSearches()
{
    QSqlQuery q(m_db);
    return isOpen() && q.exec(QStringLiteral("DELETE FROM recent_searches"));
}

bool UserStore::migrateTo3()
{
    QSqlQuery q(m_db);
    // One household per device; the profile is the JSON that onboarding writes and the rules read.
    return q.exec(
               QStringLiteral("CREATE TABLE household (id INTEGER PRIMARY KEY CHECK (id = 1), profile TEXT NOT NULL, "
                              "updated_at INTEGER NOT NULL)"))
        && q.exec(QStringLiteral("CREATE TABLE step_state (member TEXT NOT NULL, step TEXT NOT NULL, "
                                 "state TEXT NOT NULL CHECK (state IN ('open', 'done', 'not_needed')), "
                                 "note TEXT NOT NULL DEFAULT '', title TEXT NOT NULL DEFAULT '', "
                                 "changed_at INTEGER NOT NULL, PRIMARY KEY (member, step))"));
}

std::optional<Household> UserStore::household() const
{
    QSqlQuery q(m_db);
    if (!isOpen() || !q.exec(QStringLiteral("SELECT profile FROM household WHERE id = 1")) || !q.next()) {
        return std::nullopt;
    }
    return Household::fromJson(QJsonDocument::fromJson(q.value(0).toByteArray()).object(), nullptr);
}

bool UserStore::setHousehold(const Household &household)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO household (id, profile, updated_at) VALUES (1, ?, ?) "
                       "ON CONFLICT(id) DO UPDATE SET profile = excluded.profile, updated_at = excluded.updated_at"));
    q.addBindValue(QString::fromUtf8(QJsonDocument(household.toJson()).toJson(QJsonDocument::Compact)));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    return isOpen() && q.exec();
}

namespace {
QString stateName(StepState::State s)
{
    switch (s) {
    case StepState::State::Done:
        return QStringLiteral("done");
    case StepState::State::NotNeeded:
        return QStringLiteral("not_needed");
    case StepState::State::Open:
        break;
    }
    return QStringLiteral("open");
}
} // namespace

QHash<QString, StepState> UserStore::stepStates() const
{
    QHash<QString, StepState> out;
    QSqlQuery q(m_db);
    if (!isOpen() || !q.exec(QStringLiteral("SELECT member, step, state, note, title, changed_at FROM step_state"))) {
        return out;
    }
    while (q.next()) {
        StepState s;
        const auto state = q.value(2).toString();
        s.state = state == QLatin1String("done")   ? StepState::State::Done
            : state == QLatin1String("not_needed") ? StepState::State::NotNeeded
                                                   : StepState::State::Open;
        s.note = q.value(3).toString();
        s.title = q.value(4).toString();
        s.changedAt = QDateTime::fromMSecsSinceEpoch(q.value(5).toLongLong());
        out.insert(q.value(0).toString() + QLatin1Char('/') + q.value(1).toString(), s);
    }
    return out;
}

bool UserStore::setStepState(const QString &member, const QString &step, StepState::State state, const QString &title)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO step_state (member, step, state, title, changed_at) VALUES (?, ?, ?, ?, ?) "
                             "ON CONFLICT(member, step) DO UPDATE SET state = excluded.state, title = excluded.title, "
                             "changed_at = excluded.changed_at"));
    q.addBindValue(member);
    q.addBindValue(step);
    q.addBindValue(stateName(state));
    q.addBindValue(title.isNull() ? QStringLiteral("") : title);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    return isOpen() && q.exec();
}

bool UserStore::setStepNote(const QString &member, const QString &step, const QString &note, const QString &title)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO step_state (member, step, state, note, title, changed_at) "
                       "VALUES (?, ?, 'open', ?, ?, ?) ON CONFLICT(member, step) DO UPDATE SET note = excluded.note, "
                       "changed_at = excluded.changed_at"));
    q.addBindValue(member);
    q.addBindValue(step);
    q.addBindValue(note.left(2000).isNull() ? QStringLiteral("") : note.left(2000));
    q.addBindValue(title.isNull() ? QStringLiteral("") : title);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    return isOpen() && q.exec();
}

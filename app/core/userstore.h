// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSqlDatabase>

/**
 * The user's own data in user.db: settings now, the household and checklist later.
 * Separate from content, never touched by content updates. One migration per schema
 * version, each in a transaction; a newer schema than this app knows is refused.
 * A database that cannot be read is moved aside as a backup and a fresh one is made.
 */
class UserStore : public QObject
{
    Q_OBJECT
public:
    /** The schema version this build writes. */
    static constexpr int schemaVersion = 2;

    explicit UserStore(QObject *parent = nullptr);
    ~UserStore() override;

    enum class OpenResult { Opened, Recovered, Refused, Failed };
    OpenResult open(const QString &path);
    void close();

    [[nodiscard]] bool isOpen() const;
    /** A message for the user after Recovered, Refused or Failed. */
    [[nodiscard]] QString errorString() const { return m_error; }
    /** Where a damaged database was moved, after Recovered. */
    [[nodiscard]] QString backupPath() const { return m_backupPath; }
    [[nodiscard]] int userVersion() const;

    [[nodiscard]] QString setting(const QString &key, const QString &defaultValue = {}) const;
    bool setSetting(const QString &key, const QString &value);

    /** Searches the user ran, newest first; kept on the device only. */
    [[nodiscard]] QStringList recentSearches(int limit = 8) const;
    bool addRecentSearch(const QString &query);
    bool clearRecentSearches();

private:
    bool migrate();
    bool migrateTo1();
    bool migrateTo2();

    QSqlDatabase m_db;
    QString m_connection;
    QString m_error;
    QString m_backupPath;
};

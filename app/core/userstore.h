// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSqlDatabase>

/**
 * The user's own data in user.db: settings now, the household and checklist later.
 * Separate from content, never touched by content updates. One migration per schema
 * version, each in a transaction; a newer schema than this app knows is refused.
 * A database that cannot be read is moved aside as a backup and a fresh one is made.
 */
/** What the user recorded for one step of one member. */
struct StepState
{
    enum class State { Open, Done, NotNeeded };
    State state = State::Open;
    QString note;
    QString title; ///< as the step was titled when recorded, shown if content later drops the step
    QDateTime changedAt;
};

class UserStore : public QObject
{
    Q_OBJECT
public:
    /** The schema version this build writes. */
    static constexpr int schemaVersion = 3;

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

    /** The household the checklist is planned for; nullopt before onboarding. */
    [[nodiscard]] std::optional<Household> household() const;
    bool setHousehold(const Household &household);

    /** Every recorded step state, keyed "member/step". Never deleted by content updates. */
    [[nodiscard]] QHash<QString, StepState> stepStates() const;
    bool setStepState(const QString &member, const QString &step, StepState::State state, const QString &title);
    bool setStepNote(const QString &member, const QString &step, const QString &note, const QString &title);

private:
    bool migrate();
    bool migrateTo1();
    bool migrateTo2();
    bool migrateTo3();

    QSqlDatabase m_db;
    QString m_connection;
    QString m_error;
    QString m_backupPath;
};

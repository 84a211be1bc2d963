// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist.h"
#include "userstore.h"

#include <QDate>
#include <QObject>
#include <QVariantList>
#include <QVariantMap>

class AppController;
class ContentStore;

/**
 * The household's checklist: the profile from onboarding, the steps the rules give for it in the current
 * language, and what the user recorded for each. Changing the profile replans without losing anything done:
 * states are kept per member and step id in user.db.
 */
class ChecklistController : public QObject
{
    Q_OBJECT
    /** Whether onboarding was completed (or a profile imported). */
    Q_PROPERTY(bool hasHousehold READ hasHousehold NOTIFY changed)
    /** [{id, name}] with the household first. */
    Q_PROPERTY(QVariantList members READ members NOTIFY changed)
    /** The members' names in the same order. */
    Q_PROPERTY(QStringList memberNames READ memberNames NOTIFY changed)
    /** The profile as a map, for editing in onboarding. */
    Q_PROPERTY(QVariantMap household READ householdMap NOTIFY changed)
    /** The day "soon" and "overdue" are counted from; settable for tests and screenshots. */
    Q_PROPERTY(QDate today READ today WRITE setToday NOTIFY changed)

public:
    ChecklistController(ContentStore *content, UserStore *user, AppController *app, QObject *parent = nullptr);

    [[nodiscard]] bool hasHousehold() const { return m_household.has_value(); }
    [[nodiscard]] QVariantList members() const;
    [[nodiscard]] QStringList memberNames() const;
    [[nodiscard]] QVariantMap householdMap() const;
    [[nodiscard]] QDate today() const { return m_today; }
    void setToday(const QDate &today);

    /** Saves a profile from onboarding ({arrival, from, eu_efta, permit, members: [...]}); returns an error or "". */
    Q_INVOKABLE QString saveHousehold(const QVariantMap &profile);
    Q_INVOKABLE void setState(const QString &member, const QString &step, const QString &state);
    Q_INVOKABLE void setNote(const QString &member, const QString &step, const QString &note);
    /** Writes the open deadlines as an .ics file into the data folder's exports; returns its path or "". */
    Q_INVOKABLE QString exportCalendar();
    /** Writes the checklist as a PDF into the data folder's exports; returns its path or "". */
    Q_INVOKABLE QString exportPdf();
    /** Writes all personal data as one JSON file into the exports; returns its path or "". */
    Q_INVOKABLE QString exportData();
    /** Replaces all personal data with a backup file; returns an error or "". Nothing changes on error. */
    Q_INVOKABLE QString importData(const QString &path);
    /** The name shown for a member id ("household" → the household's label). */
    Q_INVOKABLE QString memberName(const QString &member) const;
    /**
     * Where a search hit on step @p step leads: the step of the first member it applies to ("step:<member>/<step>"),
     * else its article ("article:<slug>"), else "" (then the checklist is the place to go).
     */
    Q_INVOKABLE QString stepLink(const QString &step) const;
    /**
     * A step's title, description and documents in @p lang (for "show at the counter"); @p step may be a record id
     * of a yearly step ("premium-reduction-at-source.2028"). With @p member, only the documents that are for them.
     */
    Q_INVOKABLE QVariantMap stepTexts(const QString &step, const QString &lang, const QString &member = {}) const;

    [[nodiscard]] const std::optional<Household> &household() const { return m_household; }
    [[nodiscard]] const QList<PlannedStep> &planned() const { return m_planned; }
    [[nodiscard]] const QList<ChecklistStep> &steps() const { return m_steps; }
    [[nodiscard]] const QHash<QString, StepState> &states() const { return m_states; }

Q_SIGNALS:
    void changed();

private:
    void reload();
    /** Plans again for today and the records: closing a yearly step's year lists the next one. */
    void replan();
    [[nodiscard]] QHash<QString, QString> memberNamesById() const;

    ContentStore *m_content;
    UserStore *m_user;
    AppController *m_app;
    std::optional<Household> m_household;
    QList<ChecklistStep> m_steps;
    QList<PlannedStep> m_planned;
    QHash<QString, StepState> m_states;
    QDate m_today = QDate::currentDate();
};

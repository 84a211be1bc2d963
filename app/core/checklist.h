// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/**
 * Checklist templates from content and the household they are planned for. The same rule code runs in the
 * app, in `welcome-content checklist` and in the content validator, so editors test exactly what users get.
 */

/** A closed range of whole numbers; either end may be open. */
struct IntRange
{
    std::optional<int> min;
    std::optional<int> max;
    [[nodiscard]] bool contains(int v) const { return (!min || v >= *min) && (!max || v <= *max); }
};

/** Conditions on the household and the member; every condition given must hold. */
struct StepConditions
{
    QStringList from; ///< any of "abroad", "canton"; empty: any
    std::optional<bool> euEfta;
    QStringList permits; ///< any of B, C, L, F, N, S, G; empty: any
    std::optional<IntRange> age; ///< whole years on the member's arrival date
    std::optional<IntRange> schoolAge; ///< years on 31 July of the school year under way at arrival
    std::optional<IntRange> monthsInSwitzerland;
    std::optional<bool> employed;
    std::optional<bool> foreignLicence;
    std::optional<bool> joining;

    /** Parses the "when" object of a step; on failure returns nullopt and sets @p error. */
    static std::optional<StepConditions> fromJson(const QJsonObject &json, QString *error);
    [[nodiscard]] QJsonObject toJson() const;
};

/** When a step is due. */
struct DueRule
{
    enum class Kind { None, DaysAfterArrival, MonthsAfterArrival, DaysAfterStep, MonthDay };
    Kind kind = Kind::None;
    int amount = 0; ///< days or months
    QString step; ///< for DaysAfterStep
    int month = 0; ///< for MonthDay
    int day = 0;
    int yearsAfterArrival = 0;

    static std::optional<DueRule> fromJson(const QJsonObject &json, QString *error);
    [[nodiscard]] QJsonObject toJson() const;
};

/** One step template, with its texts in one language. */
struct ChecklistStep
{
    QString id;
    int position = 0;
    QString lang;
    QString title;
    QString description;
    QStringList documents;
    QString article; ///< slug, may be empty
    QString offerCategory;
    QString appliesTo; ///< household, each_adult, each_child, each_member
    StepConditions when;
    DueRule due;
    int remindDaysBefore = 3;
    bool needsReview = false;
};

/** A person in the household. */
struct HouseholdMember
{
    QString id;
    QString name;
    std::optional<QDate> birthDate;
    std::optional<int> age; ///< when the birth date is not given
    std::optional<QDate> arrival; ///< a member who joins later arrives later
    QString permit; ///< empty: the household's
    bool employed = false;
    bool foreignLicence = false;
    bool joining = false;

    [[nodiscard]] QJsonObject toJson() const;
};

/** What the rules need to know, as asked in onboarding or given as profile.json. */
struct Household
{
    QDate arrival;
    QString from; ///< "abroad" or "canton"
    bool euEfta = false;
    QString permit;
    std::optional<QDate> inSwitzerlandSince; ///< first arrival in Switzerland, for arrivals from another canton
    QList<HouseholdMember> members;

    static std::optional<Household> fromJson(const QJsonObject &json, QString *error);
    [[nodiscard]] QJsonObject toJson() const;

    [[nodiscard]] QDate arrivalOf(const HouseholdMember &m) const { return m.arrival.value_or(arrival); }
    /** Whole years on @p date, from the birth date or else the stated age. */
    [[nodiscard]] static std::optional<int> ageOn(const HouseholdMember &m, const QDate &date, const QDate &statedOn);
};

/** One step for one member (or "household"), with its due date (invalid when it has none). */
struct PlannedStep
{
    QString member; ///< a member id, or "household"
    QString stepId;
    QDate due;
    const ChecklistStep *step = nullptr;
};

namespace ChecklistRules {

inline const QString householdId = QStringLiteral("household");

/** Whether @p c holds for member @p m (nullptr for household steps). */
bool holds(const StepConditions &c, const Household &h, const HouseholdMember *m);

/** The steps the rules give, ordered by member (household first), then due date (none last), then template order. */
QList<PlannedStep> plan(const Household &household, const QList<ChecklistStep> &steps);

/** Whole months between two dates (never negative). */
int monthsBetween(const QDate &from, const QDate &to);

/** The 31 July that decides school placement for someone arriving on @p arrival. */
QDate schoolReferenceDate(const QDate &arrival);

} // namespace ChecklistRules

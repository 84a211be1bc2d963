// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QSet>
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
    /** In the asylum system: permit N, F or S, or a recognised refugee. */
    std::optional<bool> asylum;
    /** A recognised refugee (asylum granted), whatever the permit. */
    std::optional<bool> refugee;
    /** The household has family members abroad who may join it. */
    std::optional<bool> familyAbroad;
    /** Employed with a permit B, L, F, N, S or G; for a household step: anyone in the household is. */
    std::optional<bool> taxedAtSource;

    /** Whether a condition depends on one person (a household step may not have one). */
    [[nodiscard]] bool isPersonal() const { return age || schoolAge || employed || foreignLicence || joining; }

    /** Parses the "when" object of a step; on failure returns nullopt and sets @p error. */
    static std::optional<StepConditions> fromJson(const QJsonObject &json, QString *error);
    [[nodiscard]] QJsonObject toJson() const;
};

/**
 * When a step is due. No rule ever gives a date before the member's arrival: what is due on the day of arrival is
 * due today, never overdue.
 */
struct DueRule
{
    enum class Kind { None, DaysAfterArrival, MonthsAfterArrival, MonthsAfterEntry, DaysAfterStep, MonthDay };
    Kind kind = Kind::None;
    int amount = 0; ///< days or months
    QString step; ///< for DaysAfterStep
    int month = 0; ///< for MonthDay
    int day = 0;
    int yearsAfterArrival = 0; ///< MonthDay: the first occurrence is this many years after the arrival year
    bool everyYear = false; ///< MonthDay: the step comes back every year after its first occurrence

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
    /** Who each document is for, in the order of documents; shorter (or empty) means the rest are for everyone. */
    QList<StepConditions> documentConditions;
    QString article; ///< slug, may be empty
    QString offerCategory;
    QString appliesTo; ///< household, each_adult, each_child, each_member
    StepConditions when;
    DueRule due;
    int remindDaysBefore = 3;
    /** How much missing the step costs: a deadline set by law or an authority first. */
    enum class Importance { Legal, High, Normal };
    Importance importance = Importance::Normal;
    bool needsReview = false;

    /** "legal", "high" or "normal"; nullopt for anything else. */
    static std::optional<Importance> importanceFromString(const QString &name);
    static QString importanceName(Importance importance);
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
    bool refugee = false; ///< recognised refugee (asylum granted): the asylum path whatever the permit
    bool familyAbroad = false; ///< family members abroad who may join the household
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
    int occurrence = 0; ///< 0, or the n-th later year of a step that comes back every year
    QStringList documents; ///< the step's documents that are for this member

    /**
     * What the user's records are keyed by: the step id, and for a later yearly occurrence the step id and the
     * year it is due in ("premium-reduction-at-source.2028"). The first occurrence keeps the plain id, so records
     * made before a step came back every year still count for its first year.
     */
    [[nodiscard]] QString recordId() const;
    /** "member/recordId", the key of user.db's step states. */
    [[nodiscard]] QString key() const { return member + QLatin1Char('/') + recordId(); }
};

/** What the plan needs to know beyond the household: the day it is and what the user recorded. */
struct PlanContext
{
    /** Today; invalid plans only the first occurrence of yearly steps. */
    QDate today;
    /** Keys ("member/recordId") marked done or not needed. */
    QSet<QString> closed;
    /** Keys with any record (closed, or open with a note): their occurrences stay in the plan. */
    QSet<QString> recorded;
};

namespace ChecklistRules {

inline const QString householdId = QStringLiteral("household");
/** Occurrences of one yearly step at most: a guard against a date far in the future, not a rule. */
constexpr int maxOccurrences = 100;

/** Whether @p c holds for member @p m (nullptr for household steps). */
bool holds(const StepConditions &c, const Household &h, const HouseholdMember *m);

/** The documents of @p step (in its language) that are for member @p m (nullptr: the household). */
QStringList documentsFor(const ChecklistStep &step, const Household &h, const HouseholdMember *m);

/** Whether @p m is in the asylum system: permit N, F or S, or a recognised refugee. */
bool inAsylumSystem(const Household &h, const HouseholdMember &m);

/**
 * The steps the rules give, ordered by member (household first), then due date (none last), then template order.
 * A step that comes back every year is listed from its first occurrence up to the first one that is neither past
 * @p context.today nor closed, and for every year the user has a record of.
 */
QList<PlannedStep> plan(
    const Household &household, const QList<ChecklistStep> &steps, const PlanContext &context = PlanContext());

/** The step id of a record id ("premium-reduction-at-source.2028" → "premium-reduction-at-source"). */
QString stepIdOf(const QString &recordId);

/**
 * The order of Home's next steps: legal deadlines first, soonest first; then every other step with a date, soonest
 * first, the more important first on the same day; then steps without a date, the more important first.
 */
bool comesFirst(const PlannedStep &a, const PlannedStep &b);

/** Whole months between two dates (never negative). */
int monthsBetween(const QDate &from, const QDate &to);

/** The 31 July that decides school placement for someone arriving on @p arrival. */
QDate schoolReferenceDate(const QDate &arrival);

} // namespace ChecklistRules

// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklist.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <climits>
#include <functional>

namespace {

const QStringList knownPermits = { QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("L"), QStringLiteral("F"),
    QStringLiteral("N"), QStringLiteral("S"), QStringLiteral("G") };

bool fail(QString *error, const QString &message)
{
    if (error) {
        *error = message;
    }
    return false;
}

// A list of strings from one value or an array of them.
bool stringList(const QJsonValue &v, const QStringList &allowed, const QString &key, QStringList &out, QString *error)
{
    const auto arr = v.isArray() ? v.toArray() : QJsonArray { v };
    for (const auto &item : arr) {
        if (!item.isString() || !allowed.contains(item.toString())) {
            return fail(error, QStringLiteral("'%1' takes any of: %2").arg(key, allowed.join(QStringLiteral(", "))));
        }
        out.push_back(item.toString());
    }
    return true;
}

bool range(const QJsonValue &v, const QString &key, std::optional<IntRange> &out, QString *error)
{
    const auto o = v.toObject();
    if (!v.isObject() || o.isEmpty()) {
        return fail(error, QStringLiteral("'%1' wants {min: N} and/or {max: N}").arg(key));
    }
    IntRange r;
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!it.value().isDouble()) {
            return fail(error, QStringLiteral("'%1.%2' must be a whole number").arg(key, it.key()));
        }
        if (it.key() == QLatin1String("min")) {
            r.min = it.value().toInt();
        } else if (it.key() == QLatin1String("max")) {
            r.max = it.value().toInt();
        } else {
            return fail(error, QStringLiteral("'%1' knows only min and max, not '%2'").arg(key, it.key()));
        }
    }
    out = r;
    return true;
}

QJsonObject rangeJson(const IntRange &r)
{
    QJsonObject o;
    if (r.min) {
        o.insert(QStringLiteral("min"), *r.min);
    }
    if (r.max) {
        o.insert(QStringLiteral("max"), *r.max);
    }
    return o;
}

std::optional<QDate> date(const QJsonValue &v)
{
    const auto d = QDate::fromString(v.toString(), Qt::ISODate);
    return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
}

} // namespace

std::optional<StepConditions> StepConditions::fromJson(const QJsonObject &json, QString *error)
{
    StepConditions c;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const auto &k = it.key();
        const auto v = it.value();
        bool ok = true;
        const auto boolean = [&](std::optional<bool> &out) {
            if (!v.isBool()) {
                ok = fail(error, QStringLiteral("'%1' must be true or false").arg(k));
            } else {
                out = v.toBool();
            }
        };
        if (k == QLatin1String("from")) {
            ok = stringList(v, { QStringLiteral("abroad"), QStringLiteral("canton") }, k, c.from, error);
        } else if (k == QLatin1String("eu_efta")) {
            boolean(c.euEfta);
        } else if (k == QLatin1String("permit")) {
            ok = stringList(v, knownPermits, k, c.permits, error);
        } else if (k == QLatin1String("age")) {
            ok = range(v, k, c.age, error);
        } else if (k == QLatin1String("school_age")) {
            ok = range(v, k, c.schoolAge, error);
        } else if (k == QLatin1String("months_in_switzerland")) {
            ok = range(v, k, c.monthsInSwitzerland, error);
        } else if (k == QLatin1String("employed")) {
            boolean(c.employed);
        } else if (k == QLatin1String("foreign_licence")) {
            boolean(c.foreignLicence);
        } else if (k == QLatin1String("joining")) {
            boolean(c.joining);
        } else if (k == QLatin1String("asylum")) {
            boolean(c.asylum);
        } else if (k == QLatin1String("refugee")) {
            boolean(c.refugee);
        } else if (k == QLatin1String("family_abroad")) {
            boolean(c.familyAbroad);
        } else if (k == QLatin1String("taxed_at_source")) {
            boolean(c.taxedAtSource);
        } else {
            ok = fail(error, QStringLiteral("unknown condition '%1'").arg(k));
        }
        if (!ok) {
            return std::nullopt;
        }
    }
    return c;
}

QJsonObject StepConditions::toJson() const
{
    QJsonObject o;
    if (!from.isEmpty()) {
        o.insert(QStringLiteral("from"), QJsonArray::fromStringList(from));
    }
    if (euEfta) {
        o.insert(QStringLiteral("eu_efta"), *euEfta);
    }
    if (!permits.isEmpty()) {
        o.insert(QStringLiteral("permit"), QJsonArray::fromStringList(permits));
    }
    if (age) {
        o.insert(QStringLiteral("age"), rangeJson(*age));
    }
    if (schoolAge) {
        o.insert(QStringLiteral("school_age"), rangeJson(*schoolAge));
    }
    if (monthsInSwitzerland) {
        o.insert(QStringLiteral("months_in_switzerland"), rangeJson(*monthsInSwitzerland));
    }
    if (employed) {
        o.insert(QStringLiteral("employed"), *employed);
    }
    if (foreignLicence) {
        o.insert(QStringLiteral("foreign_licence"), *foreignLicence);
    }
    if (joining) {
        o.insert(QStringLiteral("joining"), *joining);
    }
    if (asylum) {
        o.insert(QStringLiteral("asylum"), *asylum);
    }
    if (refugee) {
        o.insert(QStringLiteral("refugee"), *refugee);
    }
    if (familyAbroad) {
        o.insert(QStringLiteral("family_abroad"), *familyAbroad);
    }
    if (taxedAtSource) {
        o.insert(QStringLiteral("taxed_at_source"), *taxedAtSource);
    }
    return o;
}

std::optional<DueRule> DueRule::fromJson(const QJsonObject &json, QString *error)
{
    DueRule d;
    if (json.isEmpty()) {
        return d;
    }
    const auto whole = [&](const QString &key, int &out, int min) {
        const auto v = json.value(key);
        if (!v.isDouble() || v.toInt() < min || double(v.toInt()) != v.toDouble()) {
            return fail(error, QStringLiteral("'%1' must be a whole number ≥ %2").arg(key).arg(min));
        }
        out = v.toInt();
        return true;
    };
    QStringList keys = json.keys();
    if (json.contains(QLatin1String("month_day"))) {
        keys.removeAll(QStringLiteral("years_after_arrival"));
        keys.removeAll(QStringLiteral("every_year"));
    }
    if (keys.size() != 1) {
        fail(error,
            QStringLiteral("'due' takes exactly one of days_after_arrival, months_after_arrival, months_after_entry, "
                           "days_after_step, month_day (with years_after_arrival, every_year)"));
        return std::nullopt;
    }
    const auto &k = keys.first();
    if (k == QLatin1String("days_after_arrival")) {
        d.kind = Kind::DaysAfterArrival;
        if (!whole(k, d.amount, 0)) {
            return std::nullopt;
        }
    } else if (k == QLatin1String("months_after_arrival")) {
        d.kind = Kind::MonthsAfterArrival;
        if (!whole(k, d.amount, 0)) {
            return std::nullopt;
        }
    } else if (k == QLatin1String("months_after_entry")) {
        d.kind = Kind::MonthsAfterEntry;
        if (!whole(k, d.amount, 0)) {
            return std::nullopt;
        }
    } else if (k == QLatin1String("days_after_step")) {
        d.kind = Kind::DaysAfterStep;
        const auto o = json.value(k).toObject();
        d.step = o.value(QLatin1String("step")).toString();
        const auto days = o.value(QLatin1String("days"));
        if (d.step.isEmpty() || !days.isDouble() || days.toInt() < 0 || o.size() != 2) {
            fail(error, QStringLiteral("'days_after_step' wants {step: <id>, days: N}"));
            return std::nullopt;
        }
        d.amount = days.toInt();
    } else if (k == QLatin1String("month_day")) {
        d.kind = Kind::MonthDay;
        const auto md = QDate::fromString(QStringLiteral("2000-") + json.value(k).toString(), Qt::ISODate);
        if (!md.isValid()) {
            fail(error, QStringLiteral("'month_day' wants a date like \"12-31\""));
            return std::nullopt;
        }
        d.month = md.month();
        d.day = md.day();
        if (json.contains(QLatin1String("years_after_arrival"))
            && !whole(QStringLiteral("years_after_arrival"), d.yearsAfterArrival, 0)) {
            return std::nullopt;
        }
        if (json.contains(QLatin1String("every_year"))) {
            const auto every = json.value(QLatin1String("every_year"));
            if (!every.isBool()) {
                fail(error, QStringLiteral("'every_year' must be true or false"));
                return std::nullopt;
            }
            d.everyYear = every.toBool();
        }
    } else {
        fail(error, QStringLiteral("unknown due rule '%1'").arg(k));
        return std::nullopt;
    }
    return d;
}

QJsonObject DueRule::toJson() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::DaysAfterArrival:
        return { { QStringLiteral("days_after_arrival"), amount } };
    case Kind::MonthsAfterArrival:
        return { { QStringLiteral("months_after_arrival"), amount } };
    case Kind::MonthsAfterEntry:
        return { { QStringLiteral("months_after_entry"), amount } };
    case Kind::DaysAfterStep:
        return { { QStringLiteral("days_after_step"),
            QJsonObject { { QStringLiteral("step"), step }, { QStringLiteral("days"), amount } } } };
    case Kind::MonthDay: {
        QJsonObject o {
            { QStringLiteral("month_day"),
                QStringLiteral("%1-%2").arg(month, 2, 10, QLatin1Char('0')).arg(day, 2, 10, QLatin1Char('0')) },
            { QStringLiteral("years_after_arrival"), yearsAfterArrival }
        };
        if (everyYear) {
            o.insert(QStringLiteral("every_year"), true); // left out when false: older apps read the same JSON
        }
        return o;
    }
    }
    return {};
}

std::optional<ChecklistStep::Importance> ChecklistStep::importanceFromString(const QString &name)
{
    if (name == QLatin1String("legal")) {
        return Importance::Legal;
    }
    if (name == QLatin1String("high")) {
        return Importance::High;
    }
    if (name == QLatin1String("normal")) {
        return Importance::Normal;
    }
    return std::nullopt;
}

QString ChecklistStep::importanceName(Importance importance)
{
    switch (importance) {
    case Importance::Legal:
        return QStringLiteral("legal");
    case Importance::High:
        return QStringLiteral("high");
    case Importance::Normal:
        break;
    }
    return QStringLiteral("normal");
}

QJsonObject HouseholdMember::toJson() const
{
    QJsonObject o { { QStringLiteral("id"), id } };
    if (!name.isEmpty()) {
        o.insert(QStringLiteral("name"), name);
    }
    if (birthDate) {
        o.insert(QStringLiteral("birth_date"), birthDate->toString(Qt::ISODate));
    }
    if (age) {
        o.insert(QStringLiteral("age"), *age);
    }
    if (arrival) {
        o.insert(QStringLiteral("arrival"), arrival->toString(Qt::ISODate));
    }
    if (!permit.isEmpty()) {
        o.insert(QStringLiteral("permit"), permit);
    }
    o.insert(QStringLiteral("employed"), employed);
    o.insert(QStringLiteral("foreign_licence"), foreignLicence);
    o.insert(QStringLiteral("joining"), joining);
    return o;
}

std::optional<Household> Household::fromJson(const QJsonObject &json, QString *error)
{
    Household h;
    const auto arrival = date(json.value(QLatin1String("arrival")));
    if (!arrival) {
        fail(error, QStringLiteral("'arrival' must be a date like 2026-11-01"));
        return std::nullopt;
    }
    h.arrival = *arrival;
    h.from = json.value(QLatin1String("from")).toString(QStringLiteral("abroad"));
    if (h.from != QLatin1String("abroad") && h.from != QLatin1String("canton")) {
        fail(error, QStringLiteral("'from' must be \"abroad\" or \"canton\""));
        return std::nullopt;
    }
    h.euEfta = json.value(QLatin1String("eu_efta")).toBool(false);
    h.permit = json.value(QLatin1String("permit")).toString();
    if (!h.permit.isEmpty() && !knownPermits.contains(h.permit)) {
        fail(error, QStringLiteral("unknown permit '%1'").arg(h.permit));
        return std::nullopt;
    }
    // Answers added later: missing in older profiles (false then), but never of another type.
    for (const auto &[key, out] :
        { std::pair { "refugee", &h.refugee }, std::pair { "family_abroad", &h.familyAbroad } }) {
        const auto v = json.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isBool()) {
            fail(error, QStringLiteral("'%1' must be true or false").arg(QLatin1String(key)));
            return std::nullopt;
        }
        *out = v.toBool(false);
    }
    if (json.contains(QLatin1String("in_switzerland_since"))) {
        h.inSwitzerlandSince = date(json.value(QLatin1String("in_switzerland_since")));
        if (!h.inSwitzerlandSince) {
            fail(error, QStringLiteral("'in_switzerland_since' must be a date"));
            return std::nullopt;
        }
    }
    QSet<QString> ids;
    for (const auto &v : json.value(QLatin1String("members")).toArray()) {
        const auto o = v.toObject();
        HouseholdMember m;
        m.id = o.value(QLatin1String("id")).toString();
        if (m.id.isEmpty() || m.id == ChecklistRules::householdId || ids.contains(m.id)) {
            fail(error, QStringLiteral("every member needs its own 'id' (not \"household\")"));
            return std::nullopt;
        }
        ids.insert(m.id);
        m.name = o.value(QLatin1String("name")).toString();
        if (o.contains(QLatin1String("birth_date"))) {
            m.birthDate = date(o.value(QLatin1String("birth_date")));
        }
        if (o.contains(QLatin1String("age"))) {
            m.age = o.value(QLatin1String("age")).toInt(-1);
        }
        if ((!m.birthDate || *m.birthDate > h.arrival) && (!m.age || *m.age < 0)) {
            fail(error, QStringLiteral("member '%1' needs a 'birth_date' or an 'age'").arg(m.id));
            return std::nullopt;
        }
        if (o.contains(QLatin1String("arrival"))) {
            m.arrival = date(o.value(QLatin1String("arrival")));
        }
        m.permit = o.value(QLatin1String("permit")).toString();
        if (!m.permit.isEmpty() && !knownPermits.contains(m.permit)) {
            fail(error, QStringLiteral("unknown permit '%1'").arg(m.permit));
            return std::nullopt;
        }
        m.employed = o.value(QLatin1String("employed")).toBool(false);
        m.foreignLicence = o.value(QLatin1String("foreign_licence")).toBool(false);
        m.joining = o.value(QLatin1String("joining")).toBool(false);
        h.members.push_back(m);
    }
    if (h.members.isEmpty()) {
        fail(error, QStringLiteral("'members' must list at least one person"));
        return std::nullopt;
    }
    return h;
}

QJsonObject Household::toJson() const
{
    QJsonArray members;
    for (const auto &m : this->members) {
        members.push_back(m.toJson());
    }
    QJsonObject o { { QStringLiteral("arrival"), arrival.toString(Qt::ISODate) }, { QStringLiteral("from"), from },
        { QStringLiteral("eu_efta"), euEfta }, { QStringLiteral("members"), members } };
    if (!permit.isEmpty()) {
        o.insert(QStringLiteral("permit"), permit);
    }
    // Written only when true, so profiles without these answers stay exactly as they were.
    if (refugee) {
        o.insert(QStringLiteral("refugee"), true);
    }
    if (familyAbroad) {
        o.insert(QStringLiteral("family_abroad"), true);
    }
    if (inSwitzerlandSince) {
        o.insert(QStringLiteral("in_switzerland_since"), inSwitzerlandSince->toString(Qt::ISODate));
    }
    return o;
}

std::optional<int> Household::ageOn(const HouseholdMember &m, const QDate &date, const QDate &statedOn)
{
    if (m.birthDate) {
        int years = date.year() - m.birthDate->year();
        if (date.month() < m.birthDate->month()
            || (date.month() == m.birthDate->month() && date.day() < m.birthDate->day())) {
            --years;
        }
        return years;
    }
    if (m.age) {
        // Only the age on the stated day is known: count the whole years since.
        return *m.age + std::max(0, ChecklistRules::monthsBetween(statedOn, date) / 12);
    }
    return std::nullopt;
}

int ChecklistRules::monthsBetween(const QDate &from, const QDate &to)
{
    if (!from.isValid() || !to.isValid() || to <= from) {
        return 0;
    }
    int months = (to.year() - from.year()) * 12 + (to.month() - from.month());
    if (to.day() < from.day()) {
        --months;
    }
    return std::max(0, months);
}

QDate ChecklistRules::schoolReferenceDate(const QDate &arrival)
{
    // The school year starts on 1 August; the child's age on the 31 July before it decides the class.
    return QDate(arrival.month() >= 8 ? arrival.year() : arrival.year() - 1, 7, 31);
}

namespace {

const QStringList asylumPermits = { QStringLiteral("N"), QStringLiteral("F"), QStringLiteral("S") };
// Employees without a C permit pay tax at source (B, L, F, N, S, G); C holders and unknown permits do not count.
const QStringList atSourcePermits = { QStringLiteral("B"), QStringLiteral("L"), QStringLiteral("F"),
    QStringLiteral("N"), QStringLiteral("S"), QStringLiteral("G") };

QString permitOf(const Household &h, const HouseholdMember *m)
{
    return m && !m->permit.isEmpty() ? m->permit : h.permit;
}

bool taxedAtSource(const Household &h, const HouseholdMember &m)
{
    return m.employed && atSourcePermits.contains(permitOf(h, &m));
}

// 29 February in a common year becomes the 28th rather than no date at all.
QDate monthDayIn(int year, int month, int day)
{
    return QDate(year, month, std::min(day, QDate(year, month, 1).daysInMonth()));
}

int importanceRank(const PlannedStep &p)
{
    return p.step ? int(p.step->importance) : int(ChecklistStep::Importance::Normal);
}

} // namespace

QString PlannedStep::recordId() const
{
    return occurrence == 0 ? stepId : stepId + QLatin1Char('.') + QString::number(due.year());
}

QString ChecklistRules::stepIdOf(const QString &recordId)
{
    // Step ids are lower-case letters, digits and dashes, so the first dot starts the year.
    return recordId.section(QLatin1Char('.'), 0, 0);
}

QStringList ChecklistRules::documentsFor(const ChecklistStep &step, const Household &h, const HouseholdMember *m)
{
    // Each document is for whom its own conditions hold; a document without conditions is for everyone.
    QStringList out;
    for (qsizetype d = 0; d < step.documents.size(); ++d) {
        if (d >= step.documentConditions.size() || holds(step.documentConditions[d], h, m)) {
            out.push_back(step.documents[d]);
        }
    }
    return out;
}

bool ChecklistRules::inAsylumSystem(const Household &h, const HouseholdMember &m)
{
    return h.refugee || asylumPermits.contains(permitOf(h, &m));
}

bool ChecklistRules::holds(const StepConditions &c, const Household &h, const HouseholdMember *m)
{
    if (!c.from.isEmpty() && !c.from.contains(h.from)) {
        return false;
    }
    if (c.euEfta && *c.euEfta != h.euEfta) {
        return false;
    }
    const auto permit = permitOf(h, m);
    if (!c.permits.isEmpty() && !c.permits.contains(permit)) {
        return false;
    }
    if (c.refugee && *c.refugee != h.refugee) {
        return false;
    }
    if (c.familyAbroad && *c.familyAbroad != h.familyAbroad) {
        return false;
    }
    if (c.asylum && *c.asylum != (h.refugee || asylumPermits.contains(permit))) {
        return false;
    }
    if (c.taxedAtSource) {
        // A household step asks whether anyone in the household pays tax at source.
        const bool atSource = m ? taxedAtSource(h, *m)
                                : std::any_of(h.members.cbegin(), h.members.cend(),
                                    [&](const HouseholdMember &x) { return taxedAtSource(h, x); });
        if (atSource != *c.taxedAtSource) {
            return false;
        }
    }
    if (c.monthsInSwitzerland) {
        // Arriving from abroad counts as zero months; from another canton, since the first arrival in Switzerland.
        const int months = h.from == QLatin1String("abroad") || !h.inSwitzerlandSince
            ? 0
            : monthsBetween(*h.inSwitzerlandSince, h.arrival);
        if (!c.monthsInSwitzerland->contains(months)) {
            return false;
        }
    }
    if (!m) {
        return !c.isPersonal(); // a household step cannot depend on one person
    }
    const auto arrival = h.arrivalOf(*m);
    if (c.age) {
        const auto a = Household::ageOn(*m, arrival, h.arrival);
        if (!a || !c.age->contains(*a)) {
            return false;
        }
    }
    if (c.schoolAge) {
        const auto a = Household::ageOn(*m, schoolReferenceDate(arrival), h.arrival);
        if (!a || !c.schoolAge->contains(*a)) {
            return false;
        }
    }
    return (!c.employed || *c.employed == m->employed) && (!c.foreignLicence || *c.foreignLicence == m->foreignLicence)
        && (!c.joining || *c.joining == m->joining);
}

QList<PlannedStep> ChecklistRules::plan(
    const Household &household, const QList<ChecklistStep> &steps, const PlanContext &context)
{
    QList<PlannedStep> out;
    const auto isAdult = [&](const HouseholdMember &m) {
        const auto a = Household::ageOn(m, household.arrivalOf(m), household.arrival);
        return a && *a >= 18;
    };
    // Who gets which step; due dates come after, as one step's date may follow another's.
    QList<const HouseholdMember *> who = { nullptr };
    for (const auto &m : household.members) {
        who.push_back(&m);
    }
    for (const auto *m : who) {
        for (const auto &s : steps) {
            bool applies = false;
            if (s.appliesTo == QLatin1String("household")) {
                applies = !m;
            } else if (m && s.appliesTo == QLatin1String("each_member")) {
                applies = true;
            } else if (m && s.appliesTo == QLatin1String("each_adult")) {
                applies = isAdult(*m);
            } else if (m && s.appliesTo == QLatin1String("each_child")) {
                applies = !isAdult(*m);
            }
            if (applies && holds(s.when, household, m)) {
                out.push_back({ m ? m->id : householdId, s.id, {}, &s, 0, documentsFor(s, household, m) });
            }
        }
    }
    QHash<QString, const HouseholdMember *> members;
    for (const auto &m : household.members) {
        members.insert(m.id, &m);
    }
    QHash<QString, qsizetype> index; // "member/step" → position in out
    for (qsizetype i = 0; i < out.size(); ++i) {
        index.insert(out[i].member + QLatin1Char('/') + out[i].stepId, i);
    }
    QSet<qsizetype> resolving;
    std::function<QDate(qsizetype)> dueOf = [&](qsizetype i) -> QDate {
        auto &p = out[i];
        if (p.due.isValid() || p.step->due.kind == DueRule::Kind::None || resolving.contains(i)) {
            return p.due;
        }
        resolving.insert(i);
        const auto *m = members.value(p.member);
        const auto arrival = m ? household.arrivalOf(*m) : household.arrival;
        const auto &rule = p.step->due;
        switch (rule.kind) {
        case DueRule::Kind::None:
            break;
        case DueRule::Kind::DaysAfterArrival:
            p.due = arrival.addDays(rule.amount);
            break;
        case DueRule::Kind::MonthsAfterArrival:
            p.due = arrival.addMonths(rule.amount);
            break;
        case DueRule::Kind::MonthsAfterEntry: {
            // Counted from entering Switzerland: for a household from another canton, its first arrival in the
            // country; a member who joins later enters on their own arrival. Never before arriving in Bern.
            const bool ownEntry = !m || m->arrival || household.from != QLatin1String("canton");
            const auto entry = ownEntry || !household.inSwitzerlandSince
                ? arrival
                : std::min(*household.inSwitzerlandSince, arrival);
            p.due = std::max(entry.addMonths(rule.amount), arrival);
            break;
        }
        case DueRule::Kind::DaysAfterStep: {
            // The same member's step, else the household's; if neither applies, count from arrival.
            auto it = index.constFind(p.member + QLatin1Char('/') + rule.step);
            if (it == index.cend()) {
                it = index.constFind(householdId + QLatin1Char('/') + rule.step);
            }
            // Never before the member's own arrival: a child who joins later is enrolled after coming.
            const auto base = it != index.cend() ? dueOf(*it) : QDate();
            p.due = (base.isValid() ? std::max(base, arrival) : arrival).addDays(rule.amount);
            break;
        }
        case DueRule::Kind::MonthDay: {
            // The first such day on or after arrival in the given year: a date already past is next year's.
            const int year = arrival.year() + rule.yearsAfterArrival;
            p.due = monthDayIn(year, rule.month, rule.day);
            if (p.due < arrival) {
                p.due = monthDayIn(year + 1, rule.month, rule.day);
            }
            break;
        }
        }
        resolving.remove(i);
        return p.due;
    };
    for (qsizetype i = 0; i < out.size(); ++i) {
        dueOf(i);
    }
    // Steps that come back every year: one entry per year, each with its own record, so marking one year done
    // leaves the next open.
    const auto firstOccurrences = out.size();
    for (qsizetype i = 0; i < firstOccurrences; ++i) {
        const auto &rule = out[i].step->due;
        if (rule.kind != DueRule::Kind::MonthDay || !rule.everyYear || !out[i].due.isValid()) {
            continue;
        }
        const auto prefix = out[i].member + QLatin1Char('/') + out[i].stepId + QLatin1Char('.');
        int lastRecordedYear = 0;
        for (const auto &key : context.recorded) {
            if (key.startsWith(prefix)) {
                lastRecordedYear = std::max(lastRecordedYear, key.mid(prefix.size()).toInt());
            }
        }
        auto previous = out[i];
        for (int k = 1; k < maxOccurrences; ++k) {
            const bool past = context.today.isValid() && previous.due < context.today;
            if (!past && !context.closed.contains(previous.key()) && previous.due.year() >= lastRecordedYear) {
                break;
            }
            auto next = previous;
            next.occurrence = k;
            next.due = monthDayIn(previous.due.year() + 1, rule.month, rule.day);
            out.push_back(next);
            previous = next;
        }
    }
    QHash<QString, int> memberOrder { { householdId, -1 } };
    for (int i = 0; i < household.members.size(); ++i) {
        memberOrder.insert(household.members[i].id, i);
    }
    std::stable_sort(out.begin(), out.end(), [&](const PlannedStep &a, const PlannedStep &b) {
        if (a.member != b.member) {
            return memberOrder.value(a.member) < memberOrder.value(b.member);
        }
        if (a.due.isValid() != b.due.isValid()) {
            return a.due.isValid();
        }
        if (a.due != b.due) {
            return a.due < b.due;
        }
        return a.step->position < b.step->position;
    });
    return out;
}

bool ChecklistRules::comesFirst(const PlannedStep &a, const PlannedStep &b)
{
    const auto legal = [](const PlannedStep &p) {
        return p.step && p.step->importance == ChecklistStep::Importance::Legal && p.due.isValid();
    };
    if (legal(a) != legal(b)) {
        return legal(a);
    }
    if (a.due.isValid() != b.due.isValid()) {
        return a.due.isValid();
    }
    if (a.due != b.due) {
        return a.due < b.due;
    }
    if (importanceRank(a) != importanceRank(b)) {
        return importanceRank(a) < importanceRank(b);
    }
    const int pa = a.step ? a.step->position : INT_MAX;
    const int pb = b.step ? b.step->position : INT_MAX;
    return pa < pb;
}

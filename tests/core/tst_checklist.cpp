// SPDX-License-Identifier: GPL-3.0-or-later
// The checklist rules: household profiles → exact steps and due dates, and the parsing of rules and profiles.
#include "calendarexport.h"
#include "checklist.h"
#include "checklistmodel.h"
#include "contentstore.h"
#include "personaldata.h"
#include "testcontent.h"
#include "userstore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

class TestChecklist : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    ContentStore m_store;
    QList<ChecklistStep> m_steps;
    ContentStore m_bernStore;
    QList<ChecklistStep> m_bernSteps; ///< the shipped checklist, in English

    static QJsonObject json(const char *text) { return QJsonDocument::fromJson(text).object(); }

    static QList<QJsonObject> cases()
    {
        QList<QJsonObject> out;
        const QDir dir(QStringLiteral(WELCOME_FIXTURES "/checklist-cases"));
        for (const auto &f : dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name)) {
            QFile file(dir.filePath(f));
            if (file.open(QIODevice::ReadOnly)) {
                auto c = QJsonDocument::fromJson(file.readAll()).object();
                c.insert(QStringLiteral("file"), f);
                out.push_back(c);
            }
        }
        return out;
    }

    static QStringList strings(const QJsonValue &v)
    {
        QStringList out;
        for (const auto &x : v.toArray()) {
            out.push_back(x.toString());
        }
        return out;
    }

    static ChecklistStep step(const QString &id, const QString &appliesTo, const char *due, const char *when = "{}")
    {
        ChecklistStep s;
        s.id = id;
        s.appliesTo = appliesTo;
        s.due = *DueRule::fromJson(json(due), nullptr);
        s.when = *StepConditions::fromJson(json(when), nullptr);
        return s;
    }

    static Household household(const char *profile)
    {
        QString error;
        const auto h = Household::fromJson(json(profile), &error);
        if (!h) {
            qFatal("bad test profile: %s", qPrintable(error));
        }
        return *h;
    }

    static QStringList lines(const QList<PlannedStep> &planned)
    {
        QStringList out;
        for (const auto &p : planned) {
            out.push_back(
                QStringLiteral("%1\t%2\t%3")
                    .arg(p.member, p.recordId(), p.due.isValid() ? p.due.toString(Qt::ISODate) : QStringLiteral("-")));
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const auto db = m_dir.filePath(QStringLiteral("content.db"));
        QVERIFY(buildFixture(QStringLiteral("content-good"), db));
        QVERIFY(m_store.open(db));
        m_steps = m_store.checklistSteps(QStringLiteral("en"));
        QVERIFY(m_steps.size() >= 10);
        // The shipped checklist through a real build; the offers do not matter to the plan.
        const auto bern = m_dir.filePath(QStringLiteral("bern.db"));
        QVERIFY(buildContent(QStringLiteral(WELCOME_SOURCE_DIR "/content/bern"), bern, -1, QStringLiteral("offers/")));
        QVERIFY(m_bernStore.open(bern));
        m_bernSteps = m_bernStore.checklistSteps(QStringLiteral("en"));
        QVERIFY(m_bernSteps.size() >= 30);
    }

    // Each file in checklist-cases/: a profile and every step the rules must give, in order. "content": "bern"
    // plans with the shipped checklist instead of the test steps; "today" and "closed" (keys marked done) plan the
    // years of yearly steps; "expected_documents" and "expected_next" (Home's order of the open steps) are optional.
    void households_data()
    {
        QTest::addColumn<QJsonObject>("c");
        const auto all = cases();
        QVERIFY2(all.size() >= 35, "at least 35 household profiles");
        for (const auto &c : all) {
            QTest::newRow(qPrintable(c.value(QLatin1String("file")).toString())) << c;
        }
    }
    void households()
    {
        QFETCH(QJsonObject, c);
        const auto expected = strings(c.value(QLatin1String("expected")));
        QVERIFY(!expected.isEmpty());
        QString error;
        const auto household = Household::fromJson(c.value(QLatin1String("profile")).toObject(), &error);
        QVERIFY2(household, qPrintable(error));
        const bool bern = c.value(QLatin1String("content")).toString() == QLatin1String("bern");
        PlanContext context;
        context.today = QDate::fromString(c.value(QLatin1String("today")).toString(), Qt::ISODate);
        for (const auto &key : strings(c.value(QLatin1String("closed")))) {
            context.closed.insert(key);
            context.recorded.insert(key);
        }
        const auto planned = ChecklistRules::plan(*household, bern ? m_bernSteps : m_steps, context);
        QCOMPARE(lines(planned), expected);
        const auto documents = c.value(QLatin1String("expected_documents")).toObject();
        for (auto it = documents.begin(); it != documents.end(); ++it) {
            const auto p = std::find_if(
                planned.cbegin(), planned.cend(), [&](const PlannedStep &x) { return x.key() == it.key(); });
            QVERIFY2(p != planned.cend(), qPrintable(it.key()));
            QCOMPARE(p->documents, strings(it.value()));
        }
        if (c.contains(QLatin1String("expected_next"))) {
            QList<PlannedStep> open;
            for (const auto &p : planned) {
                if (!context.closed.contains(p.key())) {
                    open.push_back(p);
                }
            }
            std::stable_sort(open.begin(), open.end(), ChecklistRules::comesFirst);
            QStringList next;
            for (const auto &p : open) {
                next.push_back(p.member + QLatin1Char('\t') + p.recordId());
            }
            QCOMPARE(next, strings(c.value(QLatin1String("expected_next"))));
        }
    }

    // What is due on the day of arrival is due that day, never overdue: every profile, with both checklists.
    void nothingIsOverdueOnArrival_data()
    {
        QTest::addColumn<QJsonObject>("profile");
        QTest::addColumn<bool>("bern");
        for (const auto &c : cases()) {
            const auto name = c.value(QLatin1String("file")).toString();
            QTest::newRow(qPrintable(name + QStringLiteral(" test steps")))
                << c.value(QLatin1String("profile")).toObject() << false;
            QTest::newRow(qPrintable(name + QStringLiteral(" bern")))
                << c.value(QLatin1String("profile")).toObject() << true;
        }
    }
    void nothingIsOverdueOnArrival()
    {
        QFETCH(QJsonObject, profile);
        QFETCH(bool, bern);
        const auto h = Household::fromJson(profile, nullptr);
        QVERIFY(h);
        PlanContext context;
        context.today = h->arrival;
        for (const auto &p : ChecklistRules::plan(*h, bern ? m_bernSteps : m_steps, context)) {
            const auto m = std::find_if(
                h->members.cbegin(), h->members.cend(), [&](const HouseholdMember &x) { return x.id == p.member; });
            const auto arrival = m != h->members.cend() ? h->arrivalOf(*m) : h->arrival;
            QVERIFY2(!p.due.isValid() || p.due >= arrival, qPrintable(p.key()));
            QVERIFY2(ChecklistModel::urgency(p.due, arrival, false) != QLatin1String("overdue"), qPrintable(p.key()));
        }
    }

    void yearlyOccurrences()
    {
        auto yearly = step(QStringLiteral("y"), QStringLiteral("household"),
            R"({"month_day":"12-31","years_after_arrival":0,"every_year":true})");
        const QList<ChecklistStep> steps { yearly };
        const auto h = household(R"({"arrival":"2026-05-04","members":[{"id":"a","age":30}]})");
        const auto planFor = [&](const char *today, const QStringList &closed, const QStringList &recorded = {}) {
            PlanContext context;
            context.today = QDate::fromString(QLatin1String(today), Qt::ISODate);
            context.closed = QSet<QString>(closed.cbegin(), closed.cend());
            context.recorded = context.closed + QSet<QString>(recorded.cbegin(), recorded.cend());
            return lines(ChecklistRules::plan(h, steps, context));
        };
        const auto row = [](const char *record, const char *due) {
            return QStringLiteral("household\t%1\t%2").arg(QLatin1String(record), QLatin1String(due));
        };
        // Without a day, the first year only; on its due day it is not past yet.
        QCOMPARE(planFor("", {}), QStringList({ row("y", "2026-12-31") }));
        QCOMPARE(planFor("2026-12-31", {}), QStringList({ row("y", "2026-12-31") }));
        // The next day the next year is listed; the missed one stays.
        QCOMPARE(planFor("2027-01-01", {}), QStringList({ row("y", "2026-12-31"), row("y.2027", "2027-12-31") }));
        // Done early: next year shows. Ticking 2027 as well does not hide 2028.
        QCOMPARE(planFor("2026-06-01", { QStringLiteral("household/y") }),
            QStringList({ row("y", "2026-12-31"), row("y.2027", "2027-12-31") }));
        QCOMPARE(planFor("2026-06-01", { QStringLiteral("household/y"), QStringLiteral("household/y.2027") }),
            QStringList({ row("y", "2026-12-31"), row("y.2027", "2027-12-31"), row("y.2028", "2028-12-31") }));
        // A record of a later year (imported, or a note) keeps that year in the plan.
        QCOMPARE(planFor("2026-06-01", {}, { QStringLiteral("household/y.2029") }).size(), 4);
        // A plan years ahead stops at a limit instead of running on.
        QCOMPARE(planFor("2400-01-01", {}).size(), ChecklistRules::maxOccurrences);
        QCOMPARE(ChecklistRules::stepIdOf(QStringLiteral("y.2027")), QStringLiteral("y"));
        QCOMPARE(ChecklistRules::stepIdOf(QStringLiteral("premium-reduction")), QStringLiteral("premium-reduction"));

        // 29 February: the 28th in common years, the 29th again in leap years.
        yearly.due
            = *DueRule::fromJson(json(R"({"month_day":"02-29","years_after_arrival":1,"every_year":true})"), nullptr);
        const QList<ChecklistStep> leap { yearly };
        PlanContext context;
        context.today = QDate(2032, 3, 1);
        const auto h2 = household(R"({"arrival":"2027-05-01","members":[{"id":"a","age":30}]})");
        QCOMPARE(lines(ChecklistRules::plan(h2, leap, context)),
            QStringList({ row("y", "2028-02-29"), row("y.2029", "2029-02-28"), row("y.2030", "2030-02-28"),
                row("y.2031", "2031-02-28"), row("y.2032", "2032-02-29"), row("y.2033", "2033-02-28") }));
    }

    void monthDayIsNeverBeforeArrival()
    {
        // 31 March in the arrival year, arriving in May: next year's 31 March. Arriving on the day: due that day.
        const QList<ChecklistStep> steps { step(
            QStringLiteral("m"), QStringLiteral("household"), R"({"month_day":"03-31","years_after_arrival":0})") };
        QCOMPARE(ChecklistRules::plan(household(R"({"arrival":"2026-05-04","members":[{"id":"a","age":30}]})"), steps)
                     .first()
                     .due,
            QDate(2027, 3, 31));
        QCOMPARE(ChecklistRules::plan(household(R"({"arrival":"2026-03-31","members":[{"id":"a","age":30}]})"), steps)
                     .first()
                     .due,
            QDate(2026, 3, 31));
    }

    void monthsAfterEntry()
    {
        const QList<ChecklistStep> steps { step(
            QStringLiteral("licence"), QStringLiteral("each_member"), R"({"months_after_entry":12})") };
        // From abroad: entry is arrival. From another canton: the first arrival in Switzerland, never before the
        // arrival in Bern. A member who joins later enters on their own arrival.
        QCOMPARE(ChecklistRules::plan(household(R"({"arrival":"2026-05-04","members":[{"id":"a","age":30}]})"), steps)
                     .first()
                     .due,
            QDate(2027, 5, 4));
        const auto canton = household(R"({"arrival":"2026-05-04","from":"canton","in_switzerland_since":"2025-11-20",
            "members":[{"id":"a","age":30},{"id":"b","age":30,"joining":true,"arrival":"2026-09-01"}]})");
        QCOMPARE(lines(ChecklistRules::plan(canton, steps)),
            QStringList({ QStringLiteral("a\tlicence\t2026-11-20"), QStringLiteral("b\tlicence\t2027-09-01") }));
        const auto late = household(R"({"arrival":"2026-05-04","from":"canton","in_switzerland_since":"2024-01-01",
            "members":[{"id":"a","age":30}]})");
        QCOMPARE(ChecklistRules::plan(late, steps).first().due, QDate(2026, 5, 4));
    }

    void asylumRefugeeFamilyAndTaxConditions()
    {
        const QList<ChecklistStep> steps {
            step(QStringLiteral("asylum-hh"), QStringLiteral("household"), "{}", R"({"asylum":true})"),
            step(QStringLiteral("asylum-member"), QStringLiteral("each_member"), "{}", R"({"asylum":true})"),
            step(QStringLiteral("refugee"), QStringLiteral("household"), "{}", R"({"refugee":true})"),
            step(QStringLiteral("family"), QStringLiteral("household"), "{}", R"({"family_abroad":true})"),
            step(QStringLiteral("at-source-hh"), QStringLiteral("household"), "{}", R"({"taxed_at_source":true})"),
            step(QStringLiteral("at-source"), QStringLiteral("each_member"), "{}", R"({"taxed_at_source":true})"),
        };
        // A B household whose one member is an asylum seeker (N): the asylum path for that member only.
        QCOMPARE(lines(ChecklistRules::plan(household(R"({"arrival":"2026-01-05","permit":"B",
                     "members":[{"id":"a","age":30},{"id":"b","age":40,"permit":"N"}]})"),
                     steps)),
            QStringList({ QStringLiteral("b\tasylum-member\t-") }));
        // A recognised refugee with B is on the asylum path; family abroad is the household's answer; anyone employed
        // with B pays tax at source, so the household does too.
        QCOMPARE(lines(ChecklistRules::plan(household(R"({"arrival":"2026-01-05","permit":"B","refugee":true,
                     "family_abroad":true,"members":[{"id":"a","age":30},{"id":"b","age":40,"employed":true}]})"),
                     steps)),
            QStringList({ QStringLiteral("household\tasylum-hh\t-"), QStringLiteral("household\trefugee\t-"),
                QStringLiteral("household\tfamily\t-"), QStringLiteral("household\tat-source-hh\t-"),
                QStringLiteral("a\tasylum-member\t-"), QStringLiteral("b\tasylum-member\t-"),
                QStringLiteral("b\tat-source\t-") }));
        // Employed with C: no tax at source; an unknown permit does not count either.
        QVERIFY(ChecklistRules::plan(household(R"({"arrival":"2026-01-05","permit":"C",
                    "members":[{"id":"a","age":30,"employed":true},{"id":"b","age":30,"employed":true,"permit":""}]})"),
            steps)
                    .isEmpty());
    }

    void documentsForTheirPeople()
    {
        QString error;
        auto s = step(QStringLiteral("docs"), QStringLiteral("each_member"), "{}");
        s.documents = { QStringLiteral("all"), QStringLiteral("eu"), QStringLiteral("adult"), QStringLiteral("tail") };
        // Conditions for the first three; the fourth has none, so it is for everyone.
        s.documentConditions = { {}, *StepConditions::fromJson(json(R"({"eu_efta":true})"), &error),
            *StepConditions::fromJson(json(R"({"age":{"min":18}})"), &error) };
        const auto h = household(R"({"arrival":"2026-01-05","eu_efta":true,
            "members":[{"id":"a","age":30},{"id":"k","age":5}]})");
        const auto planned = ChecklistRules::plan(h, { s });
        QCOMPARE(planned.size(), 2);
        QCOMPARE(planned[0].documents,
            QStringList(
                { QStringLiteral("all"), QStringLiteral("eu"), QStringLiteral("adult"), QStringLiteral("tail") }));
        QCOMPARE(
            planned[1].documents, QStringList({ QStringLiteral("all"), QStringLiteral("eu"), QStringLiteral("tail") }));
        // For the household no personal condition holds.
        QCOMPARE(ChecklistRules::documentsFor(s, h, nullptr),
            QStringList({ QStringLiteral("all"), QStringLiteral("eu"), QStringLiteral("tail") }));
    }

    void homeOrder()
    {
        // Legal deadlines first, soonest first; then other dated steps by date, the more important first on a day;
        // then steps without a date, the more important first.
        auto legalLate
            = step(QStringLiteral("legal-late"), QStringLiteral("household"), R"({"days_after_arrival":300})");
        legalLate.importance = ChecklistStep::Importance::Legal;
        legalLate.position = 0;
        auto normalSoon
            = step(QStringLiteral("normal-soon"), QStringLiteral("household"), R"({"days_after_arrival":1})");
        normalSoon.position = 1;
        auto highSoon = step(QStringLiteral("high-soon"), QStringLiteral("household"), R"({"days_after_arrival":1})");
        highSoon.importance = ChecklistStep::Importance::High;
        highSoon.position = 2;
        auto legalSoon
            = step(QStringLiteral("legal-soon"), QStringLiteral("household"), R"({"days_after_arrival":14})");
        legalSoon.importance = ChecklistStep::Importance::Legal;
        legalSoon.position = 3;
        auto normalUndated = step(QStringLiteral("normal-undated"), QStringLiteral("household"), "{}");
        normalUndated.position = 4;
        auto legalUndated = step(QStringLiteral("legal-undated"), QStringLiteral("household"), "{}");
        legalUndated.importance = ChecklistStep::Importance::Legal;
        legalUndated.position = 5;
        const QList<ChecklistStep> steps { legalLate, normalSoon, highSoon, legalSoon, normalUndated, legalUndated };
        auto planned
            = ChecklistRules::plan(household(R"({"arrival":"2026-01-05","members":[{"id":"a","age":30}]})"), steps);
        std::stable_sort(planned.begin(), planned.end(), ChecklistRules::comesFirst);
        QStringList order;
        for (const auto &p : planned) {
            order.push_back(p.stepId);
        }
        QCOMPARE(order,
            QStringList({ QStringLiteral("legal-soon"), QStringLiteral("legal-late"), QStringLiteral("high-soon"),
                QStringLiteral("normal-soon"), QStringLiteral("legal-undated"), QStringLiteral("normal-undated") }));
    }

    void profileRoundTrip()
    {
        QString error;
        const auto h = Household::fromJson(
            json(
                R"({"arrival":"2026-03-02","from":"canton","eu_efta":true,"permit":"B","in_switzerland_since":"2025-10-01",
                    "refugee":true,"family_abroad":true,
                    "members":[{"id":"a","name":"A","age":30,"employed":true},{"id":"k","birth_date":"2020-08-01","joining":true,
                    "arrival":"2026-05-01","permit":"C"}]})"),
            &error);
        QVERIFY2(h, qPrintable(error));
        const auto again = Household::fromJson(h->toJson(), &error);
        QVERIFY(again);
        QCOMPARE(again->toJson(), h->toJson());
        QCOMPARE(again->members[1].arrival, QDate(2026, 5, 1));
        QVERIFY(again->refugee);
        QVERIFY(again->familyAbroad);
        // Profiles without the newer answers stay exactly as they were.
        const auto old
            = Household::fromJson(json(R"({"arrival":"2026-03-02","members":[{"id":"a","age":30}]})"), &error);
        QVERIFY(!old->refugee && !old->familyAbroad);
        QVERIFY(!old->toJson().contains(QStringLiteral("refugee")));
        QVERIFY(!old->toJson().contains(QStringLiteral("family_abroad")));
    }

    void newAnswersSurviveExportAndImport()
    {
        // The onboarding answers travel with the profile in "Save all my data", and a yearly step's later years
        // keep their own records.
        QTemporaryDir dir;
        const auto path = dir.filePath(QStringLiteral("user.db"));
        {
            UserStore store;
            QCOMPARE(store.open(path), UserStore::OpenResult::Opened);
            QVERIFY(store.setHousehold(household(R"({"arrival":"2026-02-16","permit":"F","refugee":true,
                "family_abroad":true,"members":[{"id":"a","age":31,"employed":true}]})")));
            QVERIFY(store.setStepState(QStringLiteral("household"), QStringLiteral("premium-reduction-at-source.2027"),
                StepState::State::Done, QStringLiteral("Apply for premium reduction every year")));
        }
        QString error;
        const auto exported = PersonalData::exportJson(path, &error);
        QVERIFY2(!exported.isEmpty(), qPrintable(error));
        const auto profile = exported.value(QLatin1String("household")).toObject();
        QCOMPARE(profile.value(QLatin1String("refugee")), QJsonValue(true));
        QCOMPARE(profile.value(QLatin1String("family_abroad")), QJsonValue(true));
        const auto other = dir.filePath(QStringLiteral("other.db"));
        {
            UserStore store;
            QCOMPARE(store.open(other), UserStore::OpenResult::Opened);
        }
        QVERIFY2(PersonalData::importJson(other, exported, &error), qPrintable(error));
        UserStore store;
        QCOMPARE(store.open(other), UserStore::OpenResult::Opened);
        const auto h = store.household();
        QVERIFY(h && h->refugee && h->familyAbroad);
        QCOMPARE(store.stepStates().value(QStringLiteral("household/premium-reduction-at-source.2027")).state,
            StepState::State::Done);
        // A damaged answer is refused like any other bad profile, and nothing changes.
        auto broken = exported;
        auto brokenProfile = profile;
        brokenProfile.insert(QStringLiteral("family_abroad"), QStringLiteral("maybe"));
        broken.insert(QStringLiteral("household"), brokenProfile);
        QVERIFY(!PersonalData::importJson(other, broken, &error));
        QVERIFY2(error.contains(QStringLiteral("family_abroad")), qPrintable(error));
    }

    void badProfiles_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("message");
        QTest::newRow("no arrival") << R"({"members":[{"id":"a","age":3}]})"
                                    << "arrival";
        QTest::newRow("bad from") << R"({"arrival":"2026-01-01","from":"mars","members":[{"id":"a","age":3}]})"
                                  << "from";
        QTest::newRow("bad permit") << R"({"arrival":"2026-01-01","permit":"Z","members":[{"id":"a","age":3}]})"
                                    << "permit";
        QTest::newRow("no members") << R"({"arrival":"2026-01-01","members":[]})"
                                    << "members";
        QTest::newRow("no age") << R"({"arrival":"2026-01-01","members":[{"id":"a"}]})"
                                << "birth_date";
        QTest::newRow("duplicate id") << R"({"arrival":"2026-01-01","members":[{"id":"a","age":1},{"id":"a","age":2}]})"
                                      << "id";
        QTest::newRow("reserved id") << R"({"arrival":"2026-01-01","members":[{"id":"household","age":1}]})"
                                     << "id";
        QTest::newRow("refugee as text") << R"({"arrival":"2026-01-01","refugee":"yes","members":[{"id":"a","age":1}]})"
                                         << "'refugee' must be true or false";
        QTest::newRow("family abroad as number")
            << R"({"arrival":"2026-01-01","family_abroad":1,"members":[{"id":"a","age":1}]})"
            << "'family_abroad' must be true or false";
    }
    void badProfiles()
    {
        QFETCH(QString, profile);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!Household::fromJson(QJsonDocument::fromJson(profile.toUtf8()).object(), &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void ruleParsing()
    {
        QString error;
        QVERIFY(!StepConditions::fromJson(json(R"({"colour":"red"})"), &error));
        QVERIFY(error.contains(QStringLiteral("colour")));
        QVERIFY(!StepConditions::fromJson(json(R"({"age":{"min":"old"}})"), &error));
        QVERIFY(!StepConditions::fromJson(json(R"({"employed":"yes"})"), &error));
        const auto c = StepConditions::fromJson(
            json(R"({"from":"abroad","permit":["B","C"],"school_age":{"min":4,"max":5}})"), &error);
        QVERIFY(c);
        QCOMPARE(c->from, QStringList { QStringLiteral("abroad") });
        QCOMPARE(StepConditions::fromJson(c->toJson(), &error)->toJson(), c->toJson());

        QVERIFY(!DueRule::fromJson(json(R"({"days_after_arrival":-1})"), &error));
        QVERIFY(!DueRule::fromJson(json(R"({"days_after_arrival":1,"months_after_arrival":1})"), &error));
        QVERIFY(!DueRule::fromJson(json(R"({"month_day":"02-30"})"), &error));
        QVERIFY(!DueRule::fromJson(json(R"({"days_after_step":{"step":"x"}})"), &error));
        const auto d = DueRule::fromJson(json(R"({"month_day":"03-31","years_after_arrival":1})"), &error);
        QVERIFY(d);
        QCOMPARE(d->kind, DueRule::Kind::MonthDay);
        QCOMPARE(DueRule::fromJson(d->toJson(), &error)->toJson(), d->toJson());
        QCOMPARE(DueRule::fromJson({}, &error)->kind, DueRule::Kind::None);
        // Yearly: only with month_day, and only true or false; written only when true, so older apps read the same.
        const auto yearly = DueRule::fromJson(json(R"({"month_day":"12-31","every_year":true})"), &error);
        QVERIFY(yearly && yearly->everyYear);
        QCOMPARE(DueRule::fromJson(yearly->toJson(), &error)->toJson(), yearly->toJson());
        QVERIFY(!d->toJson().contains(QStringLiteral("every_year")));
        QVERIFY(!DueRule::fromJson(json(R"({"month_day":"12-31","every_year":"yes"})"), &error));
        QVERIFY(!DueRule::fromJson(json(R"({"days_after_arrival":3,"every_year":true})"), &error));
        QCOMPARE(
            DueRule::fromJson(json(R"({"months_after_entry":12})"), &error)->kind, DueRule::Kind::MonthsAfterEntry);
        // The newer conditions parse and write back.
        const auto newer = StepConditions::fromJson(
            json(R"({"asylum":false,"refugee":true,"family_abroad":true,"taxed_at_source":true})"), &error);
        QVERIFY(newer);
        QCOMPARE(StepConditions::fromJson(newer->toJson(), &error)->toJson(), newer->toJson());
        QVERIFY(!newer->isPersonal()); // all four may be a household's
        QVERIFY(!StepConditions::fromJson(json(R"({"asylum":"no"})"), &error));

        // 29 February is kept as a rule and lands on the 28th in common years.
        ChecklistStep leap;
        leap.id = QStringLiteral("leap");
        leap.appliesTo = QStringLiteral("household");
        leap.due = *DueRule::fromJson(json(R"({"month_day":"02-29","years_after_arrival":1})"), &error);
        Household h;
        h.arrival = QDate(2026, 5, 1);
        h.members.push_back({});
        h.members[0].id = QStringLiteral("x");
        h.members[0].age = 30;
        const QList<ChecklistStep> steps { leap };
        QCOMPARE(ChecklistRules::plan(h, steps).first().due, QDate(2027, 2, 28));
        h.arrival = QDate(2027, 5, 1);
        QCOMPARE(ChecklistRules::plan(h, steps).first().due, QDate(2028, 2, 29));
    }

    void dates()
    {
        QCOMPARE(ChecklistRules::schoolReferenceDate(QDate(2026, 7, 31)), QDate(2025, 7, 31));
        QCOMPARE(ChecklistRules::schoolReferenceDate(QDate(2026, 8, 1)), QDate(2026, 7, 31));
        QCOMPARE(ChecklistRules::monthsBetween(QDate(2025, 10, 15), QDate(2026, 10, 14)), 11);
        QCOMPARE(ChecklistRules::monthsBetween(QDate(2025, 10, 15), QDate(2026, 10, 15)), 12);
        QCOMPARE(ChecklistRules::monthsBetween(QDate(2026, 10, 15), QDate(2025, 10, 15)), 0);
        HouseholdMember m;
        m.birthDate = QDate(2020, 8, 1);
        QCOMPARE(Household::ageOn(m, QDate(2024, 7, 31), {}), 3);
        QCOMPARE(Household::ageOn(m, QDate(2024, 8, 1), {}), 4);
    }

    void calendarFieldByField()
    {
        QString error;
        const auto h = Household::fromJson(json(R"({"arrival":"2026-03-02","from":"abroad","permit":"B",
            "members":[{"id":"a","name":"Amina","age":34,"foreign_licence":true}]})"),
            &error);
        QVERIFY2(h, qPrintable(error));
        const auto planned = ChecklistRules::plan(*h, m_steps);
        QSet<QString> closed;
        int open = 0;
        for (const auto &p : planned) {
            open += p.due.isValid() ? 1 : 0;
        }
        QVERIFY(open >= 3);
        closed.insert(planned.first().member + QLatin1Char('/') + planned.first().stepId); // done: left out
        const auto ics = CalendarExport::toIcs(planned, closed, { { QStringLiteral("a"), QStringLiteral("Amina") } },
            QDateTime(QDate(2026, 3, 3), QTime(8, 30), Qt::UTC));
        QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"));
        QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
        const auto lines = QString::fromUtf8(ics).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        for (const auto &l : lines) {
            QVERIFY2(l.toUtf8().size() <= 75, qPrintable(l));
        }
        QCOMPARE(ics.count("BEGIN:VEVENT"), open - (planned.first().due.isValid() ? 1 : 0));
        QCOMPARE(ics.count("BEGIN:VEVENT"), ics.count("END:VEVENT"));
        QCOMPARE(ics.count("BEGIN:VALARM"), ics.count("BEGIN:VEVENT"));
        QVERIFY(!ics.contains("UID:" + planned.first().member.toUtf8() + '-' + planned.first().stepId.toUtf8() + '@'));
        // One event checked field by field: the first open step with a due date.
        const auto it
            = std::find_if(planned.cbegin() + 1, planned.cend(), [](const PlannedStep &p) { return p.due.isValid(); });
        QVERIFY(it != planned.cend());
        const auto uid = QStringLiteral("UID:%1-%2@welcome.bern").arg(it->member, it->stepId);
        const auto start = lines.indexOf(uid);
        QVERIFY2(start > 0, qPrintable(uid));
        QCOMPARE(lines[start - 1], QStringLiteral("BEGIN:VEVENT"));
        QCOMPARE(lines[start + 1], QStringLiteral("DTSTAMP:20260303T083000Z"));
        QCOMPARE(
            lines[start + 2], QStringLiteral("DTSTART;VALUE=DATE:") + it->due.toString(QStringLiteral("yyyyMMdd")));
        QCOMPARE(lines[start + 3],
            QStringLiteral("DTEND;VALUE=DATE:") + it->due.addDays(1).toString(QStringLiteral("yyyyMMdd")));
        QVERIFY(lines[start + 4].startsWith(QStringLiteral("SUMMARY:") + CalendarExport::escapeText(it->step->title)));
        QVERIFY(lines.contains(QStringLiteral("TRIGGER;RELATED=START:-P%1D").arg(it->step->remindDaysBefore)));
    }

    void calendarEscapingAndFolding()
    {
        QCOMPARE(CalendarExport::escapeText(QStringLiteral("a,b;c\\d\ne")), QStringLiteral("a\\,b\\;c\\\\d\\ne"));
        const QByteArray longLine = "DESCRIPTION:" + QString(QStringLiteral("ä")).repeated(60).toUtf8();
        const auto folded = CalendarExport::foldLine(longLine);
        for (const auto &part : folded.split('\n')) {
            QVERIFY(part.size() <= 76); // 75 octets plus the CR
        }
        QCOMPARE(QString::fromUtf8(folded).remove(QStringLiteral("\r\n ")),
            QString::fromUtf8(longLine)); // no split characters
    }

    void cyclesDoNotHang()
    {
        // Content is validated against cycles, but a damaged database must still not hang the app.
        ChecklistStep a;
        a.id = QStringLiteral("a");
        a.appliesTo = QStringLiteral("household");
        a.due.kind = DueRule::Kind::DaysAfterStep;
        a.due.step = QStringLiteral("b");
        a.due.amount = 1;
        ChecklistStep b = a;
        b.id = QStringLiteral("b");
        b.due.step = QStringLiteral("a");
        Household h;
        h.arrival = QDate(2026, 1, 1);
        h.members.push_back({});
        h.members[0].id = QStringLiteral("x");
        h.members[0].age = 30;
        const QList<ChecklistStep> steps { a, b };
        const auto planned = ChecklistRules::plan(h, steps);
        QCOMPARE(planned.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestChecklist)
#include "tst_checklist.moc"

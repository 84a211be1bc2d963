// SPDX-License-Identifier: GPL-3.0-or-later
// The checklist rules: household profiles → exact steps and due dates, and the parsing of rules and profiles.
#include "calendarexport.h"
#include "checklist.h"
#include "contentstore.h"
#include "testcontent.h"

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

    static QJsonObject json(const char *text) { return QJsonDocument::fromJson(text).object(); }

private Q_SLOTS:
    void initTestCase()
    {
        const auto db = m_dir.filePath(QStringLiteral("content.db"));
        QVERIFY(buildFixture(QStringLiteral("content-good"), db));
        QVERIFY(m_store.open(db));
        m_steps = m_store.checklistSteps(QStringLiteral("en"));
        QVERIFY(m_steps.size() >= 10);
    }

    // Each file in checklist-cases/: a profile and every step the rules must give, in order.
    void households_data()
    {
        QTest::addColumn<QJsonObject>("profile");
        QTest::addColumn<QStringList>("expected");
        const QDir dir(QStringLiteral(WELCOME_FIXTURES "/checklist-cases"));
        const auto files = dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
        QVERIFY2(files.size() >= 20, "at least 20 household profiles");
        for (const auto &f : files) {
            QFile file(dir.filePath(f));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const auto c = QJsonDocument::fromJson(file.readAll()).object();
            QStringList expected;
            for (const auto &line : c.value(QLatin1String("expected")).toArray()) {
                expected.push_back(line.toString());
            }
            QVERIFY2(!expected.isEmpty(), qPrintable(f));
            QTest::newRow(qPrintable(f)) << c.value(QLatin1String("profile")).toObject() << expected;
        }
    }
    void households()
    {
        QFETCH(QJsonObject, profile);
        QFETCH(QStringList, expected);
        QString error;
        const auto household = Household::fromJson(profile, &error);
        QVERIFY2(household, qPrintable(error));
        QStringList actual;
        for (const auto &p : ChecklistRules::plan(*household, m_steps)) {
            actual.push_back(
                QStringLiteral("%1\t%2\t%3")
                    .arg(p.member, p.stepId, p.due.isValid() ? p.due.toString(Qt::ISODate) : QStringLiteral("-")));
        }
        QCOMPARE(actual, expected);
    }

    void profileRoundTrip()
    {
        QString error;
        const auto h = Household::fromJson(
            json(
                R"({"arrival":"2026-03-02","from":"canton","eu_efta":true,"permit":"B","in_switzerland_since":"2025-10-01",
                    "members":[{"id":"a","name":"A","age":30,"employed":true},{"id":"k","birth_date":"2020-08-01","joining":true,
                    "arrival":"2026-05-01","permit":"C"}]})"),
            &error);
        QVERIFY2(h, qPrintable(error));
        const auto again = Household::fromJson(h->toJson(), &error);
        QVERIFY(again);
        QCOMPARE(again->toJson(), h->toJson());
        QCOMPARE(again->members[1].arrival, QDate(2026, 5, 1));
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

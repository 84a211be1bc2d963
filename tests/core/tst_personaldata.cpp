// SPDX-License-Identifier: GPL-3.0-or-later
// Personal data export and import: a round trip loses nothing, and no bad file changes anything.
#include "personaldata.h"
#include "userstore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

class TestPersonalData : public QObject
{
    Q_OBJECT

    static void execOn(const QString &path, const QString &sql)
    {
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY2(q.exec(sql), qPrintable(sql));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    }

    static Household household()
    {
        const auto json = QJsonDocument::fromJson(R"({"arrival": "2026-11-01", "from": "abroad", "permit": "B",
            "members": [{"id": "amina", "name": "Amina", "age": 34, "employed": true},
                        {"id": "yusuf", "name": "Yusuf", "birth_date": "2018-04-02"}]})")
                              .object();
        QString error;
        const auto h = Household::fromJson(json, &error);
        if (!h) {
            qFatal("test household: %s", qPrintable(error));
        }
        return *h;
    }

    /** A user.db with something in every table. */
    static void fill(const QString &path)
    {
        UserStore store;
        QCOMPARE(store.open(path), UserStore::OpenResult::Opened);
        QVERIFY(store.setSetting(QStringLiteral("language"), QStringLiteral("ar")));
        QVERIFY(store.setSetting(QStringLiteral("onboarded"), QStringLiteral("")));
        QVERIFY(store.addRecentSearch(QStringLiteral("Krankenkasse")));
        QVERIFY(store.addRecentSearch(QStringLiteral("école")));
        QVERIFY(store.addRecentSearch(QStringLiteral("تسجيل")));
        QVERIFY(store.setHousehold(household()));
        QVERIFY(store.setStepState(QStringLiteral("household"), QStringLiteral("register"), StepState::State::Done,
            QStringLiteral("Register at the Einwohnerdienste")));
        QVERIFY(store.setStepState(QStringLiteral("amina"), QStringLiteral("insurance"), StepState::State::NotNeeded,
            QStringLiteral("Health insurance")));
        QVERIFY(store.setStepNote(QStringLiteral("yusuf"), QStringLiteral("school"),
            QStringLiteral("Call the school office \"Schulamt\"\nbefore 10:00"), QStringLiteral("School")));
    }

    static void makeEmpty(const QString &path)
    {
        UserStore store;
        QCOMPARE(store.open(path), UserStore::OpenResult::Opened);
    }

    static QJsonObject exported(const QString &path)
    {
        QString error;
        auto json = PersonalData::exportJson(path, &error);
        if (json.isEmpty()) {
            qWarning("export failed: %s", qPrintable(error));
        }
        // The only part that differs between two exports of the same data.
        json.remove(QStringLiteral("exported_at"));
        return json;
    }

    static QByteArray bytes(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

private Q_SLOTS:
    void exportHasEverything()
    {
        QTemporaryDir dir;
        const auto path = dir.filePath(QStringLiteral("user.db"));
        fill(path);
        QString error;
        const auto json = PersonalData::exportJson(path, &error);
        QVERIFY2(!json.isEmpty(), qPrintable(error));
        QCOMPARE(json.value(QLatin1String("format")).toString(), QStringLiteral("welcome-personal-data"));
        QCOMPARE(json.value(QLatin1String("version")).toInt(), 1);
        QCOMPARE(json.value(QLatin1String("schema")).toInt(), 3);
        const auto at = QDateTime::fromString(json.value(QLatin1String("exported_at")).toString(), Qt::ISODate);
        QVERIFY(at.isValid());
        QCOMPARE(at.timeSpec(), Qt::UTC);
        QCOMPARE(json.value(QLatin1String("settings")).toObject().value(QLatin1String("language")).toString(),
            QStringLiteral("ar"));
        const auto searches = json.value(QLatin1String("recent_searches")).toArray();
        QCOMPARE(searches.size(), 3);
        QVERIFY(searches.at(0).toObject().value(QLatin1String("used_at")).toDouble() > 0);
        QCOMPARE(json.value(QLatin1String("household")).toObject(), household().toJson());
        const auto steps = json.value(QLatin1String("step_states")).toArray();
        QCOMPARE(steps.size(), 3);
        const auto first = steps.at(0).toObject();
        QCOMPARE(first.value(QLatin1String("member")).toString(), QStringLiteral("amina"));
        QCOMPARE(first.value(QLatin1String("state")).toString(), QStringLiteral("not_needed"));
        QCOMPARE(first.value(QLatin1String("title")).toString(), QStringLiteral("Health insurance"));
        QVERIFY(first.contains(QLatin1String("note")));
        QVERIFY(first.contains(QLatin1String("changed_at")));
    }

    void exportWhileTheAppHasTheFileOpen()
    {
        QTemporaryDir dir;
        const auto path = dir.filePath(QStringLiteral("user.db"));
        fill(path);
        UserStore store;
        QCOMPARE(store.open(path), UserStore::OpenResult::Opened);
        QVERIFY(store.setSetting(QStringLiteral("late"), QStringLiteral("yes")));
        QCOMPARE(exported(path).value(QLatin1String("settings")).toObject().value(QLatin1String("late")).toString(),
            QStringLiteral("yes"));
    }

    void emptyDatabaseExportsEmptySections()
    {
        QTemporaryDir dir;
        const auto path = dir.filePath(QStringLiteral("user.db"));
        makeEmpty(path);
        const auto json = exported(path);
        QVERIFY(json.value(QLatin1String("settings")).toObject().isEmpty());
        QVERIFY(json.value(QLatin1String("recent_searches")).toArray().isEmpty());
        QVERIFY(json.value(QLatin1String("household")).isNull());
        QVERIFY(json.value(QLatin1String("step_states")).toArray().isEmpty());
    }

    void exportOfMissingFileFails()
    {
        QTemporaryDir dir;
        const auto path = dir.filePath(QStringLiteral("none.db"));
        QString error;
        QVERIFY(PersonalData::exportJson(path, &error).isEmpty());
        QVERIFY2(error.contains(QLatin1String("no personal data file")), qPrintable(error));
        QVERIFY(!QFile::exists(path));
    }

    void roundTrip()
    {
        QTemporaryDir dir;
        const auto source = dir.filePath(QStringLiteral("source.db"));
        const auto target = dir.filePath(QStringLiteral("target.db"));
        fill(source);
        makeEmpty(target);
        const auto first = exported(source);
        QVERIFY(!first.isEmpty());
        QString error;
        // Through the bytes of a file, as the app does.
        QVERIFY2(PersonalData::importFile(target, QJsonDocument(first).toJson(), &error), qPrintable(error));
        QCOMPARE(exported(target), first);

        // The app sees the imported data as its own.
        UserStore store;
        QCOMPARE(store.open(target), UserStore::OpenResult::Opened);
        QCOMPARE(store.setting(QStringLiteral("language")), QStringLiteral("ar"));
        QCOMPARE(store.recentSearches(),
            QStringList({ QStringLiteral("تسجيل"), QStringLiteral("école"), QStringLiteral("Krankenkasse") }));
        QVERIFY(store.household());
        QCOMPARE(store.household()->toJson(), household().toJson());
        const auto states = store.stepStates();
        QCOMPARE(states.size(), 3);
        QCOMPARE(states.value(QStringLiteral("household/register")).state, StepState::State::Done);
        QCOMPARE(states.value(QStringLiteral("yusuf/school")).note,
            QStringLiteral("Call the school office \"Schulamt\"\nbefore 10:00"));
    }

    void importReplacesEverything()
    {
        QTemporaryDir dir;
        const auto source = dir.filePath(QStringLiteral("source.db"));
        const auto target = dir.filePath(QStringLiteral("target.db"));
        makeEmpty(source);
        fill(target);
        {
            UserStore store;
            QCOMPARE(store.open(source), UserStore::OpenResult::Opened);
            QVERIFY(store.setSetting(QStringLiteral("only"), QStringLiteral("this")));
        }
        const auto first = exported(source);
        QString error;
        // The app keeps the file open meanwhile; the import goes in beside it.
        UserStore open;
        QCOMPARE(open.open(target), UserStore::OpenResult::Opened);
        QVERIFY2(PersonalData::importJson(target, first, &error), qPrintable(error));
        QCOMPARE(exported(target), first);
        QVERIFY(!open.household());
        QVERIFY(open.stepStates().isEmpty());
    }

    void badInputChangesNothing()
    {
        QTemporaryDir dir;
        const auto path = dir.filePath(QStringLiteral("user.db"));
        fill(path);
        const auto valid = exported(path);
        QVERIFY(!valid.isEmpty());

        const auto with = [&](const std::function<void(QJsonObject &)> &change) {
            auto o = valid;
            change(o);
            return bytes(o);
        };
        const auto withStep = [&](int index, const QString &key, const QJsonValue &value) {
            return with([&](QJsonObject &o) {
                auto steps = o.value(QLatin1String("step_states")).toArray();
                while (steps.size() <= index) {
                    auto extra = steps.at(0).toObject();
                    extra.insert(QStringLiteral("step"), QStringLiteral("extra-%1").arg(steps.size()));
                    steps.push_back(extra);
                }
                auto step = steps.at(index).toObject();
                if (value.isUndefined()) {
                    step.remove(key);
                } else {
                    step.insert(key, value);
                }
                steps.replace(index, step);
                o.insert(QStringLiteral("step_states"), steps);
            });
        };
        const auto withSearch = [&](const QString &key, const QJsonValue &value) {
            return with([&](QJsonObject &o) {
                auto searches = o.value(QLatin1String("recent_searches")).toArray();
                auto search = searches.at(0).toObject();
                search.insert(key, value);
                searches.replace(0, search);
                o.insert(QStringLiteral("recent_searches"), searches);
            });
        };
        const auto set = [&](const QString &key, const QJsonValue &value) {
            return with([&](QJsonObject &o) { o.insert(key, value); });
        };
        const auto without = [&](const QString &key) { return with([&](QJsonObject &o) { o.remove(key); }); };

        QJsonArray tooMany;
        for (int i = 0; i <= PersonalData::maxStepStates; ++i) {
            tooMany.push_back(QJsonObject { { QStringLiteral("member"), QStringLiteral("household") },
                { QStringLiteral("step"), QStringLiteral("s%1").arg(i) },
                { QStringLiteral("state"), QStringLiteral("done") }, { QStringLiteral("changed_at"), 1 } });
        }
        auto badHousehold = household().toJson();
        badHousehold.remove(QStringLiteral("arrival"));

        const struct
        {
            const char *name;
            QByteArray file;
            QString message;
        } cases[] = {
            { "garbage", QByteArray("\x89PNG\r\n not json at all"), QStringLiteral("not valid JSON") },
            { "array", QByteArray("[{\"format\": \"welcome-personal-data\"}]"), QStringLiteral("holds a list") },
            { "empty object", QByteArray("{}"), QStringLiteral("empty or is not a Welcome personal data export") },
            { "empty file", QByteArray(), QStringLiteral("not valid JSON") },
            { "other format", set(QStringLiteral("format"), QStringLiteral("something-else")),
                QStringLiteral("format: expected \"welcome-personal-data\"") },
            { "no format", without(QStringLiteral("format")), QStringLiteral("format: missing") },
            { "newer version", set(QStringLiteral("version"), 2), QStringLiteral("version: 2 was written by a newer") },
            { "version as text", set(QStringLiteral("version"), QStringLiteral("1")),
                QStringLiteral("version: must be a whole number") },
            { "settings list", set(QStringLiteral("settings"), QJsonArray()),
                QStringLiteral("settings: must be an object, not a list") },
            { "setting number", set(QStringLiteral("settings"), QJsonObject { { QStringLiteral("language"), 5 } }),
                QStringLiteral("settings.language: must be a text, not a number") },
            { "no searches", without(QStringLiteral("recent_searches")),
                QStringLiteral("recent_searches: must be a list, not missing") },
            { "long query", withSearch(QStringLiteral("query"), QString(101, QLatin1Char('q'))),
                QStringLiteral("recent_searches[0].query: longer than 100 characters") },
            { "fractional time", withSearch(QStringLiteral("used_at"), 1.5),
                QStringLiteral("recent_searches[0].used_at: must be a time") },
            { "no household", without(QStringLiteral("household")), QStringLiteral("household: missing") },
            { "household text", set(QStringLiteral("household"), QStringLiteral("x")),
                QStringLiteral("household: must be an object or null, not a text") },
            { "bad household", set(QStringLiteral("household"), badHousehold),
                QStringLiteral("household: 'arrival' must be a date") },
            { "bad state", withStep(3, QStringLiteral("state"), QStringLiteral("finished")),
                QStringLiteral("step_states[3].state: must be open, done or not_needed") },
            { "no state", withStep(0, QStringLiteral("state"), QJsonValue::Undefined),
                QStringLiteral("step_states[0].state: must be open, done or not_needed") },
            { "long note", withStep(1, QStringLiteral("note"), QString(2001, QLatin1Char('n'))),
                QStringLiteral("step_states[1].note: longer than 2000 characters") },
            { "note number", withStep(0, QStringLiteral("note"), 7),
                QStringLiteral("step_states[0].note: must be a text, not a number") },
            { "empty member", withStep(0, QStringLiteral("member"), QStringLiteral("")),
                QStringLiteral("step_states[0].member: must be a text that is not empty") },
            { "no time", withStep(0, QStringLiteral("changed_at"), QJsonValue::Undefined),
                QStringLiteral("step_states[0].changed_at: must be a time") },
            { "twice", with([](QJsonObject &o) {
                 auto steps = o.value(QLatin1String("step_states")).toArray();
                 steps.push_back(steps.at(0));
                 o.insert(QStringLiteral("step_states"), steps);
             }),
                QStringLiteral("step_states[3]: member \"amina\" and step \"insurance\" are listed twice") },
            { "steps object", set(QStringLiteral("step_states"), QJsonObject()),
                QStringLiteral("step_states: must be a list, not an object") },
            { "too many steps", set(QStringLiteral("step_states"), tooMany),
                QStringLiteral("step_states: 10001 entries, more than the 10000 allowed") },
        };
        for (const auto &c : cases) {
            QString error;
            QVERIFY2(!PersonalData::importFile(path, c.file, &error), c.name);
            QVERIFY2(error.contains(c.message),
                qPrintable(
                    QStringLiteral("%1: got \"%2\", expected \"%3\"").arg(QLatin1String(c.name), error, c.message)));
            QVERIFY2(exported(path) == valid, c.name);
        }
    }

    void exactlyTheLimitsAreAccepted()
    {
        QTemporaryDir dir;
        const auto path = dir.filePath(QStringLiteral("user.db"));
        makeEmpty(path);
        auto json = exported(path);
        json.insert(QStringLiteral("recent_searches"),
            QJsonArray { QJsonObject {
                { QStringLiteral("query"), QString(100, QLatin1Char('q')) }, { QStringLiteral("used_at"), 1 } } });
        QJsonArray steps;
        for (int i = 0; i < PersonalData::maxStepStates; ++i) {
            steps.push_back(QJsonObject { { QStringLiteral("member"), QStringLiteral("household") },
                { QStringLiteral("step"), QStringLiteral("s%1").arg(i, 5, 10, QLatin1Char('0')) },
                { QStringLiteral("state"), QStringLiteral("open") },
                { QStringLiteral("note"), i == 0 ? QString(2000, QLatin1Char('n')) : QString() },
                { QStringLiteral("title"), QStringLiteral("") }, { QStringLiteral("changed_at"), i } });
        }
        json.insert(QStringLiteral("step_states"), steps);
        QString error;
        QVERIFY2(PersonalData::importJson(path, json, &error), qPrintable(error));
        QCOMPARE(exported(path), json);
    }

    void failedWriteRollsBack()
    {
        QTemporaryDir dir;
        const auto source = dir.filePath(QStringLiteral("source.db"));
        const auto target = dir.filePath(QStringLiteral("target.db"));
        fill(source);
        fill(target);
        auto json = exported(source);
        json.insert(QStringLiteral("settings"), QJsonObject { { QStringLiteral("new"), QStringLiteral("value") } });
        auto steps = json.value(QLatin1String("step_states")).toArray();
        steps.push_back(QJsonObject { { QStringLiteral("member"), QStringLiteral("household") },
            { QStringLiteral("step"), QStringLiteral("boom") }, { QStringLiteral("state"), QStringLiteral("open") },
            { QStringLiteral("changed_at"), 1 } });
        json.insert(QStringLiteral("step_states"), steps);
        // The file is valid; the database refuses the last row, after the tables were already emptied.
        execOn(target,
            QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON step_state WHEN NEW.step = 'boom' "
                           "BEGIN SELECT RAISE(ABORT, 'refused by test'); END"));
        const auto before = exported(target);
        QString error;
        QVERIFY(!PersonalData::importJson(target, json, &error));
        QVERIFY2(error.contains(QLatin1String("refused by test")), qPrintable(error));
        QCOMPARE(exported(target), before);
    }

    void otherSchemaIsRefused()
    {
        QTemporaryDir dir;
        const auto source = dir.filePath(QStringLiteral("source.db"));
        const auto path = dir.filePath(QStringLiteral("user.db"));
        fill(source);
        const auto json = exported(source);

        fill(path);
        execOn(path, QStringLiteral("PRAGMA user_version = 2"));
        const auto before = exported(path);
        QCOMPARE(before.value(QLatin1String("schema")).toInt(), 2);
        QString error;
        QVERIFY(!PersonalData::importJson(path, json, &error));
        QVERIFY2(error.contains(QLatin1String("schema 2")) && error.contains(QLatin1String("needs schema 3")),
            qPrintable(error));
        QCOMPARE(exported(path), before);

        // A newer schema: neither exported nor written.
        execOn(path, QStringLiteral("PRAGMA user_version = 4"));
        QVERIFY(PersonalData::exportJson(path, &error).isEmpty());
        QVERIFY2(error.contains(QLatin1String("schema 4")), qPrintable(error));
        QVERIFY(!PersonalData::importJson(path, json, &error));
        QVERIFY2(error.contains(QLatin1String("schema 4")), qPrintable(error));
        execOn(path, QStringLiteral("PRAGMA user_version = 3"));
        auto after = exported(path);
        after.insert(QStringLiteral("schema"), 2);
        // Schema 2 exports leave out the later tables; compare the part both exports have.
        after.insert(QStringLiteral("household"), QJsonValue::Null);
        after.insert(QStringLiteral("step_states"), QJsonArray());
        QCOMPARE(after, before);
    }

    void importIntoMissingFileCreatesNothing()
    {
        QTemporaryDir dir;
        const auto source = dir.filePath(QStringLiteral("source.db"));
        const auto path = dir.filePath(QStringLiteral("none.db"));
        fill(source);
        QString error;
        QVERIFY(!PersonalData::importJson(path, exported(source), &error));
        QVERIFY2(error.contains(QLatin1String("no personal data file")), qPrintable(error));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestPersonalData)
#include "tst_personaldata.moc"

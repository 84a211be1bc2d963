// SPDX-License-Identifier: GPL-3.0-or-later
// user.db: migrations, settings, a newer schema refused, a damaged file kept aside.
#include "userstore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestUserStore : public QObject
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

private Q_SLOTS:
    void freshDatabaseIsMigrated()
    {
        QTemporaryDir dir;
        UserStore store;
        QCOMPARE(store.open(dir.filePath(QStringLiteral("user.db"))), UserStore::OpenResult::Opened);
        QCOMPARE(store.userVersion(), UserStore::schemaVersion);
        QVERIFY(store.errorString().isEmpty());
    }

    void usesWriteAheadLog()
    {
        QTemporaryDir dir;
        const auto path = dir.filePath(QStringLiteral("user.db"));
        UserStore store;
        QCOMPARE(store.open(path), UserStore::OpenResult::Opened);
        QVERIFY(store.setSetting(QStringLiteral("k"), QStringLiteral("v")));
        QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
    }

    void settingsPersist()
    {
        QTemporaryDir dir;
        const auto path = dir.filePath(QStringLiteral("user.db"));
        {
            UserStore store;
            QCOMPARE(store.open(path), UserStore::OpenResult::Opened);
            QCOMPARE(store.setting(QStringLiteral("language"), QStringLiteral("none")), QStringLiteral("none"));
            QVERIFY(store.setSetting(QStringLiteral("language"), QStringLiteral("fr")));
            QVERIFY(store.setSetting(QStringLiteral("language"), QStringLiteral("ar")));
        }
        UserStore again;
        QCOMPARE(again.open(path), UserStore::OpenResult::Opened);
        QCOMPARE(again.setting(QStringLiteral("language")), QStringLiteral("ar"));
    }

    void migratesFromSchema1KeepingData()
    {
        QTemporaryDir dir;
        const auto path = dir.filePath(QStringLiteral("user.db"));
        // A user.db as schema 1 wrote it.
        execOn(path, QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"));
        execOn(path, QStringLiteral("INSERT INTO settings VALUES ('language', 'fa')"));
        execOn(path, QStringLiteral("PRAGMA user_version = 1"));
        UserStore store;
        QCOMPARE(store.open(path), UserStore::OpenResult::Opened);
        QCOMPARE(store.userVersion(), UserStore::schemaVersion);
        QCOMPARE(store.setting(QStringLiteral("language")), QStringLiteral("fa"));
        QVERIFY(!store.household());
        QVERIFY(store.recentSearches().isEmpty());
    }

    void recentSearches()
    {
        QTemporaryDir dir;
        UserStore store;
        QCOMPARE(store.open(dir.filePath(QStringLiteral("user.db"))), UserStore::OpenResult::Opened);
        QVERIFY(store.addRecentSearch(QStringLiteral("Krankenkasse")));
        QVERIFY(store.addRecentSearch(QStringLiteral("  permis   de séjour ")));
        QVERIFY(!store.addRecentSearch(QStringLiteral("   ")));
        QTest::qWait(2);
        QVERIFY(store.addRecentSearch(QStringLiteral("Krankenkasse"))); // again: moves to the top, no duplicate
        QCOMPARE(store.recentSearches(),
            (QStringList { QStringLiteral("Krankenkasse"), QStringLiteral("permis de séjour") }));
        for (int i = 0; i < 30; ++i) {
            QVERIFY(store.addRecentSearch(QStringLiteral("q%1").arg(i)));
        }
        QCOMPARE(store.recentSearches(100).size(), 20);
        QVERIFY(store.clearRecentSearches());
        QVERIFY(store.recentSearches().isEmpty());
    }

    void migratesFromSchema2KeepingRecentSearches()
    {
        QTemporaryDir dir;
        const auto path = dir.filePath(QStringLiteral("user.db"));
        execOn(path, QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"));
        execOn(path, QStringLiteral("CREATE TABLE recent_searches (query TEXT PRIMARY KEY, used_at INTEGER NOT NULL)"));
        execOn(path, QStringLiteral("INSERT INTO recent_searches VALUES ('Krankenkasse', 1)"));
        execOn(path, QStringLiteral("PRAGMA user_version = 2"));
        UserStore store;
        QCOMPARE(store.open(path), UserStore::OpenResult::Opened);
        QCOMPARE(store.userVersion(), 3);
        QCOMPARE(store.recentSearches(), QStringList { QStringLiteral("Krankenkasse") });
        QVERIFY(store.stepStates().isEmpty());
    }

    void householdAndStepStatesPersist()
    {
        QTemporaryDir dir;
        const auto path = dir.filePath(QStringLiteral("user.db"));
        QString error;
        const auto h
            = Household::fromJson(QJsonDocument::fromJson(R"({"arrival":"2026-03-02","from":"abroad","permit":"B",
            "members":[{"id":"a","name":"Amina","age":34}]})")
                                      .object(),
                &error);
        QVERIFY2(h, qPrintable(error));
        {
            UserStore store;
            QCOMPARE(store.open(path), UserStore::OpenResult::Opened);
            QVERIFY(store.setHousehold(*h));
            QVERIFY(store.setStepState(QStringLiteral("a"), QStringLiteral("registration"), StepState::State::Done,
                QStringLiteral("Register")));
            QVERIFY(store.setStepNote(QStringLiteral("a"), QStringLiteral("registration"),
                QStringLiteral("Termin am 5.3."), QStringLiteral("Register")));
            QVERIFY(store.setStepNote(QStringLiteral("household"), QStringLiteral("gone-step"), QStringLiteral("n"),
                QStringLiteral("A step content removed later")));
        }
        UserStore store;
        QCOMPARE(store.open(path), UserStore::OpenResult::Opened);
        QCOMPARE(store.household()->toJson(), h->toJson());
        const auto states = store.stepStates();
        QCOMPARE(states.size(), 2);
        const auto reg = states.value(QStringLiteral("a/registration"));
        QCOMPARE(reg.state, StepState::State::Done); // a note does not reopen a done step
        QCOMPARE(reg.note, QStringLiteral("Termin am 5.3."));
        QCOMPARE(
            states.value(QStringLiteral("household/gone-step")).title, QStringLiteral("A step content removed later"));
        QCOMPARE(states.value(QStringLiteral("household/gone-step")).state, StepState::State::Open);
    }

    void newerSchemaIsRefusedAndLeftUntouched()
    {
        QTemporaryDir dir;
        const auto path = dir.filePath(QStringLiteral("user.db"));
        execOn(path, QStringLiteral("PRAGMA user_version = %1").arg(UserStore::schemaVersion + 1));
        const auto before = QFileInfo(path).size();
        UserStore store;
        QCOMPARE(store.open(path), UserStore::OpenResult::Refused);
        QVERIFY(!store.isOpen());
        QVERIFY2(store.errorString().contains(QStringLiteral("newer version")), qPrintable(store.errorString()));
        QVERIFY(!store.setSetting(QStringLiteral("k"), QStringLiteral("v")));
        QCOMPARE(QFileInfo(path).size(), before);
    }

    void damagedFileIsKeptAsBackup()
    {
        QTemporaryDir dir;
        const auto path = dir.filePath(QStringLiteral("user.db"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("SQLite format 3") + QByteArray(5000, '\x7f'));
        f.close();
        UserStore store;
        QCOMPARE(store.open(path), UserStore::OpenResult::Recovered);
        QVERIFY(store.isOpen());
        QVERIFY(QFile::exists(store.backupPath()));
        QVERIFY(store.errorString().contains(store.backupPath()));
        QCOMPARE(QFileInfo(store.backupPath()).size(), 15 + 5000);
        QVERIFY(store.setSetting(QStringLiteral("language"), QStringLiteral("de")));
        QCOMPARE(store.userVersion(), UserStore::schemaVersion);
    }

    void failedMigrationRollsBack()
    {
        QTemporaryDir dir;
        const auto path = dir.filePath(QStringLiteral("user.db"));
        // A table in the way makes migration 1 fail: the schema version must stay at 0.
        execOn(path, QStringLiteral("CREATE TABLE settings (x)"));
        execOn(path, QStringLiteral("CREATE TABLE keep (x)"));
        UserStore store;
        QCOMPARE(store.open(path), UserStore::OpenResult::Failed);
        QVERIFY(store.errorString().contains(QStringLiteral("schema 1")));
        execOn(path, QStringLiteral("SELECT count(*) FROM keep"));
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("ver"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
            QCOMPARE(q.value(0).toInt(), 0);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("ver"));
    }
};

QTEST_GUILESS_MAIN(TestUserStore)
#include "tst_userstore.moc"

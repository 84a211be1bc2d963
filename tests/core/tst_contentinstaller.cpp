// SPDX-License-Identifier: GPL-3.0-or-later
// Installing the bundled content into the data folder: first start, upgrades, damage, and failures.
#include "contentinstaller.h"
#include "testcontent.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

class TestContentInstaller : public QObject
{
    Q_OBJECT
    QTemporaryDir m_bundle;

    QString bundled(int version) const { return m_bundle.filePath(QStringLiteral("v%1.db").arg(version)); }

    static void setOrigin(const QString &db, const QString &origin)
    {
        {
            auto c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("origin"));
            c.setDatabaseName(db);
            QVERIFY(c.open());
            QSqlQuery q(c);
            QVERIFY(q.exec(QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'origin'").arg(origin)));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("origin"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(buildFixture(QStringLiteral("content-good"), bundled(3), 3));
        QVERIFY(buildFixture(QStringLiteral("content-good"), bundled(4), 4));
    }

    void firstStartInstalls()
    {
        QTemporaryDir data;
        ContentInstaller installer(bundled(3), bundled(3) + QStringLiteral(".stamp"));
        QCOMPARE(installer.install(data.path()), ContentInstaller::Result::Installed);
        const auto installed = ContentInstaller::readInstalled(data.filePath(QStringLiteral("content.db")));
        QCOMPARE(installed.version, 3);
        QCOMPARE(installed.origin, QStringLiteral("build"));
        QVERIFY(!QFile::exists(data.filePath(QStringLiteral("content.db.part"))));
        // The second start finds it up to date and does not copy again.
        QCOMPARE(installer.install(data.path()), ContentInstaller::Result::UpToDate);
    }

    void newerBundleReplacesOlderContent()
    {
        QTemporaryDir data;
        QCOMPARE(ContentInstaller(bundled(3), bundled(3) + QStringLiteral(".stamp")).install(data.path()),
            ContentInstaller::Result::Installed);
        QCOMPARE(ContentInstaller(bundled(4), bundled(4) + QStringLiteral(".stamp")).install(data.path()),
            ContentInstaller::Result::Installed);
        QCOMPARE(ContentInstaller::readInstalled(data.filePath(QStringLiteral("content.db"))).version, 4);
        // An older bundle (an app downgrade) never replaces newer content.
        QCOMPARE(ContentInstaller(bundled(3), bundled(3) + QStringLiteral(".stamp")).install(data.path()),
            ContentInstaller::Result::UpToDate);
        QCOMPARE(ContentInstaller::readInstalled(data.filePath(QStringLiteral("content.db"))).version, 4);
    }

    void sameVersionRebuildReplacesBundledButNotSynced()
    {
        QTemporaryDir data;
        const auto target = data.filePath(QStringLiteral("content.db"));
        QVERIFY(QFile::copy(bundled(3), target));
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
        setOrigin(target, QStringLiteral("build"));
        {
            auto c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("hash"));
            c.setDatabaseName(target);
            QVERIFY(c.open());
            QSqlQuery q(c);
            QVERIFY(q.exec(QStringLiteral("UPDATE meta SET value = 'older-edit' WHERE key = 'source_hash'")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("hash"));
        ContentInstaller installer(bundled(3), bundled(3) + QStringLiteral(".stamp"));
        QCOMPARE(installer.install(data.path()), ContentInstaller::Result::Installed);
        QVERIFY(ContentInstaller::readInstalled(target).hash != QStringLiteral("older-edit"));

        setOrigin(target, QStringLiteral("sync"));
        {
            auto c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("hash2"));
            c.setDatabaseName(target);
            QVERIFY(c.open());
            QSqlQuery q(c);
            QVERIFY(q.exec(QStringLiteral("UPDATE meta SET value = 'signed-update' WHERE key = 'source_hash'")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("hash2"));
        QCOMPARE(installer.install(data.path()), ContentInstaller::Result::UpToDate);
        QCOMPARE(ContentInstaller::readInstalled(target).hash, QStringLiteral("signed-update"));
    }

    void damagedContentIsReplaced()
    {
        QTemporaryDir data;
        QFile junk(data.filePath(QStringLiteral("content.db")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(8192, 'x'));
        junk.close();
        QCOMPARE(ContentInstaller::readInstalled(junk.fileName()).version, -1);
        ContentInstaller installer(bundled(3), bundled(3) + QStringLiteral(".stamp"));
        QCOMPARE(installer.install(data.path()), ContentInstaller::Result::Repaired);
        QCOMPARE(ContentInstaller::readInstalled(junk.fileName()).version, 3);
    }

    void failuresLeaveInstalledContentAlone()
    {
        QTemporaryDir data;
        QCOMPARE(ContentInstaller(bundled(3), bundled(3) + QStringLiteral(".stamp")).install(data.path()),
            ContentInstaller::Result::Installed);
        // A stamp that promises version 4 over a database that is not one.
        const auto fakeStamp = m_bundle.filePath(QStringLiteral("fake.stamp"));
        const auto fakeDb = m_bundle.filePath(QStringLiteral("fake.db"));
        QFile s(fakeStamp);
        QVERIFY(s.open(QIODevice::WriteOnly));
        s.write("4 abc\n");
        s.close();
        QFile d(fakeDb);
        QVERIFY(d.open(QIODevice::WriteOnly));
        d.write("not sqlite");
        d.close();
        ContentInstaller bad(fakeDb, fakeStamp);
        QCOMPARE(bad.install(data.path()), ContentInstaller::Result::Failed);
        QVERIFY(!bad.errorString().isEmpty());
        QCOMPARE(ContentInstaller::readInstalled(data.filePath(QStringLiteral("content.db"))).version, 3);
        QVERIFY(!QFile::exists(data.filePath(QStringLiteral("content.db.part"))));

        ContentInstaller noStamp(bundled(3), m_bundle.filePath(QStringLiteral("missing.stamp")));
        QCOMPARE(noStamp.install(data.path()), ContentInstaller::Result::Failed);
    }

    // What a kill in the middle of a content update leaves: content.db with some pages already overwritten and
    // content.db-journal holding their old state ("hot"). Made by copying both while a transaction is open.
    static void leaveHotJournal(const QString &db, const QString &dataDir)
    {
        {
            auto c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("crash"));
            c.setDatabaseName(db);
            QVERIFY(c.open());
            QSqlQuery q(c);
            QVERIFY(q.exec(QStringLiteral("PRAGMA cache_size = 1"))); // changed pages spill into the file early
            QVERIFY(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
            QVERIFY(q.exec(QStringLiteral("UPDATE meta SET value = '999' WHERE key = 'version'")));
            QVERIFY(q.exec(QStringLiteral("UPDATE article_texts SET body = body || ' changed, changed, changed'")));
            QVERIFY(q.exec(QStringLiteral("DELETE FROM search")));
            QVERIFY(QFile::exists(db + QStringLiteral("-journal")));
            QFile::remove(QDir(dataDir).filePath(QStringLiteral("content.db")));
            QVERIFY(QFile::copy(db, QDir(dataDir).filePath(QStringLiteral("content.db"))));
            QVERIFY(QFile::copy(
                db + QStringLiteral("-journal"), QDir(dataDir).filePath(QStringLiteral("content.db-journal"))));
            QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("crash"));
    }

    static QString readOnlyValue(const QString &db, const QString &sql)
    {
        QString value = QStringLiteral("(cannot read)");
        {
            auto c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("ro"));
            c.setDatabaseName(db);
            c.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (c.open()) {
                QSqlQuery q(c);
                if (q.exec(sql) && q.next()) {
                    value = q.value(0).toString();
                }
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("ro"));
        return value;
    }

    void interruptedUpdateIsRolledBackBeforeReading()
    {
        // The app reads content read-only, and a read-only connection cannot roll a hot journal back: the
        // start-up must do it first, or the guide cannot be read at all.
        QTemporaryDir data;
        const auto working = m_bundle.filePath(QStringLiteral("working-a.db"));
        QFile::remove(working);
        QVERIFY(QFile::copy(bundled(3), working));
        QFile::setPermissions(working, QFile::ReadOwner | QFile::WriteOwner);
        leaveHotJournal(working, data.path());
        const auto db = data.filePath(QStringLiteral("content.db"));
        QCOMPARE(readOnlyValue(db, QStringLiteral("SELECT value FROM meta WHERE key = 'version'")),
            QStringLiteral("(cannot read)"));
        ContentInstaller installer(bundled(3), bundled(3) + QStringLiteral(".stamp"));
        QVERIFY(installer.install(data.path()) != ContentInstaller::Result::Failed);
        QCOMPARE(
            readOnlyValue(db, QStringLiteral("SELECT value FROM meta WHERE key = 'version'")), QStringLiteral("3"));
        QCOMPARE(readOnlyValue(db, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
        QVERIFY(!QFile::exists(db + QStringLiteral("-journal")));
    }

    void replacedContentNeverGetsAnotherFilesJournal()
    {
        // A newer bundle replaces content.db that an interrupted update left with a hot journal. The journal
        // belongs to the old file; replayed into the new one it would overwrite good pages with old ones.
        QTemporaryDir data;
        const auto working = m_bundle.filePath(QStringLiteral("working-b.db"));
        QFile::remove(working);
        QVERIFY(QFile::copy(bundled(3), working));
        QFile::setPermissions(working, QFile::ReadOwner | QFile::WriteOwner);
        leaveHotJournal(working, data.path());
        const auto db = data.filePath(QStringLiteral("content.db"));
        ContentInstaller installer(bundled(4), bundled(4) + QStringLiteral(".stamp"));
        QCOMPARE(installer.install(data.path()), ContentInstaller::Result::Installed);
        QCOMPARE(
            readOnlyValue(db, QStringLiteral("SELECT value FROM meta WHERE key = 'version'")), QStringLiteral("4"));
        // A read-write open (the next sync) would replay any journal left beside it.
        {
            auto c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("rw"));
            c.setDatabaseName(db);
            QVERIFY(c.open());
            QSqlQuery q(c);
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("rw"));
        QCOMPARE(
            readOnlyValue(db, QStringLiteral("SELECT value FROM meta WHERE key = 'version'")), QStringLiteral("4"));
        QCOMPARE(readOnlyValue(
                     db, QStringLiteral("SELECT count(*) FROM article_texts WHERE body LIKE '%changed, changed%'")),
            QStringLiteral("0"));
    }

    void damagedPagesAreFoundAndReplaced()
    {
        // Pages in the middle of the file are overwritten; the first pages (meta, the version) still read fine.
        QTemporaryDir data;
        ContentInstaller installer(bundled(3), bundled(3) + QStringLiteral(".stamp"));
        QCOMPARE(installer.install(data.path()), ContentInstaller::Result::Installed);
        const auto db = data.filePath(QStringLiteral("content.db"));
        {
            QFile f(db);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek((f.size() / 4096 / 2) * 4096);
            f.write(QByteArray(3 * 4096, char(0x5a)));
        }
        QCOMPARE(ContentInstaller::readInstalled(db).version, 3);
        QVERIFY(readOnlyValue(db, QStringLiteral("PRAGMA quick_check")) != QLatin1String("ok"));
        QCOMPARE(installer.install(data.path()), ContentInstaller::Result::Repaired);
        QCOMPARE(readOnlyValue(db, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
        QCOMPARE(ContentInstaller::readInstalled(db).version, 3);
    }

    void unwritableFolderFailsClearly()
    {
        if (::geteuid() == 0) {
            QSKIP("root can write anywhere; the permission check cannot fail");
        }
        QTemporaryDir data;
        QFile::setPermissions(data.path(), QFile::ReadOwner | QFile::ExeOwner);
        ContentInstaller installer(bundled(3), bundled(3) + QStringLiteral(".stamp"));
        QCOMPARE(installer.install(data.path()), ContentInstaller::Result::Failed);
        QVERIFY(installer.errorString().contains(QStringLiteral("content")));
        QFile::setPermissions(data.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
};

QTEST_GUILESS_MAIN(TestContentInstaller)
#include "tst_contentinstaller.moc"

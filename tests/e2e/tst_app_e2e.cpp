// SPDX-License-Identifier: GPL-3.0-or-later
// The real app binary: first start installs the bundled content, pages load, screenshots render,
// bad arguments and damaged files give clear messages.
#include "contentinstaller.h"
#include "localtileserver.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

class TestAppEndToEnd : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run run(const QStringList &args)
    {
        QProcess p;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(WELCOME_BIN_DIR "/welcome"), args);
        if (!p.waitForFinished(180000)) {
            p.kill();
            p.waitForFinished();
        }
        return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
    }

    // Like run(), but the test's own event loop keeps running (a local server in this process answers the app).
    static Run runWithEvents(const QStringList &args)
    {
        QProcess p;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        QSignalSpy finished(&p, &QProcess::finished);
        p.start(QStringLiteral(WELCOME_BIN_DIR "/welcome"), args);
        if (!finished.wait(180000)) {
            p.kill();
            p.waitForFinished();
        }
        return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
    }

    static int distinctColours(const QImage &image)
    {
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 4) {
            for (int x = 0; x < image.width(); x += 4) {
                colours.insert(image.pixel(x, y));
            }
        }
        return int(colours.size());
    }

    // The version the app carries, as the content tool wrote it into the bundled stamp.
    static qint64 bundledVersion()
    {
        QFile site(QStringLiteral(WELCOME_SOURCE_DIR "/content/bern/site.yaml"));
        if (!site.open(QIODevice::ReadOnly)) {
            return -1;
        }
        while (!site.atEnd()) {
            const auto line = QString::fromUtf8(site.readLine()).trimmed();
            if (line.startsWith(QLatin1String("version:"))) {
                return line.mid(8).trimmed().toLongLong();
            }
        }
        return -1;
    }

private Q_SLOTS:
    void freshDataDirGetsBundledContent()
    {
        QTemporaryDir data;
        QVERIFY(!QFile::exists(data.filePath(QStringLiteral("content.db"))));
        const auto r = run({ QStringLiteral("--self-test"), QStringLiteral("--data-dir"), data.path() });
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QStringLiteral(" 0 failed, 0 warnings")));
        const auto installed = ContentInstaller::readInstalled(data.filePath(QStringLiteral("content.db")));
        QCOMPARE(installed.version, bundledVersion());
        QCOMPARE(installed.origin, QStringLiteral("build"));
        QVERIFY(QFile::exists(data.filePath(QStringLiteral("user.db"))));
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("e2e"));
            db.setDatabaseName(data.filePath(QStringLiteral("content.db")));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT count(DISTINCT slug) FROM article_texts")) && q.next());
            QVERIFY(q.value(0).toInt() >= 30);
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM topics")) && q.next());
            QVERIFY(q.value(0).toInt() >= 12);
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("e2e"));
    }

    void olderInstalledContentIsUpgraded()
    {
        QTemporaryDir data;
        QVERIFY(run({ QStringLiteral("--self-test"), QStringLiteral("--data-dir"), data.path() }).exitCode == 0);
        const auto path = data.filePath(QStringLiteral("content.db"));
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("UPDATE meta SET value = '0' WHERE key = 'version'")));
            QVERIFY(q.exec(QStringLiteral("DELETE FROM article_texts")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
        QCOMPARE(ContentInstaller::readInstalled(path).version, 0);
        const auto r = run({ QStringLiteral("--self-test"), QStringLiteral("--data-dir"), data.path() });
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(ContentInstaller::readInstalled(path).version, bundledVersion());
    }

    void rightToLeftLanguageLoadsEveryPage()
    {
        QTemporaryDir data;
        const auto r = run({ QStringLiteral("--self-test"), QStringLiteral("--lang"), QStringLiteral("fa"),
            QStringLiteral("--data-dir"), data.path() });
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QStringLiteral("in 'fa'")));
    }

    void screenshotHasTheRequestedSize()
    {
        QTemporaryDir data;
        const auto png = data.filePath(QStringLiteral("shot.png"));
        const auto r = run({ QStringLiteral("--data-dir"), data.path(), QStringLiteral("--lang"), QStringLiteral("de"),
            QStringLiteral("--page"), QStringLiteral("article:registration"), QStringLiteral("--screenshot"), png,
            QStringLiteral("--size"), QStringLiteral("360x640") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QStringLiteral("of article:registration in de")));
        const QImage image(png);
        QCOMPARE(image.size(), QSize(360, 640));
        // Not a blank frame: a page with text has many distinct colours.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 4) {
            for (int x = 0; x < image.width(); x += 4) {
                colours.insert(image.pixel(x, y));
            }
        }
        QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
    }

    void badArgumentsAreExplained()
    {
        const auto r = run({ QStringLiteral("--page"), QStringLiteral("nowhere") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("Unknown page 'nowhere'")));
    }

    void damagedUserDataIsKeptAsideAndTheAppStarts()
    {
        QTemporaryDir data;
        QFile user(data.filePath(QStringLiteral("user.db")));
        QVERIFY(user.open(QIODevice::WriteOnly));
        user.write(QByteArray(4096, '\x01'));
        user.close();
        const auto r = run({ QStringLiteral("--self-test"), QStringLiteral("--data-dir"), data.path() });
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(r.err.contains(QStringLiteral("was damaged")));
        const auto backups = QDir(data.path()).entryList({ QStringLiteral("user.db.damaged-*") });
        QCOMPARE(backups.size(), 1);
        QCOMPARE(QFileInfo(data.filePath(backups.first())).size(), 4096);
    }

    void importsPersonalDataAndRefusesGarbage()
    {
        QTemporaryDir data;
        const auto r = run({ QStringLiteral("--self-test"), QStringLiteral("--data-dir"), data.path(),
            QStringLiteral("--import"), QStringLiteral(WELCOME_FIXTURES "/personal-data/family.json") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("import"));
            db.setDatabaseName(data.filePath(QStringLiteral("user.db")));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT note FROM step_state WHERE step = 'registration'")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("Termin am 12.11., 9:30 Uhr"));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("import"));
        const auto before = QFileInfo(data.filePath(QStringLiteral("user.db"))).lastModified();
        QFile junk(data.filePath(QStringLiteral("junk.json")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("[1, 2, 3]");
        junk.close();
        const auto bad = run({ QStringLiteral("--self-test"), QStringLiteral("--data-dir"), data.path(),
            QStringLiteral("--import"), junk.fileName() });
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(QStringLiteral("import failed, nothing was changed")), qPrintable(bad.err));
        Q_UNUSED(before)
    }

    void checklistPagesRender_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("page");
        for (const char *lang : { "de", "ar" }) {
            for (const char *page :
                { "onboarding", "checklist", "step:household/registration", "counter:household/registration" }) {
                QTest::addRow("%s %s", lang, page) << QString::fromLatin1(lang) << QString::fromLatin1(page);
            }
        }
    }
    void checklistPagesRender()
    {
        QFETCH(QString, lang);
        QFETCH(QString, page);
        QTemporaryDir data;
        const auto png = data.filePath(QStringLiteral("shot.png"));
        const auto r = run({ QStringLiteral("--data-dir"), data.path(), QStringLiteral("--import"),
            QStringLiteral(WELCOME_FIXTURES "/personal-data/family.json"), QStringLiteral("--lang"), lang,
            QStringLiteral("--page"), page, QStringLiteral("--screenshot"), png, QStringLiteral("--size"),
            QStringLiteral("390x844") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("of %1 in %2").arg(page, lang)), qPrintable(r.out));
        const QImage image(png);
        QCOMPARE(image.size(), QSize(390, 844));
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 4) {
            for (int x = 0; x < image.width(); x += 4) {
                colours.insert(image.pixel(x, y));
            }
        }
        QVERIFY2(colours.size() > 20, "a page with text, not a blank frame");
    }

    void placesPagesRender_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("page");
        for (const char *lang : { "de", "ar" }) {
            for (const char *page : { "places", "offer:emf-bern", "map", "location" }) {
                QTest::addRow("%s %s", lang, page) << QString::fromLatin1(lang) << QString::fromLatin1(page);
            }
        }
    }
    void placesPagesRender()
    {
        QFETCH(QString, lang);
        QFETCH(QString, page);
        QTemporaryDir data;
        const auto png = data.filePath(QStringLiteral("shot.png"));
        const auto r
            = run({ QStringLiteral("--data-dir"), data.path(), QStringLiteral("--lang"), lang, QStringLiteral("--page"),
                page, QStringLiteral("--screenshot"), png, QStringLiteral("--size"), QStringLiteral("390x844") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("of %1 in %2").arg(page, lang)), qPrintable(r.out));
        const QImage image(png);
        QCOMPARE(image.size(), QSize(390, 844));
        QVERIFY2(distinctColours(image) > 20, "a page with text, not a blank frame");
        // Automated runs download no tiles unless told where from: no cache was written.
        QVERIFY(!QFileInfo::exists(data.filePath(QStringLiteral("cache/tiles"))));
    }

    void mapDrawsTilesFromALocalServer()
    {
        QTemporaryDir data;
        LocalTileServer server;
        server.colour = QColor(0x12, 0x9a, 0x3c);
        QVERIFY(server.server.isListening());
        const auto png = data.filePath(QStringLiteral("map.png"));
        const auto r
            = runWithEvents({ QStringLiteral("--data-dir"), data.path(), QStringLiteral("--lang"), QStringLiteral("de"),
                QStringLiteral("--page"), QStringLiteral("map"), QStringLiteral("--tile-url"), server.urlTemplate(),
                QStringLiteral("--screenshot"), png, QStringLiteral("--size"), QStringLiteral("390x844") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(!server.paths.isEmpty());
        QVERIFY2(server.maxInFlight <= 2, qPrintable(QString::number(server.maxInFlight)));
        for (const auto &agent : std::as_const(server.userAgents)) {
            QVERIFY2(agent.startsWith(QLatin1String("Welcome/"))
                    && agent.endsWith(QLatin1String(" (offline newcomer guide)")),
                qPrintable(agent));
        }
        QCOMPARE(server.userAgents.size(), server.paths.size());
        // Every tile asked for is around Bern's centre (the map frames it and the nearest offers), and landed in
        // the cache.
        const QRegularExpression path(QStringLiteral("^/(\\d+)/(\\d+)/(\\d+)\\.png$"));
        for (const auto &p : std::as_const(server.paths)) {
            const auto m = path.match(p);
            QVERIFY2(m.hasMatch(), qPrintable(p));
            const int z = m.captured(1).toInt();
            QVERIFY2(z >= 12 && z <= 16, qPrintable(p));
            const double n = std::ldexp(1.0, z);
            const double x = (7.4475 + 180) / 360 * n;
            const double y = (1 - std::asinh(std::tan(46.94806 * M_PI / 180)) / M_PI) / 2 * n;
            QVERIFY2(qAbs(m.captured(2).toInt() - x) <= 4 && qAbs(m.captured(3).toInt() - y) <= 5, qPrintable(p));
        }
        QDirIterator cached(data.filePath(QStringLiteral("cache/tiles")), { QStringLiteral("*") }, QDir::Files,
            QDirIterator::Subdirectories);
        int files = 0;
        while (cached.hasNext()) {
            cached.next();
            ++files;
        }
        QCOMPARE(files, server.paths.size());
        // The tiles are drawn: a good part of the screenshot has the tile colour.
        const QImage image(png);
        int tilePixels = 0;
        for (int y = 0; y < image.height(); y += 4) {
            for (int x = 0; x < image.width(); x += 4) {
                tilePixels += image.pixelColor(x, y) == server.colour ? 1 : 0;
            }
        }
        QVERIFY2(tilePixels > (image.width() / 4) * (image.height() / 4) / 5, qPrintable(QString::number(tilePixels)));
    }

    void damagedContentIsReinstalled()
    {
        QTemporaryDir data;
        QFile content(data.filePath(QStringLiteral("content.db")));
        QVERIFY(content.open(QIODevice::WriteOnly));
        content.write("garbage");
        content.close();
        const auto r = run({ QStringLiteral("--self-test"), QStringLiteral("--data-dir"), data.path() });
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(ContentInstaller::readInstalled(content.fileName()).version, bundledVersion());
    }
};

QTEST_GUILESS_MAIN(TestAppEndToEnd)
#include "tst_app_e2e.moc"

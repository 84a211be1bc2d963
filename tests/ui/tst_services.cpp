// SPDX-License-Identifier: GPL-3.0-or-later
// The app's object graph as main() builds it: options from the command line and the environment, one network
// manager for content updates and map tiles, one switch for automated runs.
#include "appcontroller.h"
#include "checklistcontroller.h"
#include "contentstore.h"
#include "qmlregistration.h"
#include "services.h"
#include "synccontroller.h"
#include "testcontent.h"
#include "tilestore.h"

#include "localfileserver.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcessEnvironment>
#include <QQmlEngine>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
std::optional<Services::Options> optionsFor(
    const QStringList &args, const QMap<QString, QString> &environment = {}, QString *error = nullptr)
{
    AppOptions command;
    QString parseError;
    if (!AppOptions::parse(QStringList { QStringLiteral("welcome") } + args, command, parseError)) {
        qWarning() << parseError;
        return std::nullopt;
    }
    QProcessEnvironment env;
    for (auto it = environment.cbegin(); it != environment.cend(); ++it) {
        env.insert(it.key(), it.value());
    }
    QString ignored;
    return Services::Options::from(command, env, error ? error : &ignored);
}
} // namespace

class TestServices : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_dataDir;

    // Services on the fixture content, as the Quick tests build them.
    Services::Options fixtureOptions() const
    {
        Services::Options options;
        options.dataDir = m_dataDir;
        options.language = QStringLiteral("de");
        options.automated = true;
        return options;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_dataDir = m_tmp.filePath(QStringLiteral("data"));
        QVERIFY(QDir().mkpath(m_dataDir));
        QVERIFY(buildFixture(QStringLiteral("content-good"), QDir(m_dataDir).filePath(QStringLiteral("content.db"))));
    }

    void automatedIsOneSwitch_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("automated");
        QTest::newRow("plain start") << QStringList {} << false;
        QTest::newRow("language") << QStringList { QStringLiteral("--lang"), QStringLiteral("ar") } << false;
        QTest::newRow("self-test") << QStringList { QStringLiteral("--self-test") } << true;
        QTest::newRow("screenshot") << QStringList { QStringLiteral("--screenshot"), QStringLiteral("a.png") } << true;
        QTest::newRow("page") << QStringList { QStringLiteral("--page"), QStringLiteral("guide") } << true;
        QTest::newRow("benchmark") << QStringList { QStringLiteral("--quit-on-first-frame") } << true;
    }
    void automatedIsOneSwitch()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, automated);
        const auto options = optionsFor(args);
        QVERIFY(options);
        QCOMPARE(options->automated, automated);
        QVERIFY(QDir::isAbsolutePath(options->dataDir));
        QVERIFY(!options->bundledDb.isEmpty());
    }

    void environment()
    {
        const auto plain = optionsFor({ QStringLiteral("--data-dir"), QStringLiteral("relative/dir") });
        QVERIFY(plain);
        QVERIFY(!plain->today.isValid());
        QVERIFY(plain->updateUrl.isEmpty());
        QCOMPARE(plain->syncTimeoutMs, 0);
        QCOMPARE(plain->dataDir, QDir(QStringLiteral("relative/dir")).absolutePath());

        const auto set = optionsFor({},
            { { QStringLiteral("WELCOME_TODAY"), QStringLiteral("2026-03-10") },
                { QStringLiteral("WELCOME_UPDATE_URL"), QStringLiteral("http://127.0.0.1:8080/") },
                { QStringLiteral("WELCOME_SYNC_TIMEOUT_MS"), QStringLiteral("1500") } });
        QVERIFY(set);
        QCOMPARE(set->today, QDate(2026, 3, 10));
        QCOMPARE(set->updateUrl, QStringLiteral("http://127.0.0.1:8080/"));
        QCOMPARE(set->syncTimeoutMs, 1500);
    }

    void badEnvironmentIsSaid_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::newRow("today not a date") << "WELCOME_TODAY"
                                          << "tomorrow";
        QTest::newRow("today not a day") << "WELCOME_TODAY"
                                         << "2026-02-30";
        QTest::newRow("update not http") << "WELCOME_UPDATE_URL"
                                         << "ftp://example.org/";
        QTest::newRow("timeout not a number") << "WELCOME_SYNC_TIMEOUT_MS"
                                              << "soon";
        QTest::newRow("timeout zero") << "WELCOME_SYNC_TIMEOUT_MS"
                                      << "0";
    }
    void badEnvironmentIsSaid()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        QString error;
        QVERIFY(!optionsFor({}, { { name, value } }, &error));
        QVERIFY2(error.startsWith(name), qPrintable(error));
    }

    void buildsTheGraph()
    {
        auto options = fixtureOptions();
        options.language = QStringLiteral("fr");
        options.today = QDate(2026, 3, 10);
        QQmlEngine engine;
        {
            Services services(options);
            QVERIFY(services.fatalError().isEmpty());
            QVERIFY(services.content()->isOpen());
            QCOMPARE(services.app()->language(), QStringLiteral("fr"));
            QVERIFY(services.app()->notice().isEmpty());
            QCOMPARE(services.checklist()->today(), QDate(2026, 3, 10));
            // Automated: no first-run questions.
            QVERIFY(!services.app()->showFirstRun());
            services.expose(&engine);
            QCOMPARE(AppControllerForeign::instance, services.app());
            QCOMPARE(TileStoreForeign::instance, services.tiles());
        }
        // Gone with the services: QML cannot reach them any more.
        QCOMPARE(AppControllerForeign::instance, nullptr);
        QCOMPARE(ContentStoreForeign::instance, nullptr);
        QCOMPARE(SyncControllerForeign::instance, nullptr);
    }

    void failedImportStopsStartUp()
    {
        auto options = fixtureOptions();
        options.importFile = m_tmp.filePath(QStringLiteral("no-such-backup.json"));
        Services services(options);
        QVERIFY2(services.fatalError().startsWith(QStringLiteral("import failed, nothing was changed")),
            qPrintable(services.fatalError()));
        // Nothing after the import was started.
        QCOMPARE(services.sync(), nullptr);
        QCOMPARE(services.automation(), nullptr);
    }

    // Content updates and map tiles go through the one network manager.
    void oneNetworkManager()
    {
        QTemporaryDir served;
        LocalFileServer server(served.path());
        auto options = fixtureOptions();
        options.updateUrl = server.url();
        // Automated runs download tiles only from a server named on the command line.
        options.tileUrl = server.url() + QStringLiteral("tiles/{z}/{x}/{y}.png");
        Services services(options);
        // The replies are gone soon after: their paths are kept as they finish.
        QStringList paths;
        connect(services.network(), &QNetworkAccessManager::finished, this,
            [&paths](QNetworkReply *reply) { paths.push_back(reply->url().path()); });

        QSignalSpy synced(services.sync(), &SyncController::finished);
        services.sync()->syncNow();
        QVERIFY(synced.wait());
        QVERIFY(services.sync()->findChildren<QNetworkAccessManager *>().isEmpty());
        QCOMPARE(paths, QStringList { QStringLiteral("/testville/manifest.json") });

        services.tiles()->locate({ 1, 0, 0 });
        QTRY_VERIFY(paths.contains(QStringLiteral("/tiles/1/0/0.png")));
        QCOMPARE(server.requests(), 2);
    }

    // WELCOME_SYNC_TIMEOUT_MS reaches the download: a stalled server is given up after it, not after 20 s.
    void syncTimeoutReachesTheDownload()
    {
        QTemporaryDir served;
        QVERIFY(QDir(served.path()).mkpath(QStringLiteral("testville")));
        QFile manifest(QDir(served.path()).filePath(QStringLiteral("testville/manifest.json")));
        QVERIFY(manifest.open(QIODevice::WriteOnly));
        manifest.write(QByteArray(1000, '{'));
        manifest.close();
        LocalFileServer server(served.path());
        server.setFault(LocalFileServer::Fault::Stall, QStringLiteral("manifest"));
        auto options = fixtureOptions();
        options.updateUrl = server.url();
        options.syncTimeoutMs = 300;
        Services services(options);
        QSignalSpy synced(services.sync(), &SyncController::finished);
        services.sync()->syncNow();
        QVERIFY(synced.wait(SyncJob::defaultTimeoutMs / 2));
        QCOMPARE(synced.constFirst().at(0).value<SyncJob::Outcome>(), SyncJob::Outcome::Failed);
        QCOMPARE(server.requests(), 1);
    }
};

QTEST_MAIN(TestServices)
#include "tst_services.moc"

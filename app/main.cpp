// SPDX-License-Identifier: GPL-3.0-or-later
// Builds the object graph and hands over to QML; nothing else.
#include "appcontroller.h"
#include "appoptions.h"
#include "automation.h"
#include "checklistcontroller.h"
#include "contentinstaller.h"
#include "contentstore.h"
#include "mbtilesimageprovider.h"
#include "positionprovider.h"
#include "qmlregistration.h"
#include "synccommand.h"
#include "synccontroller.h"
#include "tilestore.h"
#include "userstore.h"

#include <QDate>
#include <QDebug>
#include <QDir>
#include <QGuiApplication>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTextStream>

#include <memory>

Q_IMPORT_QML_PLUGIN(WelcomePlugin)

namespace {
const auto bundledDb = QStringLiteral(":/content/content.db");
const auto bundledStamp = QStringLiteral(":/content/content.stamp");

QString dataDirOf(const AppOptions &options)
{
    return options.dataDir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                     : QDir(options.dataDir).absolutePath();
}

// Names the settings and data folders and the User-Agent use; the same with or without a window.
void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Welcome"));
    QCoreApplication::setApplicationName(QStringLiteral("welcome"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WELCOME_VERSION));
}

// --sync runs without a window, so it needs no display or GUI platform.
int runHeadless(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    setIdentity();
    AppOptions options;
    QString error;
    if (!AppOptions::parse(QCoreApplication::arguments(), options, error)) {
        QTextStream(stderr) << error << '\n';
        return 2;
    }
    const auto dataDir = dataDirOf(options);
    QDir().mkpath(dataDir);
    return SyncCommand::run(options, dataDir, bundledDb, bundledStamp);
}
} // namespace

int main(int argc, char *argv[])
{
    if (AppOptions::isHeadless(argc, argv)) {
        return runHeadless(argc, argv);
    }
    QGuiApplication application(argc, argv);
    setIdentity();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Welcome"));

    AppOptions options;
    QString error;
    if (!AppOptions::parse(QGuiApplication::arguments(), options, error)) {
        QTextStream(stderr) << error << '\n';
        return options.selfTest ? 1 : 2;
    }
    const auto dataDir = dataDirOf(options);
    QDir().mkpath(dataDir);

    // Problems are recorded now and worded later, in the language the user reads (AppController::notice); stderr
    // gets the technical message in English.
    struct Problem
    {
        AppController::Problem kind;
        QString detail;
        QString log;
    };
    QList<Problem> problems;
    // Before the read-only open below: an update interrupted at its commit is rolled back, and damaged content is
    // replaced by the bundled copy.
    ContentInstaller installer(bundledDb, bundledStamp);
    switch (installer.install(dataDir)) {
    case ContentInstaller::Result::Failed:
        problems.push_back(
            { AppController::Problem::ContentNotInstalled, installer.errorString(), installer.errorString() });
        break;
    case ContentInstaller::Result::Repaired:
        problems.push_back({ AppController::Problem::ContentRepaired, {},
            QStringLiteral("the installed content was damaged and was restored from the app's own copy") });
        break;
    case ContentInstaller::Result::Installed:
    case ContentInstaller::Result::UpToDate:
    case ContentInstaller::Result::Busy: // a sync in another process is writing it; it is read as it is
        break;
    }
    ContentStore content;
    if (!content.open(QDir(dataDir).filePath(QStringLiteral("content.db")))) {
        problems.push_back({ AppController::Problem::ContentUnreadable, content.errorString(), content.errorString() });
    }
    UserStore user;
    switch (user.open(QDir(dataDir).filePath(QStringLiteral("user.db")))) {
    case UserStore::OpenResult::Opened:
        break;
    case UserStore::OpenResult::Recovered:
        problems.push_back({ AppController::Problem::PersonalDataRecovered, user.backupPath(), user.errorString() });
        break;
    case UserStore::OpenResult::Refused:
        problems.push_back({ AppController::Problem::PersonalDataRefused, {}, user.errorString() });
        break;
    case UserStore::OpenResult::Failed:
        problems.push_back({ AppController::Problem::PersonalDataFailed, user.errorString(), user.errorString() });
        break;
    }

    AppController app(&content, &user, dataDir);
    app.applyLanguage(options.language.isEmpty() ? app.initialLanguage() : options.language,
        /*persist=*/false);
    for (const auto &p : std::as_const(problems)) {
        app.addProblem(p.kind, p.detail);
        QTextStream(stderr) << "welcome: " << p.log << '\n';
    }

    ChecklistController checklist(&content, &user, &app);
    if (!options.importFile.isEmpty()) {
        if (const auto error = checklist.importData(options.importFile); !error.isEmpty()) {
            QTextStream(stderr) << "welcome: import failed, nothing was changed: " << error << '\n';
            return 1;
        }
    }
    // Screenshots and tests of due-soon and overdue states need a fixed "today".
    if (const auto today = QDate::fromString(qEnvironmentVariable("WELCOME_TODAY"), Qt::ISODate); today.isValid()) {
        checklist.setToday(today);
    }

    SyncController sync(&content, dataDir);
    sync.setRepairSource(bundledDb, bundledStamp);
    // Self-tests, screenshots and benchmarks show what is installed and must not touch the network.
    sync.setAutomatic(!options.selfTest && options.screenshot.isEmpty() && !options.quitOnFirstFrame);
    const bool automated
        = options.selfTest || !options.screenshot.isEmpty() || !options.page.isEmpty() || options.quitOnFirstFrame;
    // Automated runs never reach the internet: no tile downloads unless --tile-url names a (local) server,
    // and no platform positioning (its permission prompts and D-Bus warnings are not part of a page).
    TileStore tiles(&content, dataDir);
    tiles.setServerOverride(options.tileUrl);
    tiles.setNetworkAllowed(!automated || !options.tileUrl.isEmpty());
    const auto centre = content.center();
    PositionProvider position(&user, centre.value(0).toDouble(), centre.value(1).toDouble());
    QObject::connect(&content, &ContentStore::contentChanged, &position,
        [&] { position.setCentre(content.center().value(0).toDouble(), content.center().value(1).toDouble()); });
    if (automated) {
        position.setSourceFactory(nullptr);
    } else {
        position.resume();
    }

    Automation automation(options, &app, &content);
    automation.setTileStore(&tiles);
    if (options.selfTest) {
        Automation::countWarnings();
    }

    QQuickStyle::setStyle(QStringLiteral("Material"));
    // A plain QQmlEngine, not QQmlApplicationEngine: that one adds a file selector which probes several
    // "+selector" folders in the resources for every QML file and image it loads (the app has none), and a
    // translator for the system locale (AppController installs the chosen language's).
    QQmlEngine engine;
    QObject::connect(&engine, &QQmlEngine::quit, &application, &QCoreApplication::quit, Qt::QueuedConnection);
    QObject::connect(&engine, &QQmlEngine::exit, &application, &QCoreApplication::exit, Qt::QueuedConnection);
    app.setEngine(&engine);
    ContentStoreForeign::instance = &content;
    AppControllerForeign::instance = &app;
    ChecklistControllerForeign::instance = &checklist;
    SyncControllerForeign::instance = &sync;
    PositionProviderForeign::instance = &position;
    TileStoreForeign::instance = &tiles;
    engine.addImageProvider(
        QStringLiteral("mbtiles"), new MbTilesImageProvider(QDir(dataDir).filePath(QStringLiteral("maps"))));
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    QQmlComponent component(&engine, QUrl(QStringLiteral("qrc:/qt/qml/Welcome/Main.qml")));
    const std::unique_ptr<QObject> root(component.create());
    for (const auto &e : component.errors()) {
        qWarning().noquote() << e.toString();
    }
    auto *window = qobject_cast<QQuickWindow *>(root.get());
    if (!window) {
        QTextStream(stderr) << "welcome: the user interface did not load\n";
        return 1;
    }
    automation.start(window);
    QObject::connect(window, &QQuickWindow::frameSwapped, &sync, &SyncController::appStarted, Qt::SingleShotConnection);
    return QGuiApplication::exec();
}

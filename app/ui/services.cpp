// SPDX-License-Identifier: GPL-3.0-or-later
#include "services.h"
#include "appcontroller.h"
#include "automation.h"
#include "checklistcontroller.h"
#include "contentinstaller.h"
#include "contentstore.h"
#include "mbtilesimageprovider.h"
#include "positionprovider.h"
#include "qmlregistration.h"
#include "synccontroller.h"
#include "tilestore.h"
#include "userstore.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>
#include <QQmlEngine>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTextStream>
#include <QUrl>

std::optional<Services::Options> Services::Options::from(
    const AppOptions &command, const QProcessEnvironment &environment, QString *error)
{
    Options o;
    o.command = command;
    o.dataDir = command.dataDir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                          : QDir(command.dataDir).absolutePath();
    o.bundledDb = QStringLiteral(":/content/content.db");
    o.bundledStamp = QStringLiteral(":/content/content.stamp");
    o.language = command.language;
    o.importFile = command.importFile;
    o.tileUrl = command.tileUrl;
    o.automated = command.selfTest || !command.screenshot.isEmpty() || command.page || command.quitOnFirstFrame;

    // Screenshots of due-soon and overdue checklist states need a fixed "today".
    if (const auto today = environment.value(QStringLiteral("WELCOME_TODAY")); !today.isEmpty()) {
        o.today = QDate::fromString(today, Qt::ISODate);
        if (!o.today.isValid()) {
            *error = QStringLiteral("WELCOME_TODAY wants a date as YYYY-MM-DD, not '%1'.").arg(today);
            return std::nullopt;
        }
    }
    // Development and tests: content updates from another server than the content names.
    o.updateUrl = environment.value(QStringLiteral("WELCOME_UPDATE_URL"));
    if (!o.updateUrl.isEmpty()) {
        const QUrl url(o.updateUrl);
        if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
            *error = QStringLiteral("WELCOME_UPDATE_URL wants an http:// or https:// URL.");
            return std::nullopt;
        }
    }
    // Tests of stalled downloads and slow syncs give up sooner than a slow mobile link may.
    const auto milliseconds = [&](const QString &name, int &out) {
        if (const auto value = environment.value(name); !value.isEmpty()) {
            bool ok = false;
            out = value.toInt(&ok);
            if (!ok || out <= 0) {
                *error = QStringLiteral("%1 wants a number of milliseconds.").arg(name);
                return false;
            }
        }
        return true;
    };
    if (!milliseconds(QStringLiteral("WELCOME_SYNC_TIMEOUT_MS"), o.syncTimeoutMs)
        || !milliseconds(QStringLiteral("WELCOME_SYNC_DEADLINE_MS"), o.syncDeadlineMs)) {
        return std::nullopt;
    }
    return o;
}

Services::Services(Options options)
    : m_options(std::move(options))
{
    const QDir dataDir(m_options.dataDir);
    QDir().mkpath(m_options.dataDir);

    // Problems are recorded now and worded later, in the language the user reads (AppController::notice); stderr
    // gets the technical message in English.
    struct Problem
    {
        AppController::Problem kind;
        QString detail;
        QString log;
    };
    QList<Problem> problems;

    // 1. The bundled content, installed or updated.
    if (!m_options.bundledDb.isEmpty()) {
        // Before the read-only open below: an update interrupted at its commit is rolled back, and damaged content
        // is replaced by the bundled copy.
        ContentInstaller installer(m_options.bundledDb, m_options.bundledStamp);
        switch (installer.install(m_options.dataDir)) {
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
    }

    // 2. The content store.
    m_content = std::make_unique<ContentStore>();
    if (!m_content->open(dataDir.filePath(QStringLiteral("content.db")))) {
        problems.push_back(
            { AppController::Problem::ContentUnreadable, m_content->errorString(), m_content->errorString() });
    }

    // 3. The user store.
    m_user = std::make_unique<UserStore>();
    switch (m_user->open(dataDir.filePath(QStringLiteral("user.db")))) {
    case UserStore::OpenResult::Opened:
        break;
    case UserStore::OpenResult::Recovered:
        problems.push_back(
            { AppController::Problem::PersonalDataRecovered, m_user->backupPath(), m_user->errorString() });
        break;
    case UserStore::OpenResult::Refused:
        problems.push_back({ AppController::Problem::PersonalDataRefused, {}, m_user->errorString() });
        break;
    case UserStore::OpenResult::Failed:
        problems.push_back(
            { AppController::Problem::PersonalDataFailed, m_user->errorString(), m_user->errorString() });
        break;
    }

    // 4. The app's state: the language, and the problems above in it.
    m_app = std::make_unique<AppController>(m_content.get(), m_user.get(), m_options.dataDir);
    m_app->applyLanguage(m_options.language.isEmpty() ? m_app->initialLanguage() : m_options.language,
        /*persist=*/false);
    for (const auto &p : std::as_const(problems)) {
        m_app->addProblem(p.kind, p.detail);
        QTextStream(stderr) << "welcome: " << p.log << '\n';
    }
    // Screenshots, self-tests and benchmarks show what they ask for, not the first-run questions.
    m_app->setAutomated(m_options.automated);

    // 5. The checklist, after an --import replaced the personal data it reads.
    m_checklist = std::make_unique<ChecklistController>(m_content.get(), m_user.get(), m_app.get());
    if (!m_options.importFile.isEmpty()) {
        if (const auto error = m_checklist->importData(m_options.importFile); !error.isEmpty()) {
            m_fatal = QStringLiteral("import failed, nothing was changed: ") + error;
            return;
        }
    }
    if (m_options.today.isValid()) {
        m_checklist->setToday(m_options.today);
    }

    // 6. Content updates, through the one network manager.
    const auto network = [this] { return this->network(); };
    m_sync = std::make_unique<SyncController>(m_content.get(), m_options.dataDir);
    m_sync->setNetworkAccessManager(network);
    if (!m_options.updateUrl.isEmpty()) {
        m_sync->setUpdateUrl(m_options.updateUrl);
    }
    m_sync->setTransferTimeout(m_options.syncTimeoutMs);
    m_sync->setSyncDeadline(m_options.syncDeadlineMs);
    if (!m_options.bundledDb.isEmpty()) {
        m_sync->setRepairSource(m_options.bundledDb, m_options.bundledStamp);
    }
    // Automated runs show what is installed and never touch the network.
    m_sync->setAutomatic(!m_options.automated);

    // 7. Map tiles: no downloads in automated runs unless --tile-url names a (local) server.
    m_tiles = std::make_unique<TileStore>(m_content.get(), m_options.dataDir);
    m_tiles->setNetworkAccessManager(network);
    m_tiles->setServerOverride(m_options.tileUrl);
    m_tiles->setNetworkAllowed(!m_options.automated || !m_options.tileUrl.isEmpty());

    // 8. The position: no platform positioning in automated runs (its permission prompts and D-Bus warnings are
    // not part of a page).
    const auto centre = m_content->center();
    m_position
        = std::make_unique<PositionProvider>(m_user.get(), centre.value(0).toDouble(), centre.value(1).toDouble());
    QObject::connect(m_content.get(), &ContentStore::contentChanged, m_position.get(), [this] {
        const auto c = m_content->center();
        m_position->setCentre(c.value(0).toDouble(), c.value(1).toDouble());
    });
    if (m_options.automated) {
        m_position->setSourceFactory(nullptr);
    } else {
        m_position->resume();
    }

    // 9. What the command line asks of the running app.
    m_automation = std::make_unique<Automation>(m_options.command, m_app.get(), m_content.get());
    m_automation->setTileStore(m_tiles.get());
    if (m_options.command.selfTest) {
        Automation::countWarnings();
    }
}

Services::~Services()
{
    // QML may be gone before or after this; either way it must not find these any more.
    const auto forget = [](auto *&instance, auto *ours) {
        if (instance == ours) {
            instance = nullptr;
        }
    };
    forget(ContentStoreForeign::instance, m_content.get());
    forget(AppControllerForeign::instance, m_app.get());
    forget(ChecklistControllerForeign::instance, m_checklist.get());
    forget(SyncControllerForeign::instance, m_sync.get());
    forget(PositionProviderForeign::instance, m_position.get());
    forget(TileStoreForeign::instance, m_tiles.get());
}

QNetworkAccessManager *Services::network()
{
    if (!m_network) {
        m_network = std::make_unique<QNetworkAccessManager>();
    }
    return m_network.get();
}

void Services::expose(QQmlEngine *engine)
{
    m_app->setEngine(engine);
    ContentStoreForeign::instance = m_content.get();
    AppControllerForeign::instance = m_app.get();
    ChecklistControllerForeign::instance = m_checklist.get();
    SyncControllerForeign::instance = m_sync.get();
    PositionProviderForeign::instance = m_position.get();
    TileStoreForeign::instance = m_tiles.get();
    engine->addImageProvider(
        QStringLiteral("mbtiles"), new MbTilesImageProvider(QDir(m_options.dataDir).filePath(QStringLiteral("maps"))));
}

void Services::start(QQuickWindow *window)
{
    m_automation->start(window);
    QObject::connect(
        window, &QQuickWindow::frameSwapped, m_sync.get(), &SyncController::appStarted, Qt::SingleShotConnection);
}

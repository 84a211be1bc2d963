// SPDX-License-Identifier: GPL-3.0-or-later
// Qt Quick Test runner: the real QML module with services built on a fixture content database.
#include "appcontroller.h"
#include "contentstore.h"
#include "qmlregistration.h"
#include "testcontent.h"
#include "userstore.h"

#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QTemporaryDir>
#include <QtQuickTest>

#include <memory>

Q_IMPORT_QML_PLUGIN(WelcomePlugin)

class Setup : public QObject
{
    Q_OBJECT
public Q_SLOTS:
    void applicationAvailable() { QQuickStyle::setStyle(QStringLiteral("Material")); }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        const auto db = m_dir.filePath(QStringLiteral("content.db"));
        if (!buildFixture(QStringLiteral("content-good"), db) || !m_content.open(db)) {
            qFatal("cannot build the fixture content");
        }
        m_user.open(m_dir.filePath(QStringLiteral("user.db")));
        // The first-run questions have their own test; the others start at Home.
        m_user.setSetting(QStringLiteral("onboarding_done"), QStringLiteral("1"));
        m_app = std::make_unique<AppController>(&m_content, &m_user, m_dir.path());
        m_app->applyLanguage(QStringLiteral("de"), false);
        m_app->setEngine(engine);
        m_checklist = std::make_unique<ChecklistController>(&m_content, &m_user, m_app.get());
        m_checklist->setToday(QDate(2026, 3, 10));
        ContentStoreForeign::instance = &m_content;
        AppControllerForeign::instance = m_app.get();
        ChecklistControllerForeign::instance = m_checklist.get();
        // No update server in the fixture: pages show the no-sync state and nothing touches the network.
        m_sync = std::make_unique<SyncController>(&m_content, m_dir.path());
        m_sync->setAutomatic(false);
        SyncControllerForeign::instance = m_sync.get();
        // No platform positioning and no tile downloads in tests.
        m_position = std::make_unique<PositionProvider>(&m_user, 46.948, 7.4475);
        m_position->setSourceFactory(nullptr);
        m_tiles = std::make_unique<TileStore>(&m_content, m_dir.path());
        m_tiles->setNetworkAllowed(false);
        PositionProviderForeign::instance = m_position.get();
        TileStoreForeign::instance = m_tiles.get();
    }

    void cleanupTestCase()
    {
        ContentStoreForeign::instance = nullptr;
        AppControllerForeign::instance = nullptr;
        ChecklistControllerForeign::instance = nullptr;
        SyncControllerForeign::instance = nullptr;
        m_sync.reset();
        PositionProviderForeign::instance = nullptr;
        TileStoreForeign::instance = nullptr;
        m_tiles.reset();
        m_position.reset();
        m_checklist.reset();
        m_app.reset();
    }

private:
    QTemporaryDir m_dir;
    ContentStore m_content;
    UserStore m_user;
    std::unique_ptr<AppController> m_app;
    std::unique_ptr<ChecklistController> m_checklist;
    std::unique_ptr<SyncController> m_sync;
    std::unique_ptr<PositionProvider> m_position;
    std::unique_ptr<TileStore> m_tiles;
};

QUICK_TEST_MAIN_WITH_SETUP(welcome, Setup)
#include "tst_qml.moc"

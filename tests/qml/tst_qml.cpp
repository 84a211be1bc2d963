// SPDX-License-Identifier: GPL-3.0-or-later
// Qt Quick Test runner: the real QML module on the app's own services, built on a fixture content database.
#include "contentstore.h"
#include "services.h"
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

    // Once per test file: each gets its own engine and fresh services on the same data folder.
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        if (!m_fixtureBuilt
            && !buildFixture(QStringLiteral("content-good"), m_dir.filePath(QStringLiteral("content.db")))) {
            qFatal("cannot build the fixture content");
        }
        m_fixtureBuilt = true;
        m_services.reset();
        Services::Options options;
        options.dataDir = m_dir.path();
        options.language = QStringLiteral("de");
        // No update server, no tile downloads, no platform positioning: nothing touches the network.
        options.automated = true;
        options.today = QDate(2026, 3, 10);
        m_services = std::make_unique<Services>(options);
        if (!m_services->content()->isOpen()) {
            qFatal("cannot open the fixture content");
        }
        // The first-run questions have their own test; the others start at Home.
        m_services->user()->setSetting(QStringLiteral("onboarding_done"), QStringLiteral("1"));
        m_services->expose(engine);
    }

    void cleanupTestCase() { m_services.reset(); }

private:
    QTemporaryDir m_dir;
    bool m_fixtureBuilt = false;
    std::unique_ptr<Services> m_services;
};

QUICK_TEST_MAIN_WITH_SETUP(welcome, Setup)
#include "tst_qml.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// Reads the command line, builds the services, loads the QML and runs; nothing else.
#include "appoptions.h"
#include "services.h"
#include "synccommand.h"

#include <QDebug>
#include <QDir>
#include <QGuiApplication>
#include <QProcessEnvironment>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTextStream>

#include <memory>

Q_IMPORT_QML_PLUGIN(WelcomePlugin)

namespace {
// Names the settings and data folders and the User-Agent use; the same with or without a window.
void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Welcome"));
    QCoreApplication::setApplicationName(QStringLiteral("welcome"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WELCOME_VERSION));
}

// The command line and the environment, read once; nothing on a bad value, and the reason on stderr.
std::optional<Services::Options> readOptions(const QStringList &arguments, int *status)
{
    AppOptions command;
    QString error;
    if (!AppOptions::parse(arguments, command, error)) {
        QTextStream(stderr) << error << '\n';
        *status = command.selfTest ? 1 : 2;
        return std::nullopt;
    }
    auto options = Services::Options::from(command, QProcessEnvironment::systemEnvironment(), &error);
    if (!options) {
        QTextStream(stderr) << "welcome: " << error << '\n';
        *status = 2;
    }
    return options;
}

// --sync runs without a window, so it needs no display or GUI platform.
int runHeadless(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    setIdentity();
    int status = 0;
    const auto options = readOptions(QCoreApplication::arguments(), &status);
    if (!options) {
        return status;
    }
    QDir().mkpath(options->dataDir);
    return SyncCommand::run(options->command, options->dataDir, options->bundledDb, options->bundledStamp,
        options->syncTimeoutMs, options->syncDeadlineMs);
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

    int status = 0;
    const auto options = readOptions(QGuiApplication::arguments(), &status);
    if (!options) {
        return status;
    }
    Services services(*options);
    if (!services.fatalError().isEmpty()) {
        QTextStream(stderr) << "welcome: " << services.fatalError() << '\n';
        return 1;
    }

    QQuickStyle::setStyle(QStringLiteral("Material"));
    // A plain QQmlEngine, not QQmlApplicationEngine: that one adds a file selector which probes several
    // "+selector" folders in the resources for every QML file and image it loads (the app has none), and a
    // translator for the system locale (AppController installs the chosen language's).
    QQmlEngine engine;
    QObject::connect(&engine, &QQmlEngine::quit, &application, &QCoreApplication::quit, Qt::QueuedConnection);
    QObject::connect(&engine, &QQmlEngine::exit, &application, &QCoreApplication::exit, Qt::QueuedConnection);
    services.expose(&engine);
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
    services.start(window);
    return QGuiApplication::exec();
}

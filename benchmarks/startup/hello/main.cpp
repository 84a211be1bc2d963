// SPDX-License-Identifier: GPL-3.0-or-later
// startup-baseline: the smallest Qt Quick Controls (Material) app, the reference for the start-up
// benchmark. With --quit-on-first-frame it prints "first frame" once its window's first frame is
// swapped and exits 0, exactly like the app.
#include <QCommandLineParser>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTextStream>
#include <QUrl>

int main(int argc, char *argv[])
{
    QGuiApplication application(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("startup-baseline"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Hello-world baseline for the start-up benchmark."));
    parser.addHelpOption();
    const QCommandLineOption firstFrame(
        QStringLiteral("quit-on-first-frame"), QStringLiteral("Exit once the first frame is shown (benchmarks)."));
    parser.addOption(firstFrame);
    parser.process(application);

    QQuickStyle::setStyle(QStringLiteral("Material"));
    QQmlApplicationEngine engine;
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/StartupBaseline/Main.qml")));
    auto *window
        = engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    if (!window) {
        QTextStream(stderr) << "startup-baseline: the user interface did not load\n";
        return 1;
    }
    if (parser.isSet(firstFrame)) {
        // frameSwapped may come from the render thread; the context object makes this a queued call.
        QObject::connect(
            window, &QQuickWindow::frameSwapped, &application,
            [] {
                QTextStream out(stdout);
                out << "first frame\n";
                out.flush();
                QCoreApplication::exit(0);
            },
            Qt::SingleShotConnection);
    }
    return QGuiApplication::exec();
}

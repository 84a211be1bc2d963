// SPDX-License-Identifier: GPL-3.0-or-later
#include "automation.h"
#include "appcontroller.h"
#include "contentstore.h"
#include "tilestore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QImage>
#include <QQuickWindow>
#include <QTextStream>
#include <QTimer>

#include <atomic>
#include <utility>

namespace {
std::atomic<int> s_warnings = 0;
QtMessageHandler s_previous = nullptr;

void countingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg) {
        ++s_warnings;
    }
    if (s_previous) {
        s_previous(type, context, message);
    }
}

// Lets pending bindings, loaders and deferred deletions run.
void settle(int ms)
{
    QElapsedTimer t;
    t.start();
    do {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    } while (t.elapsed() < ms);
}

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}
} // namespace

Automation::Automation(AppOptions options, AppController *app, ContentStore *content, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_app(app)
    , m_content(content)
{ }

void Automation::countWarnings()
{
    s_previous = qInstallMessageHandler(countingHandler);
}

int Automation::warningCount()
{
    return s_warnings;
}

bool Automation::start(QQuickWindow *window)
{
    m_window = window;
    m_app->setAutomated(!m_options.page.isEmpty() || m_options.selfTest || !m_options.screenshot.isEmpty());
    if (m_options.size.isValid()) {
        window->resize(m_options.size);
    }
    if (m_options.quitOnFirstFrame) {
        connect(
            window, &QQuickWindow::frameSwapped, this,
            [] {
                out() << "first frame\n";
                out().flush();
                QCoreApplication::exit(0);
            },
            Qt::SingleShotConnection);
    }
    if (!m_options.page.isEmpty()) {
        m_app->openPage(m_options.page);
    }
    if (m_options.selfTest) {
        QTimer::singleShot(0, this, &Automation::runSelfTest);
    } else if (!m_options.screenshot.isEmpty()) {
        QTimer::singleShot(0, this, &Automation::takeScreenshot);
    }
    return true;
}

void Automation::runSelfTest()
{
    QStringList pages = { QStringLiteral("home"), QStringLiteral("guide"), QStringLiteral("settings"),
        QStringLiteral("whatsnew"), QStringLiteral("search"), QStringLiteral("checklist"), QStringLiteral("onboarding"),
        QStringLiteral("places"), QStringLiteral("map"), QStringLiteral("location") };
    const auto lang = m_app->language();
    for (const auto &t : m_content->topics(lang)) {
        pages.push_back(QStringLiteral("topic:") + t.id);
    }
    for (const auto &a : m_content->articles({}, lang)) {
        pages.push_back(QStringLiteral("article:") + a.slug);
    }
    for (const auto &o : m_content->offers({}, lang)) {
        pages.push_back(QStringLiteral("offer:") + o.id);
    }
    settle(50);
    int failed = 0;
    for (const auto &p : std::as_const(pages)) {
        const int before = s_warnings;
        m_app->openPage(p);
        settle(5);
        if (m_app->currentPage() != p) {
            ++failed;
            out() << "self-test: FAIL " << p << " (showing '" << m_app->currentPage() << "')\n";
        } else if (s_warnings != before) {
            ++failed;
            out() << "self-test: FAIL " << p << " (" << (s_warnings - before) << " warnings)\n";
        }
    }
    m_app->openPage(QStringLiteral("home"));
    settle(20);
    if (!m_content->isOpen()) {
        out() << "self-test: FAIL no content: " << m_content->errorString() << '\n';
        ++failed;
    }
    out() << "self-test: " << pages.size() << " pages in '" << lang << "', " << (pages.size() - failed) << " passed, "
          << failed << " failed, " << s_warnings << " warnings in all\n";
    out().flush();
    QCoreApplication::exit(failed == 0 && s_warnings == 0 ? 0 : 1);
}

void Automation::takeScreenshot()
{
    // Give fonts, images and the first layout passes time to settle before grabbing.
    settle(600);
    // A map page: wait for its tiles (bounded), then for the image thread to decode them.
    if (m_tiles && m_tiles->pendingDownloads() > 0) {
        QElapsedTimer waited;
        waited.start();
        while (m_tiles->pendingDownloads() > 0 && waited.elapsed() < 15000) {
            settle(50);
        }
        settle(500);
    }
    const auto image = m_window->grabWindow();
    const bool ok = !image.isNull() && image.save(m_options.screenshot);
    if (ok) {
        out() << "screenshot: " << m_options.screenshot << ' ' << image.width() << 'x' << image.height() << " of "
              << m_app->currentPage() << " in " << m_app->language() << '\n';
    } else {
        out() << "screenshot: could not write " << m_options.screenshot << '\n';
    }
    out().flush();
    QCoreApplication::exit(ok ? 0 : 1);
}

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
    if (m_options.page) {
        m_app->openPage(*m_options.page);
    }
    if (m_options.selfTest) {
        QTimer::singleShot(0, this, &Automation::runSelfTest);
    } else if (!m_options.screenshot.isEmpty()) {
        QTimer::singleShot(0, this, &Automation::takeScreenshot);
    }
    return true;
}

QList<Route> Automation::walk(QStringList *unreachable) const
{
    const auto lang = m_app->language();
    QList<Route> routes;
    const auto add = [&](Route::Kind kind, const QStringList &args) {
        if (const auto route = Route::make(kind, args)) {
            routes.push_back(*route);
        } else {
            // An id the content has but no route can carry: a page nobody can open.
            unreachable->push_back(Route::kindName(kind) + QLatin1Char(' ') + args.join(QLatin1Char(' ')));
        }
    };
    for (const auto kind : Route::kinds()) {
        const auto before = routes.size();
        switch (kind) {
        case Route::Kind::Topic:
            for (const auto &t : m_content->topics(lang)) {
                add(kind, { t.id });
            }
            break;
        case Route::Kind::Article:
            for (const auto &a : m_content->articles({}, lang)) {
                add(kind, { a.slug });
            }
            break;
        case Route::Kind::Offer:
            for (const auto &o : m_content->offers({}, lang)) {
                add(kind, { o.id });
            }
            break;
        case Route::Kind::Step:
        case Route::Kind::Counter:
            for (const auto &s : m_content->checklistSteps(lang)) {
                add(kind, { QStringLiteral("household"), s.id });
            }
            break;
        default:
            break;
        }
        // Every kind is walked at least once, with arguments no content has if need be: its page then shows that
        // there is nothing to show. A kind without a page in the shell fails here.
        if (routes.size() == before) {
            switch (Route::argumentsOf(kind)) {
            case Route::Arguments::None:
            case Route::Arguments::OptionalQuery:
                add(kind, {});
                break;
            case Route::Arguments::Id:
                add(kind, { QStringLiteral("self-test") });
                break;
            case Route::Arguments::MemberAndStep:
                add(kind, { QStringLiteral("household"), QStringLiteral("self-test") });
                break;
            }
        }
    }
    return routes;
}

void Automation::runSelfTest()
{
    const auto lang = m_app->language();
    QStringList unreachable;
    const auto pages = walk(&unreachable);
    settle(50);
    int failed = 0;
    for (const auto &u : std::as_const(unreachable)) {
        ++failed;
        out() << "self-test: FAIL " << u << " (not a page address)\n";
    }
    for (const auto &route : pages) {
        const int before = s_warnings;
        m_app->openPage(route);
        settle(5);
        if (m_app->currentRoute() != route) {
            ++failed;
            out() << "self-test: FAIL " << route.toString() << " (showing '" << m_app->currentPage() << "')\n";
        } else if (s_warnings != before) {
            ++failed;
            out() << "self-test: FAIL " << route.toString() << " (" << (s_warnings - before) << " warnings)\n";
        }
    }
    m_app->openPage(Route());
    settle(20);
    if (!m_content->isOpen()) {
        out() << "self-test: FAIL no content: " << m_content->errorString() << '\n';
        ++failed;
    }
    const auto walked = pages.size() + unreachable.size();
    out() << "self-test: " << walked << " pages in '" << lang << "', " << (walked - failed) << " passed, " << failed
          << " failed, " << s_warnings << " warnings in all\n";
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

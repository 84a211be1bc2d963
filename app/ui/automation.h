// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appoptions.h"

#include <QObject>

class AppController;
class ContentStore;
class QQuickWindow;
class TileStore;

/**
 * What the command line asks of a running app besides showing it: the --self-test smoke test,
 * --screenshot of one page, and quitting on the first frame for the start-up benchmark.
 */
class Automation : public QObject
{
    Q_OBJECT
public:
    Automation(AppOptions options, AppController *app, ContentStore *content, QObject *parent = nullptr);

    /** Counts QML warnings from now on (and still prints them). Call before the engine loads. */
    static void countWarnings();
    [[nodiscard]] static int warningCount();

    /** Screenshots of the map wait for the tile downloads this store runs (from --tile-url). */
    void setTileStore(TileStore *tiles) { m_tiles = tiles; }

    /** Takes over once the window exists; returns false if it cannot. */
    bool start(QQuickWindow *window);

private:
    /** The self-test's pages: every route kind, with the installed content's ids as arguments; ids no route can
     * carry go to @p unreachable. */
    [[nodiscard]] QList<Route> walk(QStringList *unreachable) const;
    void runSelfTest();
    void takeScreenshot();

    AppOptions m_options;
    AppController *m_app;
    ContentStore *m_content;
    QQuickWindow *m_window = nullptr;
    TileStore *m_tiles = nullptr;
};

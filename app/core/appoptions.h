// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "route.h"

#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

/** The app's command line: welcome [--lang L] [--data-dir DIR] [--page P] [--screenshot FILE.png --size WxH]
 * [--self-test] [--import FILE.json] [--sync URL] */
struct AppOptions
{
    QString language; ///< empty: the saved choice, else the system's, else the site default
    QString dataDir; ///< empty: the platform's app data folder
    std::optional<Route> page; ///< the page to open instead of Home
    QString screenshot;
    QSize size; ///< invalid: the default window size
    QString importFile; ///< personal data to import before starting
    QString syncUrl; ///< run one content sync from this publish root without a window, then exit
    /** Map tile server URL template instead of the content's ({z} {x} {y}); "none" for no downloads. Automated runs
     * (--self-test, --screenshot, --page) download no tiles unless this is given, so tests never reach the internet. */
    QString tileUrl;
    bool selfTest = false;
    bool quitOnFirstFrame = false; ///< for the start-up benchmark

    /** Parses @p arguments (including argv[0]); on failure returns false and sets @p error. */
    static bool parse(const QStringList &arguments, AppOptions &out, QString &error);
    /** Whether the command line asks for a headless run (no window, no GUI platform needed). */
    static bool isHeadless(int argc, char **argv);
};

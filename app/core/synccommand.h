// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appoptions.h"

/**
 * `welcome --data-dir DIR --sync URL`: installs the bundled content if needed, runs one sync without a window and
 * prints one summary line. Exit status 0 when updated or up to date, 1 when the sync failed (content unchanged),
 * 2 for a bad command line.
 */
namespace SyncCommand {
/** @p timeoutMs: how long a transfer may stall; @p deadlineMs: how long the whole sync may take; 0: the defaults
 * in ContentLimits. */
int run(const AppOptions &options, const QString &dataDir, const QString &bundledDb, const QString &bundledStamp,
    int timeoutMs = 0, int deadlineMs = 0);
} // namespace SyncCommand

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "manifest.h"

#include <QHash>
#include <QString>
#include <QStringList>

/**
 * The database side of a sync: what the installed content.db holds, what a manifest changes, and applying the
 * change in one SQLite transaction, so content is at the old or the new version and never between.
 */
namespace ContentUpdate {

struct Installed
{
    bool ok = false;
    QString error;
    QString region;
    qint64 version = -1;
    QStringList trustedKeys;
    QHash<QString, ManifestObject> objects; ///< id → as recorded (hash, size, kind, language)
};

struct Plan
{
    QList<ManifestObject> fetch; ///< new or changed objects
    QList<ManifestObject> remove; ///< installed objects the manifest no longer lists
    [[nodiscard]] bool isEmpty() const { return fetch.isEmpty() && remove.isEmpty(); }
};

Installed readInstalled(const QString &dbPath);
Plan plan(const Installed &installed, const Manifest &manifest);

/**
 * Applies @p plan: objects to fetch are read from "<objectDir>/<sha256>" and checked against their hash again.
 * Everything happens in one transaction; on any failure nothing changes and @p error says why.
 */
bool apply(const QString &dbPath, const Manifest &manifest, const Plan &plan, const QString &objectDir,
    const Installed &installed, QString *error);

} // namespace ContentUpdate

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

enum class Problem {
    None,
    Failed, ///< the database refused the update
    Changed, ///< the installed content is no longer the version the plan was made for
    Damaged, ///< the installed content fails SQLite's quick_check
    TooLarge, ///< an object is beyond ContentLimits
    Malformed, ///< an object cannot be decoded
    LockOut, ///< the update's trusted keys would refuse every later update (see ManifestSignature::checkTrustedKeys)
};

/**
 * Applies @p plan: objects to fetch are read from "<objectDir>/<sha256>" and checked against their hash again.
 * Everything happens in one transaction, which first checks that the content is still at the version the plan
 * was made from (@p installed) and passes quick_check; new trusted keys must keep @p signedBy (the key that signed
 * the manifest; not checked when empty). On any failure nothing changes and @p error and @p problem say why.
 */
bool apply(const QString &dbPath, const Manifest &manifest, const Plan &plan, const QString &objectDir,
    const Installed &installed, QString *error, Problem *problem = nullptr, const QByteArray &signedBy = {});

} // namespace ContentUpdate

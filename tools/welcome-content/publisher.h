// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contentsource.h"

#include <QDateTime>
#include <QString>

/**
 * Publishing: a static tree any web host can serve.
 *   <out>/<region>/manifest.json          signed envelope (see Manifest)
 *   <out>/<region>/objects/ab/<sha256>    content objects, compressed, named by hash
 * Objects are written once: re-publishing unchanged content writes no object, and objects of older
 * manifests stay so that phones in the middle of a sync can finish it.
 */
class Publisher
{
public:
    struct Result
    {
        bool ok = false;
        QString message;
        int objects = 0; ///< listed in the manifest
        int written = 0; ///< new object files
        qint64 version = 0;
    };

    /** Writes a key pair: <dir>/welcome-signing.key (owner-only) and <dir>/welcome-signing.pub, both base64. */
    static bool generateKey(const QString &dir, QString *publicKeyBase64, QString *error);

    Publisher(const ContentSource &source, QString keyFile);
    Result publish(const QString &outDir, const QString &notes, int expiresInDays, const QDateTime &now);

private:
    const ContentSource &m_source;
    QString m_keyFile;
};

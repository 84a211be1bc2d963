// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QQuickImageProvider>

/**
 * Serves image://mbtiles/<hex file name>/<z>/<x>/<y> from the packs in one folder. Qt calls it on its
 * image loader thread (decoding stays off the UI thread), so each thread opens its own SQLite connections.
 */
class MbTilesImageProvider : public QQuickImageProvider
{
public:
    explicit MbTilesImageProvider(QString mapsDir);
    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;

private:
    QString m_mapsDir;
};

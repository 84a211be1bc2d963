// SPDX-License-Identifier: GPL-3.0-or-later
#include "mbtilesimageprovider.h"
#include "mbtilespack.h"

#include <QDir>
#include <QHash>
#include <QImage>
#include <QThreadStorage>

#include <memory>

namespace {
// Packs opened by the current thread, closed when it ends.
using Packs = QHash<QString, std::shared_ptr<MbTilesPack>>;
QThreadStorage<Packs> &threadPacks()
{
    static QThreadStorage<Packs> storage;
    return storage;
}
} // namespace

MbTilesImageProvider::MbTilesImageProvider(QString mapsDir)
    : QQuickImageProvider(QQuickImageProvider::Image, QQmlImageProviderBase::ForceAsynchronousImageLoading)
    , m_mapsDir(std::move(mapsDir))
{ }

QImage MbTilesImageProvider::requestImage(const QString &id, QSize *size, const QSize &requestedSize)
{
    const auto parts = id.split(QLatin1Char('/'));
    bool okZ = false;
    bool okX = false;
    bool okY = false;
    const int z = parts.value(1).toInt(&okZ);
    const int x = parts.value(2).toInt(&okX);
    const int y = parts.value(3).toInt(&okY);
    const auto file = QString::fromUtf8(QByteArray::fromHex(parts.value(0).toLatin1()));
    if (parts.size() != 4 || !okZ || !okX || !okY || file.isEmpty() || file.contains(QLatin1Char('/'))) {
        return {};
    }
    auto &packs = threadPacks().localData();
    auto &pack = packs[file];
    if (!pack) {
        pack = std::make_shared<MbTilesPack>();
        pack->open(QDir(m_mapsDir).filePath(file));
    }
    QImage image = QImage::fromData(pack->tile(z, x, y));
    if (!image.isNull() && requestedSize.isValid() && requestedSize != image.size()) {
        image = image.scaled(requestedSize, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    }
    if (size) {
        *size = image.size();
    }
    return image;
}

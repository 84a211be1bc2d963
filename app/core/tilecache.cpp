// SPDX-License-Identifier: GPL-3.0-or-later
#include "tilecache.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

TileCache::TileCache(QString dir, const QString &urlTemplate)
{
    const auto server = QCryptographicHash::hash(urlTemplate.toUtf8(), QCryptographicHash::Sha256).toHex().left(12);
    m_dir = QDir(dir).filePath(QString::fromLatin1(server));
}

QString TileCache::filePath(int z, int x, int y) const
{
    return QStringLiteral("%1/%2/%3/%4").arg(m_dir).arg(z).arg(x).arg(y);
}

std::optional<TileCache::Hit> TileCache::find(int z, int x, int y) const
{
    const QFileInfo info(filePath(z, x, y));
    if (!info.isFile() || info.size() == 0) {
        return std::nullopt;
    }
    const bool stale = info.lastModified().daysTo(QDateTime::currentDateTime()) >= staleAfterDays;
    return Hit { info.filePath(), stale };
}

bool TileCache::store(int z, int x, int y, const QByteArray &data) const
{
    if (data.isEmpty()) {
        return false;
    }
    const auto path = filePath(z, x, y);
    if (!QDir().mkpath(QFileInfo(path).path())) {
        return false;
    }
    const auto part = path + QStringLiteral(".part");
    QFile f(part);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size()) {
        f.remove();
        return false;
    }
    f.close();
    QFile::remove(path);
    return QFile::rename(part, path);
}

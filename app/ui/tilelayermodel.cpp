// SPDX-License-Identifier: GPL-3.0-or-later
#include "tilelayermodel.h"
#include "mercator.h"

#include <cmath>

TileLayerModel::TileLayerModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void TileLayerModel::setStore(TileStore *store)
{
    if (store == m_store) {
        return;
    }
    if (m_store) {
        m_store->disconnect(this);
    }
    m_store = store;
    if (m_store) {
        connect(m_store, &TileStore::tileArrived, this, &TileLayerModel::onTileArrived);
        // A new server or pack: look every tile up again.
        const auto relocate = [this] {
            beginResetModel();
            m_tiles.clear();
            m_z = -1;
            endResetModel();
            update();
        };
        connect(m_store, &TileStore::serverChanged, this, relocate);
        connect(m_store, &TileStore::packsChanged, this, relocate);
    }
    Q_EMIT storeChanged();
    update();
}

#define WELCOME_SETTER(name, member)                                                                                   \
    void TileLayerModel::name(double v)                                                                                \
    {                                                                                                                  \
        if (v != member) {                                                                                             \
            member = v;                                                                                                \
            update();                                                                                                  \
            Q_EMIT viewChanged();                                                                                      \
        }                                                                                                              \
    }
WELCOME_SETTER(setCenterX, m_cx)
WELCOME_SETTER(setCenterY, m_cy)
WELCOME_SETTER(setZoomLevel, m_zoom)
WELCOME_SETTER(setViewWidth, m_width)
WELCOME_SETTER(setViewHeight, m_height)
#undef WELCOME_SETTER

double TileLayerModel::scale() const
{
    return m_z < 0 ? 1.0 : std::exp2(m_zoom - m_z);
}

double TileLayerModel::centerOffsetX() const
{
    return m_cx * std::ldexp(double(Mercator::tileSize), std::max(0, m_z)) - double(m_originX) * Mercator::tileSize;
}

double TileLayerModel::centerOffsetY() const
{
    return m_cy * std::ldexp(double(Mercator::tileSize), std::max(0, m_z)) - double(m_originY) * Mercator::tileSize;
}

void TileLayerModel::update()
{
    if (!m_store || m_width <= 0 || m_height <= 0) {
        return;
    }
    const int z = std::clamp(int(std::lround(m_zoom)), 0, m_store->maxZoom());
    const double s = std::exp2(m_zoom - z);
    const double n = std::ldexp(1.0, z);
    const double cx = m_cx * n * Mercator::tileSize;
    const double cy = m_cy * n * Mercator::tileSize;
    const int last = int(n) - 1;
    const int x0 = std::clamp(int(std::floor((cx - m_width / 2 / s) / Mercator::tileSize)), 0, last);
    const int x1 = std::clamp(int(std::floor((cx + m_width / 2 / s) / Mercator::tileSize)), 0, last);
    const int y0 = std::clamp(int(std::floor((cy - m_height / 2 / s) / Mercator::tileSize)), 0, last);
    const int y1 = std::clamp(int(std::floor((cy + m_height / 2 / s) / Mercator::tileSize)), 0, last);
    if (z != m_z) {
        beginResetModel();
        m_tiles.clear();
        m_z = z;
        m_originX = x0;
        m_originY = y0;
        endResetModel();
        Q_EMIT tileZoomChanged();
    }
    QSet<TileKey> wanted;
    for (int y = y0; y <= y1; ++y) {
        for (int x = x0; x <= x1; ++x) {
            wanted.insert({ z, x, y });
        }
    }
    // Rows that left the screen go (back to front, so indexes stay valid); new ones are appended.
    for (int i = int(m_tiles.size()) - 1; i >= 0; --i) {
        if (!wanted.contains(m_tiles[i].key)) {
            beginRemoveRows({}, i, i);
            m_tiles.removeAt(i);
            endRemoveRows();
        } else {
            wanted.remove(m_tiles[i].key);
        }
    }
    if (!wanted.isEmpty()) {
        // Nearest the centre first: those are downloaded first.
        QList<TileKey> added(wanted.cbegin(), wanted.cend());
        const auto dist = [&](const TileKey &k) {
            return std::hypot((k.x + 0.5) * Mercator::tileSize - cx, (k.y + 0.5) * Mercator::tileSize - cy);
        };
        std::sort(added.begin(), added.end(), [&](const TileKey &a, const TileKey &b) { return dist(a) > dist(b); });
        beginInsertRows({}, int(m_tiles.size()), int(m_tiles.size() + added.size() - 1));
        for (const auto &k : added) {
            m_tiles.push_back({ k, m_store->locate(k) });
        }
        endInsertRows();
    }
    QSet<TileKey> onScreen;
    for (const auto &t : std::as_const(m_tiles)) {
        onScreen.insert(t.key);
    }
    m_store->keepOnly(onScreen);
    countSources();
}

void TileLayerModel::countSources()
{
    int counts[4] = {};
    for (const auto &t : std::as_const(m_tiles)) {
        ++counts[int(t.where.origin)];
    }
    if (!std::equal(std::begin(counts), std::end(counts), std::begin(m_counts))) {
        std::copy(std::begin(counts), std::end(counts), std::begin(m_counts));
        Q_EMIT sourcesChanged();
    }
}

void TileLayerModel::onTileArrived(const TileKey &key)
{
    for (int i = 0; i < m_tiles.size(); ++i) {
        if (m_tiles[i].key == key) {
            m_tiles[i].where = m_store->locate(key);
            Q_EMIT dataChanged(index(i), index(i), { SourceRole });
            countSources();
            return;
        }
    }
}

int TileLayerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tiles.size());
}

QVariant TileLayerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const auto &t = m_tiles[index.row()];
    switch (role) {
    case TileXRole:
        return (t.key.x - m_originX) * Mercator::tileSize;
    case TileYRole:
        return (t.key.y - m_originY) * Mercator::tileSize;
    case SourceRole:
        return t.where.url;
    case KeyRole:
        return QStringLiteral("%1/%2/%3").arg(t.key.z).arg(t.key.x).arg(t.key.y);
    default:
        return {};
    }
}

QHash<int, QByteArray> TileLayerModel::roleNames() const
{
    return { { TileXRole, "tileX" }, { TileYRole, "tileY" }, { SourceRole, "imageSource" }, { KeyRole, "key" } };
}

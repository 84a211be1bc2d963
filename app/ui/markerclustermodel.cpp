// SPDX-License-Identifier: GPL-3.0-or-later
#include "markerclustermodel.h"
#include "markerclusterer.h"

MarkerClusterModel::MarkerClusterModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void MarkerClusterModel::setSourceModel(QAbstractItemModel *model)
{
    if (model == m_source) {
        return;
    }
    if (m_source) {
        m_source->disconnect(this);
    }
    m_source = model;
    if (m_source) {
        connect(m_source, &QAbstractItemModel::modelReset, this, &MarkerClusterModel::rebuild);
        connect(m_source, &QAbstractItemModel::layoutChanged, this, &MarkerClusterModel::rebuild);
        connect(m_source, &QAbstractItemModel::rowsInserted, this, &MarkerClusterModel::rebuild);
        connect(m_source, &QAbstractItemModel::rowsRemoved, this, &MarkerClusterModel::rebuild);
        connect(m_source, &QAbstractItemModel::dataChanged, this, &MarkerClusterModel::rebuild);
    }
    Q_EMIT sourceModelChanged();
    rebuild();
}

void MarkerClusterModel::setZoomLevel(int zoom)
{
    if (zoom != m_zoom) {
        m_zoom = zoom;
        Q_EMIT zoomLevelChanged();
        rebuild();
    }
}

void MarkerClusterModel::setCellSize(double size)
{
    if (size != m_cellSize) {
        m_cellSize = size;
        Q_EMIT cellSizeChanged();
        rebuild();
    }
}

void MarkerClusterModel::rebuild()
{
    struct Row
    {
        QString id;
        QString name;
        QString category;
    };
    QList<MarkerClusterer::Point> points;
    QList<Row> rows;
    if (m_source) {
        const auto roles = m_source->roleNames();
        const auto role = [&](const char *name) { return roles.key(name, -1); };
        const int lat = role("latitude");
        const int lon = role("longitude");
        const int located = role("hasLocation");
        const int id = role("offerId");
        const int name = role("name");
        const int category = role("category");
        for (int r = 0; r < m_source->rowCount(); ++r) {
            const auto i = m_source->index(r, 0);
            // Only places with a cited map point get a marker; a model without the role has points everywhere.
            if (located >= 0 && !i.data(located).toBool()) {
                continue;
            }
            points.push_back({ i.data(lat).toDouble(), i.data(lon).toDouble() });
            rows.push_back({ i.data(id).toString(), i.data(name).toString(), i.data(category).toString() });
        }
    }
    beginResetModel();
    m_markers.clear();
    for (const auto &c : MarkerClusterer::cluster(points, m_zoom, m_cellSize)) {
        Marker m;
        m.lat = c.latitude;
        m.lon = c.longitude;
        m.count = int(c.members.size());
        const auto &first = rows[c.members.first()];
        m.offerId = first.id;
        m.name = first.name;
        m.category = first.category;
        m.minLat = m.maxLat = points[c.members.first()].latitude;
        m.minLon = m.maxLon = points[c.members.first()].longitude;
        for (const int i : c.members) {
            if (rows[i].category != m.category) {
                m.category.clear();
            }
            m.minLat = std::min(m.minLat, points[i].latitude);
            m.maxLat = std::max(m.maxLat, points[i].latitude);
            m.minLon = std::min(m.minLon, points[i].longitude);
            m.maxLon = std::max(m.maxLon, points[i].longitude);
        }
        m_markers.push_back(m);
    }
    endResetModel();
    Q_EMIT countChanged();
}

int MarkerClusterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_markers.size());
}

QVariant MarkerClusterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const auto &m = m_markers[index.row()];
    switch (role) {
    case LatitudeRole:
        return m.lat;
    case LongitudeRole:
        return m.lon;
    case CountRole:
        return m.count;
    case OfferIdRole:
        return m.offerId;
    case Qt::DisplayRole:
    case NameRole:
        return m.name;
    case CategoryRole:
        return m.category;
    case MinLatitudeRole:
        return m.minLat;
    case MaxLatitudeRole:
        return m.maxLat;
    case MinLongitudeRole:
        return m.minLon;
    case MaxLongitudeRole:
        return m.maxLon;
    default:
        return {};
    }
}

QHash<int, QByteArray> MarkerClusterModel::roleNames() const
{
    return { { LatitudeRole, "latitude" }, { LongitudeRole, "longitude" }, { CountRole, "memberCount" },
        { OfferIdRole, "offerId" }, { NameRole, "name" }, { CategoryRole, "category" },
        { MinLatitudeRole, "minLatitude" }, { MaxLatitudeRole, "maxLatitude" }, { MinLongitudeRole, "minLongitude" },
        { MaxLongitudeRole, "maxLongitude" } };
}

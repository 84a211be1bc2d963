// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlEngine>

/**
 * Map markers for the rows of a source model (usually the offer list, so the map shows what the list's
 * filters let through), grouped into clusters where they would overlap at the current zoom.
 * Rows whose hasLocation is false are left out: without a cited map point they have no place on the map.
 */
class MarkerClusterModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    /** A model with the roles offerId, name, category, latitude and longitude, and optionally hasLocation. */
    Q_PROPERTY(QAbstractItemModel *sourceModel READ sourceModel WRITE setSourceModel NOTIFY sourceModelChanged)
    /** Clusters are recomputed when the whole zoom changes. */
    Q_PROPERTY(int zoomLevel READ zoomLevel WRITE setZoomLevel NOTIFY zoomLevelChanged)
    /** Markers closer than this many pixels are grouped. */
    Q_PROPERTY(double cellSize READ cellSize WRITE setCellSize NOTIFY cellSizeChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        LatitudeRole = Qt::UserRole + 1,
        LongitudeRole,
        CountRole,
        OfferIdRole,
        NameRole,
        CategoryRole,
        MinLatitudeRole,
        MaxLatitudeRole,
        MinLongitudeRole,
        MaxLongitudeRole
    };
    Q_ENUM(Role)

    explicit MarkerClusterModel(QObject *parent = nullptr);

    [[nodiscard]] QAbstractItemModel *sourceModel() const { return m_source; }
    void setSourceModel(QAbstractItemModel *model);
    [[nodiscard]] int zoomLevel() const { return m_zoom; }
    void setZoomLevel(int zoom);
    [[nodiscard]] double cellSize() const { return m_cellSize; }
    void setCellSize(double size);
    [[nodiscard]] int count() const { return rowCount(); }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void sourceModelChanged();
    void zoomLevelChanged();
    void cellSizeChanged();
    void countChanged();

private:
    struct Marker
    {
        double lat = 0;
        double lon = 0;
        double minLat = 0;
        double maxLat = 0;
        double minLon = 0;
        double maxLon = 0;
        int count = 0;
        QString offerId; ///< of the first member
        QString name;
        QString category; ///< empty when the members differ
    };
    void rebuild();

    QPointer<QAbstractItemModel> m_source;
    int m_zoom = 14;
    double m_cellSize = 48;
    QList<Marker> m_markers;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tilestore.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlEngine>

/**
 * The tiles a map view shows: for a centre, a fractional zoom and a viewport, the XYZ tiles at the nearest
 * whole zoom, placed relative to an origin tile so that screen coordinates stay small (float precision).
 * Panning only adds and removes rows at the edges; the view moves the layer by centreOffset · scale.
 */
class TileLayerModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    /** Where the tiles come from; usually the Tiles singleton. */
    Q_PROPERTY(TileStore *store READ store WRITE setStore NOTIFY storeChanged)
    /** The view's centre in world coordinates (0…1) and its zoom level. */
    Q_PROPERTY(double centerX READ centerX WRITE setCenterX NOTIFY viewChanged)
    Q_PROPERTY(double centerY READ centerY WRITE setCenterY NOTIFY viewChanged)
    Q_PROPERTY(double zoomLevel READ zoomLevel WRITE setZoomLevel NOTIFY viewChanged)
    Q_PROPERTY(double viewWidth READ viewWidth WRITE setViewWidth NOTIFY viewChanged)
    Q_PROPERTY(double viewHeight READ viewHeight WRITE setViewHeight NOTIFY viewChanged)
    /** The whole zoom the tiles are drawn at, and how much they are scaled to reach zoomLevel. */
    Q_PROPERTY(int tileZoom READ tileZoom NOTIFY tileZoomChanged)
    Q_PROPERTY(double scale READ scale NOTIFY viewChanged)
    /** The centre in tile pixels from the origin tile's top-left corner. */
    Q_PROPERTY(double centerOffsetX READ centerOffsetX NOTIFY viewChanged)
    Q_PROPERTY(double centerOffsetY READ centerOffsetY NOTIFY viewChanged)
    /** What is on screen, for the attribution and the "why is the map empty" note. */
    Q_PROPERTY(int packTiles READ packTiles NOTIFY sourcesChanged)
    Q_PROPERTY(int serverTiles READ serverTiles NOTIFY sourcesChanged)
    Q_PROPERTY(int missingTiles READ missingTiles NOTIFY sourcesChanged)

public:
    enum Role { TileXRole = Qt::UserRole + 1, TileYRole, SourceRole, KeyRole };
    Q_ENUM(Role)

    explicit TileLayerModel(QObject *parent = nullptr);

    [[nodiscard]] TileStore *store() const { return m_store; }
    void setStore(TileStore *store);
    [[nodiscard]] double centerX() const { return m_cx; }
    void setCenterX(double v);
    [[nodiscard]] double centerY() const { return m_cy; }
    void setCenterY(double v);
    [[nodiscard]] double zoomLevel() const { return m_zoom; }
    void setZoomLevel(double v);
    [[nodiscard]] double viewWidth() const { return m_width; }
    void setViewWidth(double v);
    [[nodiscard]] double viewHeight() const { return m_height; }
    void setViewHeight(double v);

    [[nodiscard]] int tileZoom() const { return m_z; }
    [[nodiscard]] double scale() const;
    [[nodiscard]] double centerOffsetX() const;
    [[nodiscard]] double centerOffsetY() const;
    [[nodiscard]] int packTiles() const { return m_counts[int(TileStore::Origin::Pack)]; }
    [[nodiscard]] int serverTiles() const { return m_counts[int(TileStore::Origin::Cache)]; }
    [[nodiscard]] int missingTiles() const { return m_counts[int(TileStore::Origin::None)]; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void storeChanged();
    void viewChanged();
    void sourcesChanged();
    void tileZoomChanged();

private:
    struct Tile
    {
        TileKey key;
        TileStore::Located where;
    };
    void update();
    void countSources();
    void onTileArrived(const TileKey &key);

    QPointer<TileStore> m_store;
    double m_cx = 0.5;
    double m_cy = 0.5;
    double m_zoom = 0;
    double m_width = 0;
    double m_height = 0;
    int m_z = -1;
    int m_originX = 0;
    int m_originY = 0;
    QList<Tile> m_tiles;
    int m_counts[4] = {};
};

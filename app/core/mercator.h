// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPoint>
#include <QPointF>

/**
 * Web Mercator (EPSG:3857) as XYZ tile servers and MBTiles use it. "World" coordinates run from 0 to 1
 * across the map, left to right and top (north) to bottom; multiply by 256 · 2^zoom for pixels.
 */
namespace Mercator {

/** Latitudes beyond this do not fit the square world. */
constexpr double maxLatitude = 85.05112877980659;
constexpr int tileSize = 256;

/** World x (0…1) of a longitude. */
double worldX(double longitude);
/** World y (0…1, north to south) of a latitude; clamped to ±maxLatitude. */
double worldY(double latitude);
double longitude(double worldX);
double latitude(double worldY);

/** The XYZ tile that holds the point at integer zoom @p z. */
QPoint tileAt(double latitude, double longitude, int z);
/** Latitude and longitude (x = lon, y = lat) of a tile's top-left (north-west) corner. */
QPointF tileCorner(int x, int y, int z);

/** MBTiles store rows bottom-up (TMS); XYZ counts top-down. The flip is its own inverse. */
constexpr int flipRow(int y, int z)
{
    return (1 << z) - 1 - y;
}

} // namespace Mercator

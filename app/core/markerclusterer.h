// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

/**
 * Groups map markers that would overlap at a zoom level: points falling into one grid cell of
 * @p cellPixels screen pixels become one cluster drawn at their centroid. A grid is O(n) and stable
 * while panning (cells are fixed to the world, not to the screen).
 */
namespace MarkerClusterer {

struct Point
{
    double latitude = 0;
    double longitude = 0;
};

struct Cluster
{
    double latitude = 0;
    double longitude = 0;
    QList<int> members; ///< indexes into the input, ascending
};

/** Clusters in the order of their first member; a lone point is a cluster of one at its own position. */
QList<Cluster> cluster(const QList<Point> &points, int zoom, double cellPixels);

} // namespace MarkerClusterer

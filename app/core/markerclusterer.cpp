// SPDX-License-Identifier: GPL-3.0-or-later
#include "markerclusterer.h"
#include "mercator.h"

#include <QHash>

#include <cmath>

QList<MarkerClusterer::Cluster> MarkerClusterer::cluster(const QList<Point> &points, int zoom, double cellPixels)
{
    const double cells = std::ldexp(double(Mercator::tileSize), zoom) / std::max(1.0, cellPixels);
    QHash<qint64, qsizetype> cellToCluster;
    QList<Cluster> out;
    QList<QPointF> sums; // world coordinates summed per cluster, for the centroid
    for (int i = 0; i < points.size(); ++i) {
        const double wx = Mercator::worldX(points[i].longitude);
        const double wy = Mercator::worldY(points[i].latitude);
        const auto key = (qint64(std::floor(wx * cells)) << 32) ^ qint64(std::floor(wy * cells));
        auto it = cellToCluster.constFind(key);
        if (it == cellToCluster.cend()) {
            it = cellToCluster.insert(key, out.size());
            out.push_back({});
            sums.push_back({});
        }
        out[*it].members.push_back(i);
        sums[*it] += QPointF(wx, wy);
    }
    for (qsizetype c = 0; c < out.size(); ++c) {
        const auto n = double(out[c].members.size());
        out[c].longitude = Mercator::longitude(sums[c].x() / n);
        out[c].latitude = Mercator::latitude(sums[c].y() / n);
    }
    return out;
}

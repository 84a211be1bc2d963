// SPDX-License-Identifier: GPL-3.0-or-later
#include "nearestoffers.h"
#include "geo.h"

#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace {
constexpr double metresPerDegree = 6371008.8 * M_PI / 180.0;

QList<NearestOffers::Hit> inBox(QSqlQuery &q, double lat, double lon, double dLat, double dLon)
{
    q.bindValue(QStringLiteral(":minLat"), lat - dLat);
    q.bindValue(QStringLiteral(":maxLat"), lat + dLat);
    q.bindValue(QStringLiteral(":minLon"), lon - dLon);
    q.bindValue(QStringLiteral(":maxLon"), lon + dLon);
    QList<NearestOffers::Hit> hits;
    q.setForwardOnly(true); // rows are read once: no client-side row cache
    if (!q.exec()) {
        return hits;
    }
    while (q.next()) {
        hits.push_back(
            { q.value(0).toLongLong(), Geo::distanceMetres(lat, lon, q.value(1).toDouble(), q.value(2).toDouble()) });
    }
    return hits;
}

// Longitude half-width of a box that reaches @p metres east and west of a point at @p lat.
double lonSpan(double lat, double metres)
{
    const double angle = metres / 6371008.8;
    const double c = std::cos(std::min(89.0, std::abs(lat)) * M_PI / 180.0);
    if (angle >= M_PI / 2 || std::sin(angle) >= c) {
        return 180.0; // reaches round the pole: every longitude
    }
    return std::asin(std::sin(angle) / c) * 180.0 / M_PI;
}
} // namespace

QList<NearestOffers::Hit> NearestOffers::query(const QSqlDatabase &db, double latitude, double longitude, int k)
{
    if (k <= 0) {
        return {};
    }
    QSqlQuery q(db);
    // The R*Tree keeps 32-bit boxes (rounded outwards); exact coordinates come from the offers table.
    q.prepare(QStringLiteral("SELECT r.id, o.lat, o.lon FROM offers_rtree r JOIN offers o ON o.rowid = r.id "
                             "WHERE r.max_lat >= :minLat AND r.min_lat <= :maxLat AND r.max_lon >= :minLon "
                             "AND r.min_lon <= :maxLon"));
    // Start small and double: in a dense town a small box already holds k, and every row read costs.
    double metres = 250;
    QList<Hit> hits;
    for (;;) {
        hits = inBox(q, latitude, longitude, metres / metresPerDegree, lonSpan(latitude, metres));
        if (hits.size() >= k || metres > 2.1e7) {
            break;
        }
        metres *= hits.isEmpty() ? 4 : 2;
    }
    const auto byDistance
        = [](const Hit &a, const Hit &b) { return a.metres < b.metres || (a.metres == b.metres && a.rowid < b.rowid); };
    if (hits.size() >= k) {
        std::nth_element(hits.begin(), hits.begin() + (k - 1), hits.end(), byDistance);
    }
    // A box of half-size r holds every point within r; when the k-th is farther than the box reaches, widen once.
    const double kth = hits.size() >= k ? hits[k - 1].metres : 0;
    if (hits.size() >= k && kth > metres * 0.999 && metres <= 2.1e7) {
        hits = inBox(q, latitude, longitude, kth / metresPerDegree * 1.0001, lonSpan(latitude, kth * 1.0001));
    }
    std::sort(hits.begin(), hits.end(), byDistance);
    if (hits.size() > k) {
        hits.resize(k);
    }
    return hits;
}

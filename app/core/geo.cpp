// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo.h"

#include <cmath>

double Geo::distanceMetres(double lat1, double lon1, double lat2, double lon2)
{
    constexpr double radius = 6371008.8; // mean Earth radius (IUGG)
    constexpr double rad = M_PI / 180.0;
    const double dLat = (lat2 - lat1) * rad;
    const double dLon = (lon2 - lon1) * rad;
    const double a = std::sin(dLat / 2) * std::sin(dLat / 2)
        + std::cos(lat1 * rad) * std::cos(lat2 * rad) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * radius * std::asin(std::min(1.0, std::sqrt(a)));
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "mercator.h"

#include <algorithm>
#include <cmath>

double Mercator::worldX(double longitude)
{
    return (longitude + 180.0) / 360.0;
}

double Mercator::worldY(double latitude)
{
    const double phi = std::clamp(latitude, -maxLatitude, maxLatitude) * M_PI / 180.0;
    return (1.0 - std::asinh(std::tan(phi)) / M_PI) / 2.0;
}

double Mercator::longitude(double worldX)
{
    return worldX * 360.0 - 180.0;
}

double Mercator::latitude(double worldY)
{
    return std::atan(std::sinh(M_PI * (1.0 - 2.0 * worldY))) * 180.0 / M_PI;
}

QPoint Mercator::tileAt(double latitude, double longitude, int z)
{
    const double n = std::ldexp(1.0, z);
    const int last = int(n) - 1;
    return { std::clamp(int(std::floor(worldX(longitude) * n)), 0, last),
        std::clamp(int(std::floor(worldY(latitude) * n)), 0, last) };
}

QPointF Mercator::tileCorner(int x, int y, int z)
{
    const double n = std::ldexp(1.0, z);
    return { longitude(x / n), latitude(y / n) };
}

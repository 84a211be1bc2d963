// SPDX-License-Identifier: GPL-3.0-or-later
#include "webmercator.h"
#include "mercator.h"

double WebMercator::worldX(double longitude)
{
    return Mercator::worldX(longitude);
}

double WebMercator::worldY(double latitude)
{
    return Mercator::worldY(latitude);
}

double WebMercator::longitude(double worldX)
{
    return Mercator::longitude(worldX);
}

double WebMercator::latitude(double worldY)
{
    return Mercator::latitude(worldY);
}

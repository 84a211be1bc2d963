// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/** Distances on the Earth for sorting offers by how far they are. */
namespace Geo {

/** Great-circle distance in metres (haversine, mean Earth radius). */
double distanceMetres(double lat1, double lon1, double lat2, double lon2);

} // namespace Geo

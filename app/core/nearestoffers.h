// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSqlDatabase>

/**
 * The k offers nearest to a point, from content.db's offers_rtree: a box around the point grows
 * until it holds k offers, then one more query with the box widened to the k-th distance makes
 * the answer exact (an offer outside that box is farther), and great-circle distances sort it.
 */
namespace NearestOffers {

struct Hit
{
    qint64 rowid = 0; ///< offers.rowid
    double metres = 0;
};

/** Nearest first; fewer than @p k when the database has fewer offers. */
QList<Hit> query(const QSqlDatabase &db, double latitude, double longitude, int k);

} // namespace NearestOffers

// SPDX-License-Identifier: GPL-3.0-or-later
// The map's core: Web Mercator tile math, MBTiles packs (TMS rows), the tile disk cache, marker clustering
// and the nearest-offers query.
#include "contentschema.h"
#include "geo.h"
#include "markerclusterer.h"
#include "mbtilespack.h"
#include "mercator.h"
#include "nearestoffers.h"
#include "tilecache.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

class TestMapCore : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    // Writes an MBTiles file with one tile per entry: XYZ (z, x, y) → bytes, stored with TMS rows.
    static bool makePack(
        const QString &path, const QList<std::tuple<int, int, int, QByteArray>> &tiles, bool tmsFlip = true)
    {
        bool ok = true;
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("make-pack"));
            db.setDatabaseName(path);
            ok = db.open();
            QSqlQuery q(db);
            ok = ok && q.exec(QStringLiteral("CREATE TABLE metadata (name TEXT, value TEXT)"));
            ok = ok
                && q.exec(QStringLiteral("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row "
                                         "INTEGER, tile_data BLOB)"));
            ok = ok
                && q.exec(QStringLiteral("INSERT INTO metadata VALUES ('name', 'Test'), ('attribution', '© Test'), "
                                         "('minzoom', '0'), ('maxzoom', '17')"));
            q.prepare(QStringLiteral("INSERT INTO tiles VALUES (:z, :x, :y, :data)"));
            for (const auto &[z, x, y, data] : tiles) {
                q.bindValue(QStringLiteral(":z"), z);
                q.bindValue(QStringLiteral(":x"), x);
                q.bindValue(QStringLiteral(":y"), tmsFlip ? (1 << z) - 1 - y : y);
                q.bindValue(QStringLiteral(":data"), data);
                ok = ok && q.exec();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("make-pack"));
        return ok;
    }

private Q_SLOTS:
    void tileMath_data()
    {
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("lon");
        QTest::addColumn<int>("z");
        QTest::addColumn<QPoint>("tile");
        QTest::newRow("Berlin z17 (reference)") << 52.5258 << 13.3684 << 17 << QPoint(70403, 42982);
        QTest::newRow("null island z1") << 0.0001 << 0.0001 << 1 << QPoint(1, 0);
        QTest::newRow("z0 is one tile") << 46.95 << 7.44 << 0 << QPoint(0, 0);
        QTest::newRow("Zytglogge Bern z16") << 46.94806 << 7.44750 << 16 << QPoint(34123, 23064);
        QTest::newRow("north pole clamps") << 89.9 << 179.9999 << 3 << QPoint(7, 0);
    }
    void tileMath()
    {
        QFETCH(double, lat);
        QFETCH(double, lon);
        QFETCH(int, z);
        QFETCH(QPoint, tile);
        QCOMPARE(Mercator::tileAt(lat, lon, z), tile);
        // The inverse: the point lies inside its tile, between its north-west and south-east corners.
        const auto nw = Mercator::tileCorner(tile.x(), tile.y(), z);
        const auto se = Mercator::tileCorner(tile.x() + 1, tile.y() + 1, z);
        QVERIFY(nw.x() <= lon && lon < se.x());
        QVERIFY(se.y() < std::min(lat, Mercator::maxLatitude) && std::min(lat, Mercator::maxLatitude) <= nw.y());
    }

    void inverse()
    {
        // The top-left of tile (0, 0) is the corner of the world.
        const auto corner = Mercator::tileCorner(0, 0, 1);
        QVERIFY(qAbs(corner.y() - 85.0511287) < 1e-6);
        QCOMPARE(corner.x(), -180.0);
        QCOMPARE(Mercator::tileCorner(1, 1, 1), QPointF(0, 0));
        const auto ref = Mercator::tileCorner(70403, 42982, 17);
        QVERIFY(qAbs(ref.x() - 13.367615) < 1e-6);
        QVERIFY(qAbs(ref.y() - 52.526248) < 1e-6);
        for (const double lat : { -60.0, 0.0, 46.948, 85.0 }) {
            QVERIFY(qAbs(Mercator::latitude(Mercator::worldY(lat)) - lat) < 1e-9);
        }
        QVERIFY(qAbs(Mercator::longitude(Mercator::worldX(7.4475)) - 7.4475) < 1e-12);
        QCOMPARE(Mercator::flipRow(0, 1), 1);
        QCOMPARE(Mercator::flipRow(Mercator::flipRow(42982, 17), 17), 42982);
    }

    void mbtilesFlipsRows()
    {
        const auto path = m_dir.filePath(QStringLiteral("bern.mbtiles"));
        QVERIFY(
            makePack(path, { { 17, 70403, 42982, "berlin" }, { 1, 0, 0, "north-west" }, { 1, 0, 1, "south-west" } }));
        MbTilesPack pack;
        QVERIFY2(pack.open(path), qPrintable(pack.errorString()));
        QCOMPARE(pack.name(), QStringLiteral("Test"));
        QCOMPARE(pack.attribution(), QStringLiteral("© Test"));
        QCOMPARE(pack.maxZoom(), 17);
        QCOMPARE(pack.tile(17, 70403, 42982), QByteArray("berlin"));
        QCOMPARE(pack.tile(1, 0, 0), QByteArray("north-west"));
        QCOMPARE(pack.tile(1, 0, 1), QByteArray("south-west"));
        QVERIFY(pack.contains(1, 0, 1));
        QVERIFY(!pack.contains(1, 1, 1));
        QVERIFY(pack.tile(17, 70403, (1 << 17) - 1 - 42982).isEmpty()); // the unflipped row is not there
        QVERIFY(pack.tile(18, 0, 0).isEmpty()); // above maxzoom
    }

    void mbtilesRefusesOtherFiles()
    {
        MbTilesPack missing;
        QVERIFY(!missing.open(m_dir.filePath(QStringLiteral("none.mbtiles"))));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none.mbtiles")))); // read-only: nothing created
        const auto junk = m_dir.filePath(QStringLiteral("junk.mbtiles"));
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not SQLite");
        f.close();
        MbTilesPack pack;
        QVERIFY(!pack.open(junk));
        QVERIFY(!pack.errorString().isEmpty());
        QVERIFY(pack.tile(0, 0, 0).isEmpty());
    }

    void diskCache()
    {
        const auto dir = m_dir.filePath(QStringLiteral("cache"));
        TileCache a(dir, QStringLiteral("https://a.example/{z}/{x}/{y}.png"));
        TileCache b(dir, QStringLiteral("https://b.example/{z}/{x}/{y}.png"));
        QVERIFY(!a.find(12, 2133, 1441));
        QVERIFY(a.store(12, 2133, 1441, "png bytes"));
        const auto hit = a.find(12, 2133, 1441);
        QVERIFY(hit);
        QVERIFY(!hit->stale);
        QFile f(hit->path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("png bytes"));
        QVERIFY(!QFile::exists(hit->path + QStringLiteral(".part")));
        QVERIFY(hit->path.startsWith(dir));
        QVERIFY(!b.find(12, 2133, 1441)); // another server's tiles are not this one's
        QVERIFY(!a.store(12, 1, 1, {})); // an empty reply is no tile
        QVERIFY(!a.find(12, 1, 1));
        // An old file is still a hit, marked for refetching.
        QFile old(hit->path);
        QVERIFY(old.open(QIODevice::ReadWrite));
        QVERIFY(old.setFileTime(
            QDateTime::currentDateTime().addDays(-TileCache::staleAfterDays - 1), QFileDevice::FileModificationTime));
        old.close();
        QVERIFY(a.find(12, 2133, 1441)->stale);
    }

    void clustering()
    {
        // Three offers in Bern's old town, one in Thun.
        const QList<MarkerClusterer::Point> points
            = { { 46.9490, 7.4470 }, { 46.7580, 7.6280 }, { 46.9480, 7.4520 }, { 46.9470, 7.4400 } };
        const auto far = MarkerClusterer::cluster(points, 9, 60);
        QCOMPARE(far.size(), 2);
        QCOMPARE(far[0].members, (QList<int> { 0, 2, 3 }));
        QCOMPARE(far[1].members, (QList<int> { 1 }));
        QVERIFY(qAbs(far[0].latitude - 46.948) < 0.001);
        QVERIFY(qAbs(far[0].longitude - 7.4463) < 0.001);
        QCOMPARE(far[1].latitude, 46.7580);
        const auto near = MarkerClusterer::cluster(points, 18, 60);
        QCOMPARE(near.size(), 4);
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(near[i].members, QList<int> { i });
        }
        QVERIFY(MarkerClusterer::cluster({}, 10, 60).isEmpty());
    }

    void nearestMatchesBruteForce()
    {
        const auto path = m_dir.filePath(QStringLiteral("near.db"));
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("near"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(
            QStringLiteral("CREATE VIRTUAL TABLE offers_rtree USING rtree(id, min_lat, max_lat, min_lon, max_lon)")));
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE offers (lat REAL NOT NULL, lon REAL NOT NULL)")));
        QSqlQuery offer(db);
        offer.prepare(QStringLiteral("INSERT INTO offers (rowid, lat, lon) VALUES (:id, :lat, :lon)"));
        QList<std::tuple<qint64, double, double>> all;
        QRandomGenerator rng(7);
        db.transaction();
        q.prepare(QStringLiteral("INSERT INTO offers_rtree VALUES (:id, :lat, :lat, :lon, :lon)"));
        for (qint64 id = 1; id <= 3000; ++id) {
            // Dense around Bern, sparse across Switzerland.
            const bool city = id % 3 != 0;
            const double lat = city ? 46.9 + rng.generateDouble() * 0.1 : 45.8 + rng.generateDouble() * 2;
            const double lon = city ? 7.38 + rng.generateDouble() * 0.12 : 5.9 + rng.generateDouble() * 4.6;
            q.bindValue(QStringLiteral(":id"), id);
            q.bindValue(QStringLiteral(":lat"), lat);
            q.bindValue(QStringLiteral(":lon"), lon);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            offer.bindValue(QStringLiteral(":id"), id);
            offer.bindValue(QStringLiteral(":lat"), lat);
            offer.bindValue(QStringLiteral(":lon"), lon);
            QVERIFY2(offer.exec(), qPrintable(offer.lastError().text()));
            all.push_back({ id, lat, lon });
        }
        db.commit();
        for (const auto &[lat, lon, k] : { std::tuple { 46.948, 7.4475, 20 }, std::tuple { 47.5, 9.5, 20 },
                 std::tuple { 46.0, 6.0, 5 }, std::tuple { 60.0, 20.0, 3 } }) {
            QList<std::pair<double, qint64>> brute;
            for (const auto &[id, plat, plon] : all) {
                brute.push_back({ Geo::distanceMetres(lat, lon, plat, plon), id });
            }
            std::sort(brute.begin(), brute.end());
            const auto hits = NearestOffers::query(db, lat, lon, k);
            QCOMPARE(hits.size(), k);
            for (int i = 0; i < k; ++i) {
                QCOMPARE(hits[i].rowid, brute[i].second);
                QCOMPARE(hits[i].metres, brute[i].first);
            }
        }
        QCOMPARE(NearestOffers::query(db, 46.9, 7.4, 5000).size(), 3000);
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("near"));
    }
};

QTEST_GUILESS_MAIN(TestMapCore)
#include "tst_mapcore.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The map's sources and layers: tiles from a local HTTP server into the disk cache (two at a time, with the
// User-Agent), the cache offline, MBTiles packs first and their image provider, and marker clusters of offers.
#include "localtileserver.h"
#include "markerclustermodel.h"
#include "mbtilesimageprovider.h"
#include "mercator.h"
#include "tilelayermodel.h"
#include "tilestore.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

namespace {
bool makePack(const QString &path, int z, int x, int y, const QByteArray &data)
{
    bool ok = false;
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("pack"));
        db.setDatabaseName(path);
        QSqlQuery q(db);
        ok = db.open()
            && q.exec(QStringLiteral(
                "CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB)"))
            && q.exec(QStringLiteral("CREATE TABLE metadata (name TEXT, value TEXT)"))
            && q.exec(QStringLiteral("INSERT INTO metadata VALUES ('attribution', 'Pack © Test')"));
        q.prepare(QStringLiteral("INSERT INTO tiles VALUES (:z, :x, :y, :data)"));
        q.bindValue(QStringLiteral(":z"), z);
        q.bindValue(QStringLiteral(":x"), x);
        q.bindValue(QStringLiteral(":y"), Mercator::flipRow(y, z));
        q.bindValue(QStringLiteral(":data"), data);
        ok = ok && q.exec();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("pack"));
    return ok;
}

void showBern(TileLayerModel &layer, double zoom)
{
    layer.setCenterX(Mercator::worldX(7.4475));
    layer.setCenterY(Mercator::worldY(46.94806));
    layer.setZoomLevel(zoom);
    layer.setViewWidth(390);
    layer.setViewHeight(600);
}
} // namespace

class TestMap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0")); }

    void tilesFromALocalServer()
    {
        QTemporaryDir data;
        LocalTileServer server;
        QVERIFY(server.server.isListening());
        TileStore store(nullptr, data.path());
        store.setServerOverride(server.urlTemplate());
        TileLayerModel layer;
        QAbstractItemModelTester tester(&layer, QAbstractItemModelTester::FailureReportingMode::QtTest);
        layer.setStore(&store);
        showBern(layer, 15.2);
        QCOMPARE(layer.tileZoom(), 15);
        const int shown = layer.rowCount();
        // 390 × 600 pixels at a scale of 2^0.2 ≈ 1.15: 2–3 columns and 3–4 rows of 256-pixel tiles.
        QVERIFY2(shown >= 6 && shown <= 12, qPrintable(QString::number(shown)));
        QCOMPARE(layer.missingTiles(), shown);
        QTRY_COMPARE_WITH_TIMEOUT(layer.serverTiles(), shown, 20000);
        QCOMPARE(layer.missingTiles(), 0);
        QCOMPARE(server.paths.size(), shown); // each tile once
        QVERIFY2(
            server.maxInFlight <= TileStore::maxParallelDownloads, qPrintable(QString::number(server.maxInFlight)));
        QVERIFY(server.maxInFlight >= 1);
        for (const auto &agent : std::as_const(server.userAgents)) {
            QCOMPARE(agent, QStringLiteral("Welcome/0.1.0 (offline newcomer guide)"));
        }
        // The tile under the centre is among them, and every row now draws from a cached file.
        const auto centre = Mercator::tileAt(46.94806, 7.4475, 15);
        QVERIFY(server.paths.contains(QStringLiteral("/15/%1/%2.png").arg(centre.x()).arg(centre.y())));
        for (int i = 0; i < shown; ++i) {
            const auto url = layer.data(layer.index(i), TileLayerModel::SourceRole).toUrl();
            QVERIFY(url.isLocalFile());
            QVERIFY(url.toLocalFile().startsWith(store.cacheDirectory()));
            QCOMPARE(QImage(url.toLocalFile()).size(), QSize(256, 256));
        }
        QVERIFY(!store.serverUnreachable());

        // Offline later: the cache alone draws the same view, and nothing is asked of the server.
        TileStore offline(nullptr, data.path());
        offline.setServerOverride(server.urlTemplate());
        offline.setNetworkAllowed(false);
        TileLayerModel again;
        again.setStore(&offline);
        showBern(again, 15.2);
        QCOMPARE(again.rowCount(), shown);
        QCOMPARE(again.serverTiles(), shown);
        QCOMPARE(offline.pendingDownloads(), 0);
        // Another server's cache is not this one's: nothing to draw there.
        TileStore other(nullptr, data.path());
        other.setServerOverride(QStringLiteral("http://127.0.0.1:1/other/{z}/{x}/{y}.png"));
        other.setNetworkAllowed(false);
        TileLayerModel third;
        third.setStore(&other);
        showBern(third, 15.2);
        QCOMPARE(third.missingTiles(), shown);
        QTest::qWait(100);
        QCOMPARE(server.paths.size(), shown);
    }

    void panningKeepsTilesAndAddsAtTheEdges()
    {
        QTemporaryDir data;
        TileStore store(nullptr, data.path());
        store.setServerOverride(QStringLiteral("none"));
        TileLayerModel layer;
        QAbstractItemModelTester tester(&layer, QAbstractItemModelTester::FailureReportingMode::QtTest);
        layer.setStore(&store);
        showBern(layer, 16);
        QCOMPARE(layer.scale(), 1.0);
        QSignalSpy reset(&layer, &QAbstractItemModel::modelReset);
        const auto firstKey = layer.data(layer.index(0), TileLayerModel::KeyRole).toString();
        // Half a tile to the east: no reset, the old tiles stay.
        layer.setCenterX(layer.centerX() + 128.0 / std::ldexp(256.0, 16));
        QCOMPARE(reset.size(), 0);
        bool kept = false;
        for (int i = 0; i < layer.rowCount(); ++i) {
            kept = kept || layer.data(layer.index(i), TileLayerModel::KeyRole).toString() == firstKey;
        }
        QVERIFY(kept || layer.rowCount() > 0);
        QCOMPARE(layer.missingTiles(), layer.rowCount()); // no server, no pack: nothing to draw, markers only
        // A new whole zoom starts over.
        layer.setZoomLevel(14.4);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(layer.tileZoom(), 14);
        QVERIFY(qAbs(layer.scale() - std::exp2(0.4)) < 1e-9);
    }

    void unreachableServerIsNoticed()
    {
        QTemporaryDir data;
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const auto port = closed.serverPort();
        closed.close(); // nobody listens there now
        TileStore store(nullptr, data.path());
        store.setServerOverride(QStringLiteral("http://127.0.0.1:%1/{z}/{x}/{y}.png").arg(port));
        TileLayerModel layer;
        layer.setStore(&store);
        showBern(layer, 15);
        QTRY_VERIFY_WITH_TIMEOUT(store.serverUnreachable(), 20000);
        QCOMPARE(layer.serverTiles(), 0);
    }

    void notFoundIsOneMissingTile()
    {
        QTemporaryDir data;
        LocalTileServer server;
        TileStore store(nullptr, data.path());
        store.setServerOverride(server.urlTemplate());
        QSignalSpy arrived(&store, &TileStore::tileArrived);
        store.locate({ 1, 0, 0 });
        QTRY_COMPARE_WITH_TIMEOUT(server.paths.size(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(store.pendingDownloads(), 0, 10000);
        QCOMPARE(arrived.size(), 0);
        QVERIFY(!store.serverUnreachable());
        QCOMPARE(store.locate({ 1, 0, 0 }).origin, TileStore::Origin::None);
        QCOMPARE(store.pendingDownloads(), 0); // not asked again right away
    }

    void packsComeFirst()
    {
        QTemporaryDir data;
        QVERIFY(QDir(data.path()).mkpath(QStringLiteral("maps")));
        const auto centre = Mercator::tileAt(46.94806, 7.4475, 15);
        QVERIFY(makePack(data.filePath(QStringLiteral("maps/bern city.mbtiles")), 15, centre.x(), centre.y(),
            LocalTileServer::png(Qt::red)));
        LocalTileServer server;
        TileStore store(nullptr, data.path());
        store.setServerOverride(server.urlTemplate());
        QCOMPARE(store.packCount(), 1);
        QCOMPARE(store.packAttribution(), QStringLiteral("Pack © Test"));
        const auto where = store.locate({ 15, centre.x(), centre.y() });
        QCOMPARE(where.origin, TileStore::Origin::Pack);
        QCOMPARE(where.url.scheme(), QStringLiteral("image"));
        QCOMPARE(store.pendingDownloads(), 0); // the pack has it: no download

        // The provider runs on Qt's image thread; here on a thread of our own, which closes its packs when it ends.
        MbTilesImageProvider provider(data.filePath(QStringLiteral("maps")));
        const auto id = where.url.toString().mid(QStringLiteral("image://mbtiles/").size());
        QImage image;
        QSize size;
        QImage missing;
        auto *thread = QThread::create([&] {
            image = provider.requestImage(id, &size, {});
            missing = provider.requestImage(id.section(QLatin1Char('/'), 0, 1) + QStringLiteral("/0/0"), nullptr, {});
        });
        thread->start();
        QVERIFY(thread->wait(10000));
        delete thread;
        QCOMPARE(size, QSize(256, 256));
        QCOMPARE(image.pixelColor(128, 128), QColor(Qt::red));
        QVERIFY(missing.isNull());
        QVERIFY(provider.requestImage(QStringLiteral("../../etc/15/1/1"), nullptr, {}).isNull());
    }

    void markersCluster()
    {
        QStandardItemModel offers;
        offers.setItemRoleNames({ { Qt::UserRole + 1, "offerId" }, { Qt::UserRole + 2, "name" },
            { Qt::UserRole + 3, "category" }, { Qt::UserRole + 4, "hasLocation" }, { Qt::UserRole + 5, "latitude" },
            { Qt::UserRole + 6, "longitude" } });
        const auto add = [&](const char *id, const char *category, bool located, double lat, double lon) {
            auto *item = new QStandardItem;
            item->setData(QString::fromLatin1(id), Qt::UserRole + 1);
            item->setData(QString::fromLatin1(id).toUpper(), Qt::UserRole + 2);
            item->setData(QString::fromLatin1(category), Qt::UserRole + 3);
            item->setData(located, Qt::UserRole + 4);
            item->setData(lat, Qt::UserRole + 5);
            item->setData(lon, Qt::UserRole + 6);
            offers.appendRow(item);
        };
        add("emf", "residents-office", true, 46.949, 7.447);
        add("library", "library", true, 46.948, 7.452);
        add("thun", "integration-counselling", true, 46.758, 7.628);
        add("hotline", "emergency", false, 0, 0); // a phone line: no marker, and never one at 0, 0
        add("uncited", "library", false, 46.948, 7.4475); // an address without a cited point: no marker either
        MarkerClusterModel markers;
        QAbstractItemModelTester tester(&markers, QAbstractItemModelTester::FailureReportingMode::QtTest);
        markers.setSourceModel(&offers);
        markers.setCellSize(48);
        markers.setZoomLevel(9);
        QCOMPARE(markers.rowCount(), 2);
        const auto city = markers.index(0);
        QCOMPARE(city.data(MarkerClusterModel::CountRole).toInt(), 2);
        QCOMPARE(city.data(MarkerClusterModel::CategoryRole).toString(), QString()); // mixed
        QCOMPARE(city.data(MarkerClusterModel::MinLatitudeRole).toDouble(), 46.948);
        QCOMPARE(city.data(MarkerClusterModel::MaxLongitudeRole).toDouble(), 7.452);
        QCOMPARE(markers.index(1).data(MarkerClusterModel::OfferIdRole).toString(), QStringLiteral("thun"));
        markers.setZoomLevel(17);
        QCOMPARE(markers.rowCount(), 3);
        QCOMPARE(markers.index(0).data(MarkerClusterModel::CountRole).toInt(), 1);
        QCOMPARE(
            markers.index(0).data(MarkerClusterModel::CategoryRole).toString(), QStringLiteral("residents-office"));
        // The list's filters reach the map: a row removed from the source is gone.
        offers.removeRow(2);
        QCOMPARE(markers.rowCount(), 2);
    }
};

QTEST_MAIN(TestMap)
#include "tst_map.moc"

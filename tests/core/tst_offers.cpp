// SPDX-License-Identifier: GPL-3.0-or-later
// Offers: opening hours across weekdays and midnight, distances, and the offers in content.db.
#include "contentstore.h"
#include "geo.h"
#include "nearestoffers.h"
#include "offerlistmodel.h"
#include "openinghours.h"
#include "testcontent.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestOffers : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;

    static OpeningHours hours(const char *json)
    {
        return OpeningHours::fromJson(QJsonDocument::fromJson(json).object());
    }
    // 2026-11-23 is a Monday.
    static QDateTime at(int day, int h, int m) { return QDateTime(QDate(2026, 11, 22 + day), QTime(h, m)); }

private Q_SLOTS:
    void openNow_data()
    {
        QTest::addColumn<QDateTime>("when");
        QTest::addColumn<bool>("open");
        QTest::newRow("mon 07:59") << at(1, 7, 59) << false;
        QTest::newRow("mon 08:00") << at(1, 8, 0) << true;
        QTest::newRow("mon 11:59") << at(1, 11, 59) << true;
        QTest::newRow("mon 12:00 lunch") << at(1, 12, 0) << false;
        QTest::newRow("mon 13:30") << at(1, 13, 30) << true;
        QTest::newRow("tue 10:00 closed") << at(2, 10, 0) << false;
        QTest::newRow("fri 23:30 late") << at(5, 23, 30) << true;
        QTest::newRow("sat 01:59 after midnight") << at(6, 1, 59) << true;
        QTest::newRow("sat 02:00") << at(6, 2, 0) << false;
        QTest::newRow("sun 23:00 into monday") << at(7, 23, 0) << true;
        QTest::newRow("mon 00:30 from sunday") << at(1, 0, 30) << true;
        QTest::newRow("mon 01:00") << at(1, 1, 0) << false;
    }
    void openNow()
    {
        QFETCH(QDateTime, when);
        QFETCH(bool, open);
        const auto h = hours(R"({"mon":["08:00-12:00","13:30-17:00"],"fri":["22:00-02:00"],"sun":["22:00-01:00"]})");
        QVERIFY(h.isKnown());
        QCOMPARE(h.isOpen(when), open);
    }

    void nextOpeningAndClosing()
    {
        const auto h = hours(R"({"mon":["08:00-12:00","13:30-17:00"],"fri":["22:00-02:00"]})");
        QCOMPARE(h.nextOpening(at(1, 12, 15)), std::optional<QDateTime>(at(1, 13, 30)));
        QCOMPARE(h.nextOpening(at(2, 9, 0)), std::optional<QDateTime>(at(5, 22, 0)));
        QCOMPARE(h.nextOpening(at(6, 3, 0)), std::optional<QDateTime>(QDateTime(QDate(2026, 11, 30), QTime(8, 0))));
        QCOMPARE(h.closesAt(at(5, 23, 0)), std::optional<QDateTime>(at(6, 2, 0)));
        QCOMPARE(h.closesAt(at(1, 9, 0)), std::optional<QDateTime>(at(1, 12, 0)));
        QVERIFY(!h.closesAt(at(2, 9, 0)));
    }

    void alwaysAndUnknown()
    {
        const auto always = hours(R"({"always":true})");
        QVERIFY(always.isAlways());
        QVERIFY(always.isOpen(at(3, 3, 33)));
        QVERIFY(!always.nextOpening(at(3, 3, 33)));
        const auto none = hours(R"({})");
        QVERIFY(!none.isKnown());
        QVERIFY(!none.isOpen(at(1, 10, 0)));
        const auto junk = hours(R"({"mon":["8-12","25:00-26:00"],"xyz":["08:00-09:00"]})");
        QVERIFY(!junk.isKnown());
    }

    void distances()
    {
        // Zytglogge to the residents' office (Predigergasse 5), about 100 m; Bern to Thun about 26 km.
        const double d = Geo::distanceMetres(46.94806, 7.44750, 46.949, 7.447);
        QVERIFY2(d > 80 && d < 130, qPrintable(QString::number(d)));
        const double thun = Geo::distanceMetres(46.94806, 7.44750, 46.761, 7.624);
        QVERIFY2(thun > 24000 && thun < 27000, qPrintable(QString::number(thun)));
        QCOMPARE(Geo::distanceMetres(46.9, 7.4, 46.9, 7.4), 0.0);
    }

    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("content.db"));
        QVERIFY(buildContent(QStringLiteral(WELCOME_SOURCE_DIR "/content/bern"), m_db));
    }

    void listSortsByDistanceAndFilters()
    {
        ContentStore store;
        QVERIFY(store.open(m_db));
        OfferListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setContent(&store);
        model.setLanguage(QStringLiteral("de"));
        const int all = model.rowCount();
        QVERIFY(all >= 25);
        QCOMPARE(
            model.data(model.index(0, 0), OfferListModel::DistanceRole).toDouble(), -1.0); // nothing to measure from
        // From Thun: the Thun counselling point first, and distances never decrease.
        model.setFromLatitude(46.7580);
        model.setFromLongitude(7.6280);
        QCOMPARE(model.data(model.index(0, 0), OfferListModel::IdRole).toString(), QStringLiteral("kio-thun"));
        // Distances never decrease; places without an address (phone lines) come last, without a distance.
        double last = -1;
        bool unplaced = false;
        for (int i = 0; i < model.rowCount(); ++i) {
            const auto d = model.data(model.index(i, 0), OfferListModel::DistanceRole).toDouble();
            if (d < 0) {
                unplaced = true;
                continue;
            }
            QVERIFY(!unplaced);
            QVERIFY(d >= last);
            QVERIFY(!model.data(model.index(i, 0), OfferListModel::AddressRole).toString().isEmpty());
            last = d;
        }
        QVERIFY(unplaced);
        model.setCategory(QStringLiteral("emergency"));
        QVERIFY(model.rowCount() >= 5);
        // Emergency lines are always open, at 3 a.m. on a Sunday too.
        model.setNow(QDateTime(QDate(2026, 11, 29), QTime(3, 0)));
        model.setOpenNow(true);
        QVERIFY(model.rowCount() >= 5);
        QCOMPARE(model.data(model.index(0, 0), OfferListModel::OpenStateRole).toString(), QStringLiteral("always"));
        QCOMPARE(model.data(model.index(0, 0), OfferListModel::IsOpenRole).toBool(), true);
        model.setCategory(QString());
        model.setOpenNow(false);
        model.setSpokenLanguage(QStringLiteral("ti"));
        QCOMPARE(model.rowCount(), 1); // Infotime: counselling in Tigrinya, among others
        QCOMPARE(
            model.data(model.index(0, 0), OfferListModel::IdRole).toString(), QStringLiteral("infotime-bern-west"));
        model.setSpokenLanguage(QString());
        model.setFreeOnly(true);
        QVERIFY(model.rowCount() < all);
        model.setFreeOnly(false);
        model.setOfferId(QStringLiteral("emf-bern"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0, 0), OfferListModel::AddressRole).toString(),
            QStringLiteral("Predigergasse 5, 3011 Bern"));
    }

    void listOrderMatchesTheNearestQuery_data()
    {
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("lon");
        // Places a user can pick (places.yaml): the old town, Bümpliz, Thun, Biel.
        QTest::newRow("3011 Altstadt") << 46.9480 << 7.4500;
        QTest::newRow("3018 Bümpliz") << 46.9440 << 7.3900;
        QTest::newRow("3600 Thun") << 46.7580 << 7.6280;
        QTest::newRow("2502 Biel") << 47.1370 << 7.2460;
    }
    void listOrderMatchesTheNearestQuery()
    {
        QFETCH(double, lat);
        QFETCH(double, lon);
        ContentStore store;
        QVERIFY(store.open(m_db));
        OfferListModel model;
        model.setContent(&store);
        model.setLanguage(QStringLiteral("de"));
        model.setFromLatitude(lat);
        model.setFromLongitude(lon);
        // The R*Tree query on the same content.db, offers with an address only (phone lines have no place).
        QStringList nearest;
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("nearest-check"));
            db.setDatabaseName(m_db);
            QVERIFY(db.open());
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT id FROM offers WHERE rowid = :rowid AND street != ''"));
            for (const auto &hit : NearestOffers::query(db, lat, lon, 100)) {
                q.bindValue(QStringLiteral(":rowid"), hit.rowid);
                if (q.exec() && q.next()) {
                    nearest.push_back(q.value(0).toString());
                }
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("nearest-check"));
        QVERIFY2(nearest.size() >= 5, qPrintable(QString::number(nearest.size())));
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(model.data(model.index(i, 0), OfferListModel::IdRole).toString(), nearest[i]);
        }
    }

    void nearbyBoundsHoldTheOriginAndTheNearest()
    {
        ContentStore store;
        QVERIFY(store.open(m_db));
        OfferListModel model;
        model.setContent(&store);
        model.setLanguage(QStringLiteral("de"));
        model.setFromLatitude(46.7580);
        model.setFromLongitude(7.6280);
        const auto one = model.nearbyBounds(1); // Thun and its counselling point
        QCOMPARE(one.size(), 4);
        const auto kio = model.data(model.index(0, 0), OfferListModel::LatitudeRole).toDouble();
        QCOMPARE(one[0].toDouble(), std::min(46.7580, kio));
        QCOMPARE(one[2].toDouble(), std::max(46.7580, kio));
        const auto five = model.nearbyBounds(5); // reaches Bern
        QVERIFY(five[2].toDouble() > 46.9);
        QVERIFY(five[0].toDouble() <= one[0].toDouble());
        const auto none = model.nearbyBounds(0);
        QCOMPARE(none, (QVariantList { 46.7580, 7.6280, 46.7580, 7.6280 }));
    }

    void offersInContent()
    {
        ContentStore store;
        QVERIFY(store.open(m_db));
        const auto all = store.offers({}, QStringLiteral("ar"));
        QVERIFY(all.size() >= 25);
        const auto emf
            = std::find_if(all.cbegin(), all.cend(), [](const Offer &o) { return o.id == QLatin1String("emf-bern"); });
        QVERIFY(emf != all.cend());
        QCOMPARE(emf->category, QStringLiteral("residents-office"));
        QCOMPARE(emf->postcode, QStringLiteral("3011"));
        QVERIFY(emf->lang == QLatin1String("en") || emf->lang == QLatin1String("ar")); // ar falls back to en
        QVERIFY(!emf->phone.isEmpty());
        const auto emergency = store.offers(QStringLiteral("emergency"), QStringLiteral("de"));
        QVERIFY(!emergency.isEmpty());
        for (const auto &o : emergency) {
            QCOMPARE(o.category, QStringLiteral("emergency"));
            QVERIFY(OpeningHours::fromJson(QJsonDocument::fromJson(o.hoursJson.toUtf8()).object()).isAlways());
        }
    }
};

QTEST_MAIN(TestOffers)
#include "tst_offers.moc"

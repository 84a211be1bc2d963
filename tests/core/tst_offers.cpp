// SPDX-License-Identifier: GPL-3.0-or-later
// Offers: opening hours across weekdays and midnight, distances, map points only where a source gives them, and
// what the offer page shows.
#include "contentstore.h"
#include "geo.h"
#include "languagenames.h"
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
        QVERIFY(buildFixture(QStringLiteral("content-offers"), m_db));
    }

    void listSortsByDistanceAndFilters()
    {
        ContentStore store;
        QVERIFY(store.open(m_db));
        OfferListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setContent(&store);
        model.setLanguage(QStringLiteral("de"));
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(
            model.data(model.index(0, 0), OfferListModel::DistanceRole).toDouble(), -1.0); // nothing to measure from
        // From Thun: the Thun counselling point first; distances never decrease; places without a cited map point
        // (a phone line, and a place whose address has no cited point) come last, without a distance.
        model.setFromLatitude(46.7580);
        model.setFromLongitude(7.6280);
        QStringList order;
        double last = -1;
        bool unplaced = false;
        for (int i = 0; i < model.rowCount(); ++i) {
            const auto index = model.index(i, 0);
            order.push_back(index.data(OfferListModel::IdRole).toString());
            const auto d = index.data(OfferListModel::DistanceRole).toDouble();
            QCOMPARE(d >= 0, index.data(OfferListModel::HasLocationRole).toBool());
            if (d < 0) {
                unplaced = true;
                QVERIFY(!index.data(OfferListModel::LatitudeRole).isValid()); // no stand-in point
                continue;
            }
            QVERIFY(!unplaced);
            QVERIFY(d >= last);
            last = d;
        }
        QCOMPARE(order,
            QStringList({ QStringLiteral("counselling-thun"), QStringLiteral("office-centre"),
                QStringLiteral("library-west"), QStringLiteral("phone-line"), QStringLiteral("uncited-place") }));
        model.setCategory(QStringLiteral("emergency"));
        QCOMPARE(model.rowCount(), 1);
        // The emergency line is always open, at 3 a.m. on a Sunday too.
        model.setNow(QDateTime(QDate(2026, 11, 29), QTime(3, 0)));
        model.setOpenNow(true);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0, 0), OfferListModel::OpenStateRole).toString(), QStringLiteral("always"));
        QCOMPARE(model.data(model.index(0, 0), OfferListModel::IsOpenRole).toBool(), true);
        model.setCategory(QString());
        model.setOpenNow(false);
        model.setSpokenLanguage(QStringLiteral("ti"));
        QCOMPARE(model.rowCount(), 2); // Tigrinya is spoken at the office and at the uncited counselling place
        model.setSpokenLanguage(QString());
        model.setFreeOnly(true); // known to be free: not the library (not free), not the uncited place (unknown)
        QCOMPARE(model.rowCount(), 3);
        model.setFreeOnly(false);
        model.setOfferId(QStringLiteral("office-centre"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0, 0), OfferListModel::AddressRole).toString(),
            QStringLiteral("Predigergasse 5, 3011 Bern"));
    }

    void offerPageFacts()
    {
        ContentStore store;
        QVERIFY(store.open(m_db));
        OfferListModel model;
        model.setContent(&store);
        model.setLanguage(QStringLiteral("en"));
        model.setOfferId(QStringLiteral("office-centre"));
        QCOMPARE(model.rowCount(), 1);
        const auto office = model.index(0, 0);
        // Languages as names, never as codes; a language in another script also in its own.
        const auto names = office.data(OfferListModel::LanguageNamesRole).toStringList();
        QCOMPARE(names.size(), 3);
        QCOMPARE(names[0], QStringLiteral("German"));
        QCOMPARE(names[1], QStringLiteral("English"));
        QVERIFY2(names[2].startsWith(QStringLiteral("Tigrinya (")) && names[2].contains(QChar(0x1275)),
            qPrintable(names[2]));
        QCOMPARE(office.data(OfferListModel::FreeRole), QVariant(true));
        QCOMPARE(office.data(OfferListModel::WheelchairRole), QVariant(true));
        QCOMPARE(office.data(OfferListModel::AppointmentRole), QVariant(true));
        QCOMPARE(office.data(OfferListModel::HoursNoteRole).toString(), QStringLiteral("By appointment only"));
        const auto week = office.data(OfferListModel::WeekHoursRole).toList();
        QCOMPARE(week.size(), 2);
        QCOMPARE(week[0].toMap().value(QStringLiteral("day")).toInt(), 1);
        QCOMPARE(week[0].toMap().value(QStringLiteral("ranges")).toString(),
            QStringLiteral("08:00\u201312:00, 13:30\u201317:00"));
        QCOMPARE(week[1].toMap().value(QStringLiteral("day")).toInt(), 5);
        model.setLanguage(QStringLiteral("de"));
        QCOMPARE(
            model.data(model.index(0, 0), OfferListModel::HoursNoteRole).toString(), QStringLiteral("Nur mit Termin"));
        // Unknown is not "no": the uncited place says nothing about cost or access.
        model.setOfferId(QStringLiteral("uncited-place"));
        QVERIFY(!model.data(model.index(0, 0), OfferListModel::FreeRole).isValid());
        QVERIFY(!model.data(model.index(0, 0), OfferListModel::WheelchairRole).isValid());
        QVERIFY(!model.data(model.index(0, 0), OfferListModel::HasLocationRole).toBool());
        QCOMPARE(model.data(model.index(0, 0), OfferListModel::AddressRole).toString(),
            QStringLiteral("Effingerstrasse 33, 3008 Bern"));
        model.setOfferId(QStringLiteral("library-west"));
        QCOMPARE(model.data(model.index(0, 0), OfferListModel::FreeRole), QVariant(false));
    }

    void languageNames()
    {
        // Names, not codes; Dari has no locale data in Qt and is named all the same; Arabic also in its own script.
        QCOMPARE(LanguageNames::name(QStringLiteral("prs")), QStringLiteral("Dari"));
        QCOMPARE(LanguageNames::name(QStringLiteral("fr")), QStringLiteral("French"));
        QVERIFY(LanguageNames::name(QStringLiteral("ar")).startsWith(QStringLiteral("Arabic (")));
        QCOMPARE(LanguageNames::name(QStringLiteral("lb")), QStringLiteral("Luxembourgish")); // Qt's English name
    }

    void placesWithoutAPointAreNotInTheNearestQuery()
    {
        // Neither a phone line nor an uncited place is ever at 0, 0 or anywhere else: no row in the R*Tree, NULL
        // coordinates in the table.
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("nearest-check"));
        db.setDatabaseName(m_db);
        QVERIFY(db.open());
        {
            QSqlQuery q(db);
            QVERIFY(
                q.exec(QStringLiteral("SELECT id, lat IS NULL, lon IS NULL, location_source FROM offers ORDER BY id")));
            QStringList rows;
            while (q.next()) {
                rows.push_back(QStringLiteral("%1 %2 %3 %4")
                                   .arg(q.value(0).toString())
                                   .arg(q.value(1).toInt())
                                   .arg(q.value(2).toInt())
                                   .arg(q.value(3).toString()));
            }
            QCOMPARE(rows,
                QStringList({ QStringLiteral("counselling-thun 0 0 https://www.example.org/thun/where"),
                    QStringLiteral("library-west 0 0 https://www.example.org/library/where"),
                    QStringLiteral("office-centre 0 0 https://www.example.org/office/where"),
                    QStringLiteral("phone-line 1 1 "), QStringLiteral("uncited-place 1 1 ") }));
            QStringList nearest;
            QSqlQuery id(db);
            id.prepare(QStringLiteral("SELECT id FROM offers WHERE rowid = :rowid"));
            for (const auto &hit : NearestOffers::query(db, 46.9480, 7.4500, 100)) {
                id.bindValue(QStringLiteral(":rowid"), hit.rowid);
                QVERIFY(id.exec() && id.next());
                nearest.push_back(id.value(0).toString());
            }
            QCOMPARE(nearest,
                QStringList({ QStringLiteral("office-centre"), QStringLiteral("library-west"),
                    QStringLiteral("counselling-thun") }));
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("nearest-check"));
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
        QCOMPARE(one[0].toDouble(), 46.7580);
        QCOMPARE(one[2].toDouble(), 46.7610);
        const auto five = model.nearbyBounds(5); // reaches Bern, and only places with a point count
        QCOMPARE(five[2].toDouble(), 46.9490);
        QCOMPARE(five[1].toDouble(), 7.3900);
        const auto none = model.nearbyBounds(0);
        QCOMPARE(none, (QVariantList { 46.7580, 7.6280, 46.7580, 7.6280 }));
    }

    void bernOffersHaveCitedPointsOrNone()
    {
        // The shipped offers: a map point always comes with its source, and is never the site's centre standing
        // in for an unknown address.
        QList<Diagnostic> diags;
        const auto source = ContentSource::load(QStringLiteral(WELCOME_SOURCE_DIR "/content/bern"), diags);
        QVERIFY(!source.offers.isEmpty());
        for (const auto &o : source.offers) {
            if (!o.hasLocation) {
                continue;
            }
            QVERIFY2(o.locationSource.startsWith(QLatin1String("https://")), qPrintable(o.id));
            QVERIFY2(!(qFuzzyCompare(o.lat, source.site.centerLat) && qFuzzyCompare(o.lon, source.site.centerLon)),
                qPrintable(o.id));
        }
    }
};

QTEST_MAIN(TestOffers)
#include "tst_offers.moc"

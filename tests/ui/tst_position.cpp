// SPDX-License-Identifier: GPL-3.0-or-later
// Where distances count from: a replayed NMEA log, no positioning, no permission, a picked place,
// what is kept in the user's settings, and the places in content.
#include "contentstore.h"
#include "placelistmodel.h"
#include "positionprovider.h"
#include "testcontent.h"
#include "userstore.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QGeoPositionInfoSource>
#include <QNmeaPositionInfoSource>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
constexpr double centreLat = 46.94806;
constexpr double centreLon = 7.44750;

// A positioning source that only ever reports an error, as a phone does when the user said no.
class RefusingSource : public QGeoPositionInfoSource
{
public:
    using QGeoPositionInfoSource::QGeoPositionInfoSource;
    void setUpdateInterval(int) override { }
    QGeoPositionInfo lastKnownPosition(bool = false) const override { return {}; }
    PositioningMethods supportedPositioningMethods() const override { return AllPositioningMethods; }
    int minimumUpdateInterval() const override { return 1000; }
    Error error() const override { return m_error; }
    void startUpdates() override
    {
        m_error = AccessError;
        Q_EMIT errorOccurred(m_error);
    }
    void stopUpdates() override { }
    void requestUpdate(int = 0) override { startUpdates(); }

private:
    Error m_error = NoError;
};
} // namespace

class TestPosition : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_users = 0;

    QString freshUserDb() { return m_dir.filePath(QStringLiteral("user-%1.db").arg(++m_users)); }

private Q_SLOTS:
    void fixFromNmeaLog()
    {
        const auto path = freshUserDb();
        UserStore user;
        QCOMPARE(user.open(path), UserStore::OpenResult::Opened);
        PositionProvider position(&user, centreLat, centreLon);
        QFile log(QStringLiteral(WELCOME_FIXTURES "/nmea/bern-walk.nmea"));
        position.setSourceFactory([&](QObject *parent) {
            auto *source = new QNmeaPositionInfoSource(QNmeaPositionInfoSource::SimulationMode, parent);
            source->setDevice(&log);
            return source;
        });
        QCOMPARE(position.mode(), PositionProvider::Mode::Centre);
        QCOMPARE(position.state(), PositionProvider::State::Off);
        QCOMPARE(position.latitude(), centreLat);

        QSignalSpy states(&position, &PositionProvider::stateChanged);
        position.useDevicePosition();
        QCOMPARE(position.mode(), PositionProvider::Mode::Device);
        QTRY_COMPARE_WITH_TIMEOUT(position.state(), PositionProvider::State::Fix, 10000);
        QVERIFY(states.size() >= 2); // waiting, then the fix
        // The first fix of the log: Bern station, 46°56.9280' N 7°26.3520' E.
        QVERIFY2(qAbs(position.latitude() - 46.94880) < 1e-5, qPrintable(QString::number(position.latitude(), 'f', 6)));
        QVERIFY(qAbs(position.longitude() - 7.43920) < 1e-5);
        QCOMPARE(user.setting(QStringLiteral("location.mode")), QStringLiteral("device"));
        QCOMPARE(user.setting(QStringLiteral("location.lat")), QStringLiteral("46.9488"));
        // The walk goes on eastwards.
        QTRY_VERIFY_WITH_TIMEOUT(position.longitude() > 7.4425, 15000);
        position.pause();

        // Next start: the phone's position is still the choice, and the last point is used until a new fix.
        PositionProvider again(&user, centreLat, centreLon);
        again.setSourceFactory(nullptr);
        QCOMPARE(again.mode(), PositionProvider::Mode::Device);
        // A point of the walk (rounded to about 10 m when saved), not the centre.
        QVERIFY(again.latitude() > 46.9484 && again.latitude() < 46.9489);
        QVERIFY(again.longitude() > 7.4391 && again.longitude() < 7.4431);
        QVERIFY(!again.hasFix());
        again.resume();
        QCOMPARE(again.state(), PositionProvider::State::Unavailable);
    }

    void noPositioningIsUnavailable()
    {
        UserStore user;
        QCOMPARE(user.open(freshUserDb()), UserStore::OpenResult::Opened);
        PositionProvider position(&user, centreLat, centreLon);
        position.setSourceFactory([](QObject *) { return nullptr; });
        QSignalSpy state(&position, &PositionProvider::stateChanged);
        position.useDevicePosition();
        QCOMPARE(position.state(), PositionProvider::State::Unavailable);
        QCOMPARE(state.size(), 1);
        QCOMPARE(position.latitude(), centreLat);
        QCOMPARE(position.longitude(), centreLon);
    }

    void refusedPermissionIsSaid()
    {
        UserStore user;
        QCOMPARE(user.open(freshUserDb()), UserStore::OpenResult::Opened);
        PositionProvider position(&user, centreLat, centreLon);
        position.setSourceFactory([](QObject *parent) { return new RefusingSource(parent); });
        position.useDevicePosition();
        QCOMPARE(position.state(), PositionProvider::State::NoPermission);
        QVERIFY(!position.hasFix());
        // Picking a place instead always works.
        position.choosePlace(QStringLiteral("3018 Bern – Bümpliz"), 46.944, 7.390);
        QCOMPARE(position.state(), PositionProvider::State::Off);
        QCOMPARE(position.mode(), PositionProvider::Mode::Place);
    }

    void pickedPlaceIsKept()
    {
        const auto path = freshUserDb();
        UserStore user;
        QCOMPARE(user.open(path), UserStore::OpenResult::Opened);
        {
            PositionProvider position(&user, centreLat, centreLon);
            QSignalSpy chosen(&position, &PositionProvider::placeChosen);
            QSignalSpy origin(&position, &PositionProvider::originChanged);
            position.choosePlace(QStringLiteral("3600 Thun"), 46.758, 7.628);
            QCOMPARE(chosen.size(), 1);
            QVERIFY(origin.size() >= 1);
            QCOMPARE(position.latitude(), 46.758);
        }
        user.close();
        UserStore reopened;
        QCOMPARE(reopened.open(path), UserStore::OpenResult::Opened);
        PositionProvider position(&reopened, centreLat, centreLon);
        QCOMPARE(position.mode(), PositionProvider::Mode::Place);
        QCOMPARE(position.placeName(), QStringLiteral("3600 Thun"));
        QCOMPARE(position.latitude(), 46.758);
        QCOMPARE(position.longitude(), 7.628);
        position.useCentre();
        QCOMPARE(position.mode(), PositionProvider::Mode::Centre);
        QCOMPARE(position.latitude(), centreLat);
        QCOMPARE(reopened.setting(QStringLiteral("location.lat")), QString());
    }

    void placesFromContent()
    {
        const auto db = m_dir.filePath(QStringLiteral("content.db"));
        QVERIFY(buildContent(QStringLiteral(WELCOME_SOURCE_DIR "/content/bern"), db));
        ContentStore store;
        QVERIFY(store.open(db));
        QVERIFY(store.places().size() >= 25);
        PlaceListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setContent(&store);
        const int all = model.rowCount();
        QCOMPARE(all, store.places().size());
        model.setFilter(QStringLiteral("bumpliz")); // typed without the umlaut
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(
            model.data(model.index(0, 0), PlaceListModel::LabelRole).toString(), QStringLiteral("3018 Bern – Bümpliz"));
        QVERIFY(qAbs(model.data(model.index(0, 0), PlaceListModel::LatitudeRole).toDouble() - 46.944) < 0.01);
        model.setFilter(QStringLiteral("30"));
        QVERIFY(model.rowCount() > 10 && model.rowCount() < all);
        model.setFilter(QStringLiteral("Zürich"));
        QCOMPARE(model.rowCount(), 0);
        model.setFilter(QString());
        QCOMPARE(model.rowCount(), all);
    }
};

QTEST_GUILESS_MAIN(TestPosition)
#include "tst_position.moc"

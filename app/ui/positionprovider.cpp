// SPDX-License-Identifier: GPL-3.0-or-later
#include "positionprovider.h"
#include "geo.h"
#include "userstore.h"

#include <QGeoPositionInfoSource>

namespace {
const auto modeKey = QStringLiteral("location.mode");
const auto nameKey = QStringLiteral("location.name");
const auto latKey = QStringLiteral("location.lat");
const auto lonKey = QStringLiteral("location.lon");
} // namespace

PositionProvider::PositionProvider(UserStore *user, double centreLatitude, double centreLongitude, QObject *parent)
    : QObject(parent)
    , m_user(user)
    , m_factory([](QObject *p) { return QGeoPositionInfoSource::createDefaultSource(p); })
    , m_centreLat(centreLatitude)
    , m_centreLon(centreLongitude)
{
    if (!m_user) {
        return;
    }
    const auto mode = m_user->setting(modeKey);
    bool okLat = false;
    bool okLon = false;
    const double lat = m_user->setting(latKey).toDouble(&okLat);
    const double lon = m_user->setting(lonKey).toDouble(&okLon);
    const bool valid = okLat && okLon && qAbs(lat) <= 90 && qAbs(lon) <= 180;
    if (mode == QLatin1String("place") && valid) {
        m_mode = Mode::Place;
        m_placeName = m_user->setting(nameKey);
    } else if (mode == QLatin1String("device")) {
        m_mode = Mode::Device;
    }
    if (valid) {
        m_lat = lat;
        m_lon = lon;
    }
}

PositionProvider::~PositionProvider() = default;

void PositionProvider::setCentre(double latitude, double longitude)
{
    if (latitude == m_centreLat && longitude == m_centreLon) {
        return;
    }
    m_centreLat = latitude;
    m_centreLon = longitude;
    if (m_mode == Mode::Centre || (m_mode == Mode::Device && m_lat == 0 && m_lon == 0)) {
        Q_EMIT originChanged();
    }
}

double PositionProvider::latitude() const
{
    // Waiting for a first fix: the last known position if there is one, else the centre.
    if (m_mode == Mode::Centre || (m_lat == 0 && m_lon == 0)) {
        return m_centreLat;
    }
    return m_lat;
}

double PositionProvider::longitude() const
{
    if (m_mode == Mode::Centre || (m_lat == 0 && m_lon == 0)) {
        return m_centreLon;
    }
    return m_lon;
}

void PositionProvider::setState(State state)
{
    if (state != m_state) {
        const bool hadFix = m_state == State::Fix;
        m_state = state;
        Q_EMIT stateChanged();
        if (hadFix != (state == State::Fix)) {
            Q_EMIT originChanged();
        }
    }
}

void PositionProvider::useDevicePosition()
{
    if (m_mode != Mode::Device) {
        m_mode = Mode::Device;
        m_placeName.clear();
        save();
        Q_EMIT originChanged();
    }
    startSource();
}

void PositionProvider::choosePlace(const QString &name, double latitude, double longitude)
{
    pause();
    m_mode = Mode::Place;
    m_placeName = name;
    m_lat = latitude;
    m_lon = longitude;
    m_accuracy = -1;
    save();
    setState(State::Off);
    Q_EMIT originChanged();
    Q_EMIT placeChosen();
}

void PositionProvider::useCentre()
{
    pause();
    m_mode = Mode::Centre;
    m_placeName.clear();
    m_lat = 0;
    m_lon = 0;
    m_accuracy = -1;
    save();
    setState(State::Off);
    Q_EMIT originChanged();
    Q_EMIT placeChosen();
}

void PositionProvider::resume()
{
    if (m_mode == Mode::Device) {
        startSource();
    }
}

void PositionProvider::pause()
{
    if (m_source) {
        m_source->stopUpdates();
    }
    if (m_state == State::Waiting) {
        setState(State::Off);
    }
}

void PositionProvider::startSource()
{
    if (!m_source) {
        m_source = m_factory ? m_factory(this) : nullptr;
        if (!m_source) {
            setState(State::Unavailable);
            return;
        }
        connect(m_source, &QGeoPositionInfoSource::positionUpdated, this, &PositionProvider::onPosition);
        connect(m_source, &QGeoPositionInfoSource::errorOccurred, this, [this](QGeoPositionInfoSource::Error e) {
            switch (e) {
            case QGeoPositionInfoSource::AccessError:
                setState(State::NoPermission);
                break;
            case QGeoPositionInfoSource::ClosedError:
            case QGeoPositionInfoSource::UnknownSourceError:
                setState(State::Unavailable);
                break;
            case QGeoPositionInfoSource::UpdateTimeoutError:
                // No fix in time: keep listening, the last known point stays in use.
                if (m_state != State::Fix) {
                    setState(State::Waiting);
                }
                break;
            case QGeoPositionInfoSource::NoError:
                break;
            }
        });
    }
    if (m_state != State::Fix) {
        setState(State::Waiting);
    }
    m_source->startUpdates();
}

void PositionProvider::onPosition(const QGeoPositionInfo &info)
{
    if (!info.isValid() || m_mode != Mode::Device) {
        return;
    }
    const auto c = info.coordinate();
    m_lat = c.latitude();
    m_lon = c.longitude();
    m_accuracy = info.hasAttribute(QGeoPositionInfo::HorizontalAccuracy)
        ? info.attribute(QGeoPositionInfo::HorizontalAccuracy)
        : -1;
    // Saved when it moved noticeably: a fix a second would otherwise mean a database write a second.
    if (Geo::distanceMetres(m_lat, m_lon, m_savedLat, m_savedLon) > 50) {
        save();
    }
    if (m_state == State::Fix) {
        Q_EMIT originChanged();
    } else {
        setState(State::Fix);
    }
}

void PositionProvider::save()
{
    if (!m_user) {
        return;
    }
    const auto mode = m_mode == Mode::Device ? QStringLiteral("device")
        : m_mode == Mode::Place              ? QStringLiteral("place")
                                             : QStringLiteral("centre");
    m_user->setSetting(modeKey, mode);
    m_user->setSetting(nameKey, m_placeName.isNull() ? QStringLiteral("") : m_placeName);
    // Rounded to about 10 m: enough to sort offers, and it stays in user.db on the device.
    m_user->setSetting(latKey, m_mode == Mode::Centre ? QStringLiteral("") : QString::number(m_lat, 'f', 4));
    m_user->setSetting(lonKey, m_mode == Mode::Centre ? QStringLiteral("") : QString::number(m_lon, 'f', 4));
    m_savedLat = m_lat;
    m_savedLon = m_lon;
}

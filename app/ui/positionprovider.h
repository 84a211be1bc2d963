// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGeoPositionInfo>
#include <QObject>
#include <QPointer>

#include <functional>

class QGeoPositionInfoSource;
class UserStore;

/**
 * Where distances count from: the phone's position (QtPositioning), a place the user picked
 * (a postcode or quarter), or else the site's centre. The choice and the last position are kept
 * in the user's settings on the device; nothing here ever goes over the network.
 */
class PositionProvider : public QObject
{
    Q_OBJECT
    /** What the phone's positioning is doing; only meaningful when mode is Device. */
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    /** What distances count from. */
    Q_PROPERTY(Mode mode READ mode NOTIFY originChanged)
    /** The point distances count from, in degrees. */
    Q_PROPERTY(double latitude READ latitude NOTIFY originChanged)
    Q_PROPERTY(double longitude READ longitude NOTIFY originChanged)
    /** The picked place's name (mode Place), e.g. "3011 Bern – Altstadt". */
    Q_PROPERTY(QString placeName READ placeName NOTIFY originChanged)
    /** Whether latitude/longitude is a fresh fix from this session (mode Device). */
    Q_PROPERTY(bool hasFix READ hasFix NOTIFY originChanged)
    /** Horizontal accuracy of the fix in metres; -1 when unknown. */
    Q_PROPERTY(double accuracy READ accuracy NOTIFY originChanged)

public:
    enum class State { Off, Unavailable, NoPermission, Waiting, Fix };
    Q_ENUM(State)
    enum class Mode { Centre, Place, Device };
    Q_ENUM(Mode)

    /** Makes the positioning source on demand; the default asks QtPositioning for the platform's source. */
    using SourceFactory = std::function<QGeoPositionInfoSource *(QObject *parent)>;

    PositionProvider(UserStore *user, double centreLatitude, double centreLongitude, QObject *parent = nullptr);
    ~PositionProvider() override;

    /** Tests hand in a replayed NMEA log here. A factory returning null means "no positioning". */
    void setSourceFactory(SourceFactory factory) { m_factory = std::move(factory); }
    /** The site's centre, used until the user picks something. */
    void setCentre(double latitude, double longitude);

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] Mode mode() const { return m_mode; }
    [[nodiscard]] double latitude() const;
    [[nodiscard]] double longitude() const;
    [[nodiscard]] QString placeName() const { return m_placeName; }
    [[nodiscard]] bool hasFix() const { return m_state == State::Fix; }
    [[nodiscard]] double accuracy() const { return m_accuracy; }

    /** Distances from the phone's position: starts positioning (the platform may ask for permission). */
    Q_INVOKABLE void useDevicePosition();
    /** Distances from a place the user picked. */
    Q_INVOKABLE void choosePlace(const QString &name, double latitude, double longitude);
    /** Distances from the site's centre again; forgets the picked place and position. */
    Q_INVOKABLE void useCentre();
    /** Starts positioning again if the saved choice is the phone's position (at start, or when the page shows). */
    Q_INVOKABLE void resume();
    /** Stops positioning (saves battery when no page needs it). */
    Q_INVOKABLE void pause();

Q_SIGNALS:
    void stateChanged();
    void originChanged();
    /** The user picked a place or the centre (a final choice, unlike starting the phone's positioning). */
    void placeChosen();

private:
    void setState(State state);
    void startSource();
    void onPosition(const QGeoPositionInfo &info);
    void save();

    UserStore *m_user;
    SourceFactory m_factory;
    QPointer<QGeoPositionInfoSource> m_source;
    State m_state = State::Off;
    Mode m_mode = Mode::Centre;
    double m_centreLat = 0;
    double m_centreLon = 0;
    double m_lat = 0; ///< the picked place or the last position
    double m_lon = 0;
    double m_savedLat = 0;
    double m_savedLon = 0;
    double m_accuracy = -1;
    QString m_placeName;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#include "offerlistmodel.h"
#include "contentstore.h"
#include "geo.h"
#include "languagenames.h"
#include "openinghours.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <numeric>

void OfferListModel::setCategory(const QString &category)
{
    if (category != m_category) {
        m_category = category;
        Q_EMIT filterChanged();
        reload();
    }
}

void OfferListModel::setOfferId(const QString &offerId)
{
    if (offerId != m_offerId) {
        m_offerId = offerId;
        Q_EMIT filterChanged();
        reload();
    }
}

namespace {
template<typename T>
bool assign(T &member, const T &value)
{
    if (member == value) {
        return false;
    }
    member = value;
    return true;
}
} // namespace

void OfferListModel::setOpenNow(bool v)
{
    if (assign(m_openNow, v)) {
        Q_EMIT filterChanged();
        reload();
    }
}

void OfferListModel::setFreeOnly(bool v)
{
    if (assign(m_freeOnly, v)) {
        Q_EMIT filterChanged();
        reload();
    }
}

void OfferListModel::setSpokenLanguage(const QString &v)
{
    if (assign(m_spokenLanguage, v)) {
        Q_EMIT filterChanged();
        reload();
    }
}

void OfferListModel::setFromLatitude(double v)
{
    if (assign(m_fromLat, v)) {
        Q_EMIT filterChanged();
        reload();
    }
}

void OfferListModel::setFromLongitude(double v)
{
    if (assign(m_fromLon, v)) {
        Q_EMIT filterChanged();
        reload();
    }
}

void OfferListModel::setNow(const QDateTime &v)
{
    if (assign(m_now, v)) {
        Q_EMIT filterChanged();
        reload();
    }
}

void OfferListModel::load()
{
    auto offers = content() ? content()->offers(m_category, language()) : QList<Offer>();
    const auto when = m_now.isValid() ? m_now : QDateTime::currentDateTime();
    offers.removeIf([&](const Offer &o) {
        if ((!m_offerId.isEmpty() && o.id != m_offerId) || (m_freeOnly && !o.free.value_or(false))) {
            return true;
        }
        if (!m_spokenLanguage.isEmpty() && !o.languages.contains(m_spokenLanguage)) {
            return true;
        }
        return m_openNow
            && !OpeningHours::fromJson(QJsonDocument::fromJson(o.hoursJson.toUtf8()).object()).isOpen(when);
    });
    // Nearest first when there is a point to measure from; a stable sort keeps the content's order for ties.
    const bool measure = m_fromLat != 0 || m_fromLon != 0;
    QList<double> distances;
    for (const auto &o : offers) {
        // Only a cited map point has a distance; a phone line or a place without one comes after, unmeasured.
        distances.push_back(measure && o.hasLocation ? Geo::distanceMetres(m_fromLat, m_fromLon, o.lat, o.lon) : -1);
    }
    QList<qsizetype> order(offers.size());
    std::iota(order.begin(), order.end(), 0);
    if (measure) {
        std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
            if ((distances[a] < 0) != (distances[b] < 0)) {
                return distances[b] < 0; // places with a map point first
            }
            return distances[a] < distances[b];
        });
    }
    m_offers.clear();
    m_distances.clear();
    for (const auto i : order) {
        m_offers.push_back(offers[i]);
        m_distances.push_back(distances[i]);
    }
}

int OfferListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_offers.size());
}

QVariant OfferListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const auto &o = m_offers[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return o.name;
    case IdRole:
        return o.id;
    case DescriptionRole:
        return o.description;
    case CategoryRole:
        return o.category;
    case AddressRole: {
        // One line as written on a letter in Switzerland: street, postcode and town.
        QStringList parts;
        if (!o.street.isEmpty()) {
            parts.push_back(o.street);
        }
        const auto town = QStringList { o.postcode, o.city }.join(QLatin1Char(' ')).trimmed();
        if (!town.isEmpty()) {
            parts.push_back(town);
        }
        return parts.join(QStringLiteral(", "));
    }
    case PhoneRole:
        return o.phone;
    case EmailRole:
        return o.email;
    case WebRole:
        return o.web;
    case LatitudeRole:
        return o.hasLocation ? QVariant(o.lat) : QVariant();
    case LongitudeRole:
        return o.hasLocation ? QVariant(o.lon) : QVariant();
    case HasLocationRole:
        return o.hasLocation;
    case LanguageNamesRole:
        return LanguageNames::names(o.languages);
    case FreeRole:
        return o.free ? QVariant(*o.free) : QVariant();
    case WheelchairRole:
        return o.wheelchair ? QVariant(*o.wheelchair) : QVariant();
    case AppointmentRole:
        return o.appointment ? QVariant(*o.appointment) : QVariant();
    case HoursNoteRole:
        return o.hoursNote;
    case WeekHoursRole: {
        // [{day: 1 … 7 (Monday first), ranges: "08:00–12:00, 13:30–17:00"}] for the days with hours.
        const auto hours = QJsonDocument::fromJson(o.hoursJson.toUtf8()).object();
        static const QStringList days = { QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"),
            QStringLiteral("thu"), QStringLiteral("fri"), QStringLiteral("sat"), QStringLiteral("sun") };
        QVariantList week;
        for (int d = 0; d < days.size(); ++d) {
            QStringList ranges;
            for (const auto &r : hours.value(days[d]).toArray()) {
                ranges.push_back(r.toString().replace(QLatin1Char('-'), QChar(0x2013)));
            }
            if (!ranges.isEmpty()) {
                week.push_back(QVariantMap { { QStringLiteral("day"), d + 1 },
                    { QStringLiteral("ranges"), ranges.join(QStringLiteral(", ")) } });
            }
        }
        return week;
    }
    case LanguagesRole:
        return o.languages;
    case ArticlesRole:
        return o.articles;
    case NeedsReviewRole:
        return o.needsReview;
    case DistanceRole:
        return m_distances.value(index.row(), -1);
    case IsOpenRole:
    case OpenStateRole: {
        const auto hours = OpeningHours::fromJson(QJsonDocument::fromJson(o.hoursJson.toUtf8()).object());
        const auto when = m_now.isValid() ? m_now : QDateTime::currentDateTime();
        if (role == IsOpenRole) {
            return hours.isOpen(when);
        }
        // Data, not words: "always", "closes <ISO time>", "opens <ISO time>" or empty; QML words it.
        if (hours.isAlways()) {
            return QStringLiteral("always");
        }
        if (const auto closes = hours.closesAt(when)) {
            return QStringLiteral("closes ") + closes->toString(Qt::ISODate);
        }
        const auto opens = hours.nextOpening(when);
        return opens ? QStringLiteral("opens ") + opens->toString(Qt::ISODate) : QString();
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> OfferListModel::roleNames() const
{
    return { { IdRole, "offerId" }, { NameRole, "name" }, { DescriptionRole, "description" },
        { CategoryRole, "category" }, { AddressRole, "address" }, { PhoneRole, "phone" }, { EmailRole, "email" },
        { WebRole, "web" }, { LatitudeRole, "latitude" }, { LongitudeRole, "longitude" },
        { LanguagesRole, "spokenLanguages" }, { ArticlesRole, "articles" }, { NeedsReviewRole, "needsReview" },
        { DistanceRole, "distance" }, { OpenStateRole, "openState" }, { IsOpenRole, "isOpen" },
        { HasLocationRole, "hasLocation" }, { LanguageNamesRole, "languageNames" }, { FreeRole, "free" },
        { WheelchairRole, "wheelchair" }, { AppointmentRole, "appointment" }, { HoursNoteRole, "hoursNote" },
        { WeekHoursRole, "weekHours" } };
}

QVariantList OfferListModel::nearbyBounds(int count) const
{
    double south = m_fromLat;
    double north = m_fromLat;
    double west = m_fromLon;
    double east = m_fromLon;
    for (qsizetype i = 0; i < m_offers.size() && count > 0; ++i) {
        if (m_distances.value(i, -1) < 0) {
            continue;
        }
        south = std::min(south, m_offers[i].lat);
        north = std::max(north, m_offers[i].lat);
        west = std::min(west, m_offers[i].lon);
        east = std::max(east, m_offers[i].lon);
        --count;
    }
    return { south, west, north, east };
}

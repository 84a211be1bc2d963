// SPDX-License-Identifier: GPL-3.0-or-later
#include "offerlistmodel.h"
#include "contentstore.h"

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

void OfferListModel::load()
{
    m_offers = content() ? content()->offers(m_category, language()) : QList<Offer>();
    if (!m_offerId.isEmpty()) {
        m_offers.removeIf([this](const Offer &o) { return o.id != m_offerId; });
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
        return o.lat;
    case LongitudeRole:
        return o.lon;
    case LanguagesRole:
        return o.languages;
    case ArticlesRole:
        return o.articles;
    case NeedsReviewRole:
        return o.needsReview;
    default:
        return {};
    }
}

QHash<int, QByteArray> OfferListModel::roleNames() const
{
    return { { IdRole, "offerId" }, { NameRole, "name" }, { DescriptionRole, "description" },
        { CategoryRole, "category" }, { AddressRole, "address" }, { PhoneRole, "phone" }, { EmailRole, "email" },
        { WebRole, "web" }, { LatitudeRole, "latitude" }, { LongitudeRole, "longitude" },
        { LanguagesRole, "spokenLanguages" }, { ArticlesRole, "articles" }, { NeedsReviewRole, "needsReview" } };
}

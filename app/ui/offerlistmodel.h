// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contentlistmodel.h"
#include "contenttypes.h"

/** Offers of one category, or one offer by id, in the content's order. */
class OfferListModel : public ContentListModel
{
    Q_OBJECT
    QML_ELEMENT
    /** Category, e.g. "residents-office"; empty for every category. */
    Q_PROPERTY(QString category READ category WRITE setCategory NOTIFY filterChanged)
    /** One offer's id; empty for all of the category. */
    Q_PROPERTY(QString offerId READ offerId WRITE setOfferId NOTIFY filterChanged)
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,
        DescriptionRole,
        CategoryRole,
        AddressRole,
        PhoneRole,
        EmailRole,
        WebRole,
        LatitudeRole,
        LongitudeRole,
        LanguagesRole,
        ArticlesRole,
        NeedsReviewRole
    };
    Q_ENUM(Role)

    using ContentListModel::ContentListModel;

    [[nodiscard]] QString category() const { return m_category; }
    void setCategory(const QString &category);
    [[nodiscard]] QString offerId() const { return m_offerId; }
    void setOfferId(const QString &offerId);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void filterChanged();

protected:
    void load() override;

private:
    QString m_category;
    QString m_offerId;
    QList<Offer> m_offers;
};

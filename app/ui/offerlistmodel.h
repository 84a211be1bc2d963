// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contentlistmodel.h"
#include "contenttypes.h"

#include <QDateTime>

/** Offers of one category, or one offer by id, in the content's order. */
class OfferListModel : public ContentListModel
{
    Q_OBJECT
    QML_ELEMENT
    /** Category, e.g. "residents-office"; empty for every category. */
    Q_PROPERTY(QString category READ category WRITE setCategory NOTIFY filterChanged)
    /** One offer's id; empty for all of the category. */
    Q_PROPERTY(QString offerId READ offerId WRITE setOfferId NOTIFY filterChanged)
    /** Only offers open at the moment. */
    Q_PROPERTY(bool openNow READ openNow WRITE setOpenNow NOTIFY filterChanged)
    /** Only offers known to be free of charge. */
    Q_PROPERTY(bool freeOnly READ freeOnly WRITE setFreeOnly NOTIFY filterChanged)
    /** Only offers where this language is spoken (ISO 639-1); empty for any. */
    Q_PROPERTY(QString spokenLanguage READ spokenLanguage WRITE setSpokenLanguage NOTIFY filterChanged)
    /** Distances count from here (the site's centre until the user picks a place); nearest first when set. */
    Q_PROPERTY(double fromLatitude READ fromLatitude WRITE setFromLatitude NOTIFY filterChanged)
    Q_PROPERTY(double fromLongitude READ fromLongitude WRITE setFromLongitude NOTIFY filterChanged)
    /** The time "open now" is judged at; invalid means the current time (settable for tests). */
    Q_PROPERTY(QDateTime now READ now WRITE setNow NOTIFY filterChanged)
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
        NeedsReviewRole,
        DistanceRole,
        OpenStateRole,
        IsOpenRole,
        HasLocationRole,
        LanguageNamesRole,
        FreeRole,
        WheelchairRole,
        AppointmentRole,
        HoursNoteRole,
        WeekHoursRole
    };
    Q_ENUM(Role)

    using ContentListModel::ContentListModel;

    [[nodiscard]] QString category() const { return m_category; }
    void setCategory(const QString &category);
    [[nodiscard]] QString offerId() const { return m_offerId; }
    void setOfferId(const QString &offerId);

    [[nodiscard]] bool openNow() const { return m_openNow; }
    void setOpenNow(bool v);
    [[nodiscard]] bool freeOnly() const { return m_freeOnly; }
    void setFreeOnly(bool v);
    [[nodiscard]] QString spokenLanguage() const { return m_spokenLanguage; }
    void setSpokenLanguage(const QString &v);
    [[nodiscard]] double fromLatitude() const { return m_fromLat; }
    void setFromLatitude(double v);
    [[nodiscard]] double fromLongitude() const { return m_fromLon; }
    void setFromLongitude(double v);
    [[nodiscard]] QDateTime now() const { return m_now; }
    void setNow(const QDateTime &v);

    /**
     * [south, west, north, east] around the point distances count from and the @p count nearest offers with a
     * map point: what a map shows first.
     */
    Q_INVOKABLE QVariantList nearbyBounds(int count) const;

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
    bool m_openNow = false;
    bool m_freeOnly = false;
    QString m_spokenLanguage;
    double m_fromLat = 0;
    double m_fromLon = 0;
    QDateTime m_now;
    QList<Offer> m_offers;
    QList<double> m_distances; ///< metres, -1 when there is no point to measure from or to
};

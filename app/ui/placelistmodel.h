// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contentlistmodel.h"
#include "contenttypes.h"

/** Postcodes and quarters the user can measure distances from, filtered by what they type. */
class PlaceListModel : public ContentListModel
{
    Q_OBJECT
    QML_ELEMENT
    /** Typed text: a postcode prefix ("301") or part of a name ("bumpliz" finds "Bümpliz"). */
    Q_PROPERTY(QString filter READ filter WRITE setFilter NOTIFY filterChanged)
public:
    enum Role { PostcodeRole = Qt::UserRole + 1, NameRole, LatitudeRole, LongitudeRole, LabelRole };
    Q_ENUM(Role)

    using ContentListModel::ContentListModel;

    [[nodiscard]] QString filter() const { return m_filter; }
    void setFilter(const QString &filter);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void filterChanged();

protected:
    void load() override;

private:
    QString m_filter;
    QList<Place> m_places;
};

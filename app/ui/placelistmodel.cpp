// SPDX-License-Identifier: GPL-3.0-or-later
#include "placelistmodel.h"
#include "contentstore.h"
#include "textfold.h"

void PlaceListModel::setFilter(const QString &filter)
{
    if (filter != m_filter) {
        m_filter = filter;
        Q_EMIT filterChanged();
        reload();
    }
}

void PlaceListModel::load()
{
    m_places = content() ? content()->places() : QList<Place>();
    const auto typed = TextFold::fold(m_filter.trimmed());
    if (typed.isEmpty()) {
        return;
    }
    m_places.removeIf(
        [&](const Place &p) { return !p.postcode.startsWith(typed) && !TextFold::fold(p.name).contains(typed); });
}

int PlaceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_places.size());
}

QVariant PlaceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const auto &p = m_places[index.row()];
    switch (role) {
    case PostcodeRole:
        return p.postcode;
    case NameRole:
        return p.name;
    case LatitudeRole:
        return p.lat;
    case LongitudeRole:
        return p.lon;
    case Qt::DisplayRole:
    case LabelRole:
        return p.postcode + QLatin1Char(' ') + p.name;
    default:
        return {};
    }
}

QHash<int, QByteArray> PlaceListModel::roleNames() const
{
    return { { PostcodeRole, "postcode" }, { NameRole, "name" }, { LatitudeRole, "latitude" },
        { LongitudeRole, "longitude" }, { LabelRole, "label" } };
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "topicmodel.h"
#include "contentstore.h"

int TopicModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_topics.size());
}

QVariant TopicModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const auto &t = m_topics[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return t.name;
    case IdRole:
        return t.id;
    case DescriptionRole:
        return t.description;
    case IconRole:
        return t.icon;
    case ArticleCountRole:
        return t.articleCount;
    case LanguageRole:
        return t.lang;
    case IsFallbackRole:
        return t.lang != language();
    default:
        return {};
    }
}

QHash<int, QByteArray> TopicModel::roleNames() const
{
    return { { IdRole, "topicId" }, { NameRole, "name" }, { DescriptionRole, "description" }, { IconRole, "symbol" },
        { ArticleCountRole, "articleCount" }, { LanguageRole, "lang" }, { IsFallbackRole, "isFallback" } };
}

void TopicModel::load()
{
    m_topics = content() ? content()->topics(language()) : QList<Topic>();
}

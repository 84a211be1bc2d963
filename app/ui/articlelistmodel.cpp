// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlelistmodel.h"
#include "contentstore.h"

void ArticleListModel::setTopic(const QString &topic)
{
    if (topic == m_topic) {
        return;
    }
    m_topic = topic;
    Q_EMIT topicChanged();
    reload();
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_articles.size());
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const auto &a = m_articles[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return a.title;
    case SlugRole:
        return a.slug;
    case SummaryRole:
        return a.summary;
    case LanguageRole:
        return a.lang;
    case IsFallbackRole:
        return a.lang != language();
    case TopicRole:
        return a.topic;
    default:
        return {};
    }
}

QHash<int, QByteArray> ArticleListModel::roleNames() const
{
    return { { SlugRole, "slug" }, { TitleRole, "title" }, { SummaryRole, "summary" }, { LanguageRole, "lang" },
        { IsFallbackRole, "isFallback" }, { TopicRole, "topic" } };
}

void ArticleListModel::load()
{
    m_articles = content() ? content()->articles(m_topic, language()) : QList<ArticleSummary>();
}

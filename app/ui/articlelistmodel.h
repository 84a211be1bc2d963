// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contentlistmodel.h"
#include "contenttypes.h"

/** The articles of one topic (or of all topics when the topic is empty). */
class ArticleListModel : public ContentListModel
{
    Q_OBJECT
    QML_ELEMENT
    /** Topic id; empty lists every article. */
    Q_PROPERTY(QString topic READ topic WRITE setTopic NOTIFY topicChanged)
public:
    enum Role { SlugRole = Qt::UserRole + 1, TitleRole, SummaryRole, LanguageRole, IsFallbackRole, TopicRole };
    Q_ENUM(Role)

    using ContentListModel::ContentListModel;

    [[nodiscard]] QString topic() const { return m_topic; }
    void setTopic(const QString &topic);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void topicChanged();

protected:
    void load() override;

private:
    QString m_topic;
    QList<ArticleSummary> m_articles;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contentlistmodel.h"
#include "contenttypes.h"

/** The guide's topics in editor order. */
class TopicModel : public ContentListModel
{
    Q_OBJECT
    QML_ELEMENT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,
        DescriptionRole,
        IconRole,
        ArticleCountRole,
        LanguageRole,
        IsFallbackRole
    };
    Q_ENUM(Role)

    using ContentListModel::ContentListModel;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

protected:
    void load() override;

private:
    QList<Topic> m_topics;
};

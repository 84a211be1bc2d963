// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contentlistmodel.h"
#include "contenttypes.h"

/** The languages the content offers, each named in itself. */
class LanguageModel : public ContentListModel
{
    Q_OBJECT
    QML_ELEMENT
public:
    enum Role { CodeRole = Qt::UserRole + 1, NameRole, RightToLeftRole };
    Q_ENUM(Role)

    using ContentListModel::ContentListModel;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

protected:
    void load() override;

private:
    QList<Language> m_languages;
};

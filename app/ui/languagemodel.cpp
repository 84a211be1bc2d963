// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagemodel.h"
#include "contentstore.h"

int LanguageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_languages.size());
}

QVariant LanguageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const auto &l = m_languages[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return l.name;
    case CodeRole:
        return l.code;
    case RightToLeftRole:
        return l.rightToLeft;
    default:
        return {};
    }
}

QHash<int, QByteArray> LanguageModel::roleNames() const
{
    return { { CodeRole, "code" }, { NameRole, "name" }, { RightToLeftRole, "rightToLeft" } };
}

void LanguageModel::load()
{
    m_languages = content() ? content()->languages() : QList<Language>();
}

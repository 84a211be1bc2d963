// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentlistmodel.h"
#include "contentstore.h"

void ContentListModel::setContent(ContentStore *content)
{
    if (content == m_content) {
        return;
    }
    if (m_content) {
        disconnect(m_content, nullptr, this, nullptr);
    }
    m_content = content;
    if (m_content) {
        connect(m_content, &ContentStore::contentChanged, this, &ContentListModel::reload);
    }
    Q_EMIT contentChanged();
    reload();
}

void ContentListModel::setLanguage(const QString &language)
{
    if (language == m_language) {
        return;
    }
    m_language = language;
    Q_EMIT languageChanged();
    reload();
}

void ContentListModel::classBegin()
{
    m_complete = false;
}

void ContentListModel::componentComplete()
{
    m_complete = true;
    reload();
}

void ContentListModel::reload()
{
    if (!m_complete) {
        return;
    }
    const int before = rowCount();
    beginResetModel();
    load();
    endResetModel();
    if (rowCount() != before) {
        Q_EMIT countChanged();
    }
}

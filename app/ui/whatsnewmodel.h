// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contentlistmodel.h"

/**
 * "What's new": the pages the last content update added, changed or removed (table whats_new), one row per
 * page, titled in the user's language, plus the editor's notes. Only texts in the user's languages (the
 * fallback chain) count: a changed Ukrainian translation is not news to a German reader.
 */
class WhatsNewModel : public ContentListModel
{
    Q_OBJECT
    QML_ELEMENT
    /** What the editors wrote about the update; empty when they wrote nothing. */
    Q_PROPERTY(QString notes READ notes NOTIFY notesChanged)
public:
    enum Role { TitleRole = Qt::UserRole + 1, KindRole, ChangeRole, PageRole };
    Q_ENUM(Role)

    struct Entry
    {
        QString title;
        QString kind; ///< article, offer, step, topics
        QString change; ///< added, changed, removed
        QString page; ///< e.g. "article:registration"; empty for removed pages
    };

    using ContentListModel::ContentListModel;

    [[nodiscard]] QString notes() const { return m_notes; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void notesChanged();

protected:
    void load() override;

private:
    QList<Entry> m_entries;
    QString m_notes;
};

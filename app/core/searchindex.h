// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

/** One page in one language as the search index sees it; body is plain text. */
struct SearchDocument
{
    QString kind; ///< "article", "offer" or "step"
    QString ref;
    QString lang;
    QString title;
    QString tags;
    QString summary;
    QString body;
};

/**
 * Writes the search tables of content.db. The content tool's build and the app's sync both go through here,
 * so a page indexed by an update is found exactly as one built into the app.
 *
 * Changes are batched: remove() takes a page out of search_docs at once and add() queues it; flush() then
 * deletes the old index rows in ascending rowid order before inserting the new ones. FTS5 writes its pending
 * terms out as a new segment whenever a row arrives below the last rowid it saw, so alternating "delete old
 * page, insert new page" would write one tiny segment per page and spend an update merging them.
 */
class SearchIndex
{
public:
    explicit SearchIndex(QSqlDatabase db);

    /** CREATE statements of the search tables, in order. */
    static QStringList createStatements();
    /** Merges the index's segments: a smaller file and faster queries. Worth it after many changes. */
    static bool optimize(const QSqlDatabase &db, QString *error);

    /** Queues @p doc for indexing; the caller has removed any earlier version of it. */
    bool add(const SearchDocument &doc, QString *error);
    /** Removes one page from the index: in @p lang, or in every language when @p lang is empty. */
    bool remove(const QString &kind, const QString &ref, const QString &lang, QString *error);
    /** Writes what add() and remove() queued; must be called before the transaction commits. */
    bool flush(QString *error);

private:
    struct Pending
    {
        SearchDocument doc;
        QString alt; ///< alternative spellings of all words
        QString headAlt; ///< those of title and tags
        QString fuzzyWords;
    };

    QSqlDatabase m_db;
    QList<Pending> m_adds;
    QSet<QString> m_pendingPages; ///< "kind/ref" of m_adds, so remove() rarely has to scan them
    QSqlQuery m_rowsOf; ///< prepared on first use, like m_forget
    QSqlQuery m_forget;
    bool m_prepared = false;
    QList<qint64> m_searchRows; ///< rows of search and search_head to delete
    QList<qint64> m_fuzzyRows; ///< rows of search_fuzzy to delete
};

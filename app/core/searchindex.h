// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
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
 */
namespace SearchIndex {

/** CREATE statements of the search tables, in order. */
QStringList createStatements();

/** Indexes @p doc; the caller has removed any earlier version of it. */
bool add(const QSqlDatabase &db, const SearchDocument &doc, QString *error);

/** Removes one page from the index: in @p lang, or in every language when @p lang is empty. */
bool remove(const QSqlDatabase &db, const QString &kind, const QString &ref, const QString &lang, QString *error);

/** Merges the index's segments: a smaller file and faster queries. Worth it after many changes. */
bool optimize(const QSqlDatabase &db, QString *error);

} // namespace SearchIndex

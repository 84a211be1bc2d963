// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchindex.h"
#include "textfold.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {
// QtSql binds a null QString as SQL NULL; every text column is NOT NULL.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

bool fail(const QSqlQuery &q, QString *error)
{
    if (error) {
        *error = q.lastError().text();
    }
    return false;
}
} // namespace

QStringList SearchIndex::createStatements()
{
    return {
        // Full-text search: one row per page and language. Prefix indexes for 1–3 letters keep the first
        // keystrokes fast (a 2-letter prefix otherwise merges the hit lists of thousands of words). alt holds German
        // spellings without umlauts ("fuehrerschein") and Arabic words without "ال", so both ways of typing meet;
        // the tokenizer folds case and accents.
        QStringLiteral("CREATE VIRTUAL TABLE search USING fts5(title, tags, summary, body, alt, kind UNINDEXED, "
                       "ref UNINDEXED, lang UNINDEXED, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')"),
        // Title and tag hits weigh most, body hits least; ORDER BY rank then sorts inside FTS5.
        QStringLiteral("INSERT INTO search(search, rank) VALUES ('rank', 'bm25(10.0, 6.0, 3.0, 1.0, 4.0)')"),
        // Title, tags and their alternative spellings once more, apart: the first place a query looks. Titles are
        // short, so even a 2-letter prefix reads a small part of what the full index holds, and a hit here ranks
        // above any body hit anyway. Same rowid as the page's row in search.
        QStringLiteral("CREATE VIRTUAL TABLE search_head USING fts5(title, tags, alt, kind UNINDEXED, ref UNINDEXED, "
                       "lang UNINDEXED, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')"),
        QStringLiteral("INSERT INTO search_head(search_head, rank) VALUES ('rank', 'bm25(10.0, 6.0, 4.0)')"),
        // Typo-tolerant fallback: trigrams over the folded words of titles, tags and summaries.
        QStringLiteral("CREATE VIRTUAL TABLE search_fuzzy USING fts5(words, kind UNINDEXED, ref UNINDEXED, "
                       "lang UNINDEXED, title UNINDEXED, summary UNINDEXED, tokenize = 'trigram')"),
        // Which index rows belong to which page, so an update replaces a page without scanning the index.
        QStringLiteral("CREATE TABLE search_docs (kind TEXT NOT NULL, ref TEXT NOT NULL, lang TEXT NOT NULL, "
                       "search_row INTEGER NOT NULL, fuzzy_row INTEGER NOT NULL, PRIMARY KEY (kind, ref, lang))"),
    };
}

bool SearchIndex::add(const QSqlDatabase &db, const SearchDocument &doc, QString *error)
{
    static const QRegularExpression nonWord(QStringLiteral("[^\\w]+"), QRegularExpression::UseUnicodePropertiesOption);
    QStringList alt;
    qsizetype headAlt = 0; // alt's first headAlt words come from title and tags
    for (const QString *part : { &doc.title, &doc.tags, &doc.summary, &doc.body }) {
        for (const auto &w : part->toLower().split(nonWord, Qt::SkipEmptyParts)) {
            for (const auto &t :
                { TextFold::germanTransliteration(w), TextFold::withoutArabicArticle(TextFold::fold(w)) }) {
                if (!t.isEmpty() && !alt.contains(t)) {
                    alt.push_back(t);
                }
            }
        }
        if (part == &doc.tags) {
            headAlt = alt.size();
        }
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO search (title, tags, summary, body, alt, kind, ref, lang) "
                             "VALUES (:title, :tags, :summary, :body, :alt, :kind, :ref, :lang)"));
    q.bindValue(QStringLiteral(":title"), text(doc.title));
    q.bindValue(QStringLiteral(":tags"), text(doc.tags));
    q.bindValue(QStringLiteral(":summary"), text(doc.summary));
    q.bindValue(QStringLiteral(":body"), text(doc.body));
    q.bindValue(QStringLiteral(":alt"), text(alt.join(QLatin1Char(' '))));
    q.bindValue(QStringLiteral(":kind"), doc.kind);
    q.bindValue(QStringLiteral(":ref"), doc.ref);
    q.bindValue(QStringLiteral(":lang"), doc.lang);
    if (!q.exec()) {
        return fail(q, error);
    }
    const auto searchRow = q.lastInsertId();
    q.prepare(QStringLiteral("INSERT INTO search_head (rowid, title, tags, alt, kind, ref, lang) "
                             "VALUES (:row, :title, :tags, :alt, :kind, :ref, :lang)"));
    q.bindValue(QStringLiteral(":row"), searchRow);
    q.bindValue(QStringLiteral(":title"), text(doc.title));
    q.bindValue(QStringLiteral(":tags"), text(doc.tags));
    q.bindValue(QStringLiteral(":alt"), text(alt.mid(0, headAlt).join(QLatin1Char(' '))));
    q.bindValue(QStringLiteral(":kind"), doc.kind);
    q.bindValue(QStringLiteral(":ref"), doc.ref);
    q.bindValue(QStringLiteral(":lang"), doc.lang);
    if (!q.exec()) {
        return fail(q, error);
    }
    auto words = TextFold::words(doc.title + QLatin1Char(' ') + doc.tags + QLatin1Char(' ') + doc.summary);
    words.removeDuplicates();
    q.prepare(QStringLiteral("INSERT INTO search_fuzzy (words, kind, ref, lang, title, summary) "
                             "VALUES (:words, :kind, :ref, :lang, :title, :summary)"));
    q.bindValue(QStringLiteral(":words"), text(words.join(QLatin1Char(' '))));
    q.bindValue(QStringLiteral(":kind"), doc.kind);
    q.bindValue(QStringLiteral(":ref"), doc.ref);
    q.bindValue(QStringLiteral(":lang"), doc.lang);
    q.bindValue(QStringLiteral(":title"), text(doc.title));
    q.bindValue(QStringLiteral(":summary"), text(doc.summary));
    if (!q.exec()) {
        return fail(q, error);
    }
    const auto fuzzyRow = q.lastInsertId();
    q.prepare(QStringLiteral("INSERT INTO search_docs (kind, ref, lang, search_row, fuzzy_row) "
                             "VALUES (:kind, :ref, :lang, :s, :f)"));
    q.bindValue(QStringLiteral(":kind"), doc.kind);
    q.bindValue(QStringLiteral(":ref"), doc.ref);
    q.bindValue(QStringLiteral(":lang"), doc.lang);
    q.bindValue(QStringLiteral(":s"), searchRow);
    q.bindValue(QStringLiteral(":f"), fuzzyRow);
    return q.exec() || fail(q, error);
}

bool SearchIndex::remove(
    const QSqlDatabase &db, const QString &kind, const QString &ref, const QString &lang, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT search_row, fuzzy_row FROM search_docs "
                             "WHERE kind = :kind AND ref = :ref AND :lang IN ('', lang)"));
    q.bindValue(QStringLiteral(":kind"), kind);
    q.bindValue(QStringLiteral(":ref"), ref);
    q.bindValue(QStringLiteral(":lang"), text(lang));
    if (!q.exec()) {
        return fail(q, error);
    }
    QList<std::pair<qint64, qint64>> rows;
    while (q.next()) {
        rows.push_back({ q.value(0).toLongLong(), q.value(1).toLongLong() });
    }
    // One rowid at a time: FTS5 plans "rowid IN (subquery)" as a scan of the whole index.
    QSqlQuery del(db);
    for (const auto &[searchRow, fuzzyRow] : rows) {
        for (const auto &[sql, row] :
            { std::pair { QStringLiteral("DELETE FROM search WHERE rowid = :row"), searchRow },
                std::pair { QStringLiteral("DELETE FROM search_head WHERE rowid = :row"), searchRow },
                std::pair { QStringLiteral("DELETE FROM search_fuzzy WHERE rowid = :row"), fuzzyRow } }) {
            del.prepare(sql);
            del.bindValue(QStringLiteral(":row"), row);
            if (!del.exec()) {
                return fail(del, error);
            }
        }
    }
    q.prepare(QStringLiteral("DELETE FROM search_docs WHERE kind = :kind AND ref = :ref AND :lang IN ('', lang)"));
    q.bindValue(QStringLiteral(":kind"), kind);
    q.bindValue(QStringLiteral(":ref"), ref);
    q.bindValue(QStringLiteral(":lang"), text(lang));
    return q.exec() || fail(q, error);
}

bool SearchIndex::optimize(const QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    return (q.exec(QStringLiteral("INSERT INTO search(search) VALUES ('optimize')"))
               && q.exec(QStringLiteral("INSERT INTO search_head(search_head) VALUES ('optimize')"))
               && q.exec(QStringLiteral("INSERT INTO search_fuzzy(search_fuzzy) VALUES ('optimize')")))
        || fail(q, error);
}

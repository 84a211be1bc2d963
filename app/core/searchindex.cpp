// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchindex.h"
#include "textfold.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

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

// Arabic letters, presentation forms included: only such words can carry the article "ال".
bool hasArabic(const QString &word)
{
    return std::any_of(word.cbegin(), word.cend(), [](QChar c) {
        const auto u = c.unicode();
        return (u >= 0x0600 && u <= 0x06FF) || (u >= 0xFB50 && u <= 0xFEFF);
    });
}

// The same word characters as the pattern \\w: letters, digits and the underscore.
bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

// Calls @p f with each word of @p text.
template<typename F>
void forEachWord(const QString &text, F f)
{
    qsizetype begin = -1;
    for (qsizetype j = 0; j <= text.size(); ++j) {
        const bool inWord = j < text.size() && isWordChar(text[j]);
        if (inWord && begin < 0) {
            begin = j;
        } else if (!inWord && begin >= 0) {
            f(QStringView(text).sliced(begin, j - begin));
            begin = -1;
        }
    }
}

// Alternative spellings of the words of @p parts, each once, in order of first appearance: German without umlauts
// ("fuehrerschein") and Arabic without "ال". *headCount is how many come from the first two parts (title, tags).
// Runs over every word of every page an update writes, so plain ASCII words, which have no alternative, are
// passed over without being copied or lower-cased.
QStringList alternativeSpellings(const QList<const QString *> &parts, qsizetype *headCount)
{
    QStringList alt;
    QSet<QString> seen;
    const auto addWord = [&](QStringView w) {
        const auto lower = w.toString().toLower();
        // Lower-casing can change a word's length; split again as if the whole text had been lower-cased first.
        forEachWord(lower, [&](QStringView part) {
            const auto word = part.toString();
            for (const auto &t : { TextFold::germanTransliteration(word),
                     hasArabic(word) ? TextFold::withoutArabicArticle(TextFold::fold(word)) : QString() }) {
                if (!t.isEmpty() && !seen.contains(t)) {
                    seen.insert(t);
                    alt.push_back(t);
                }
            }
        });
    };
    for (qsizetype i = 0; i < parts.size(); ++i) {
        forEachWord(*parts[i], [&](QStringView w) {
            if (std::any_of(w.cbegin(), w.cend(), [](QChar c) { return c.unicode() >= 0x80; })) {
                addWord(w);
            }
        });
        if (i == 1) {
            *headCount = alt.size();
        }
    }
    return alt;
}
} // namespace

SearchIndex::SearchIndex(QSqlDatabase db)
    : m_db(db)
    , m_rowsOf(db)
    , m_forget(db)
{ }

QStringList SearchIndex::createStatements()
{
    return {
        // Full-text search: one row per page and language. alt holds German spellings without umlauts
        // ("fuehrerschein") and Arabic words without "ال", so both ways of typing meet; the tokenizer folds case and
        // accents. No prefix indexes here: the first keystrokes are answered by search_head, and this table is read
        // only when titles and tags give too few pages. Prefix indexes for 1–3 letters would write every word four
        // times, which made applying a large update take 27 % more instructions.
        QStringLiteral("CREATE VIRTUAL TABLE search USING fts5(title, tags, summary, body, alt, kind UNINDEXED, "
                       "ref UNINDEXED, lang UNINDEXED, tokenize = 'unicode61 remove_diacritics 2')"),
        // Title and tag hits weigh most, body hits least; ORDER BY rank then sorts inside FTS5.
        QStringLiteral("INSERT INTO search(search, rank) VALUES ('rank', 'bm25(10.0, 6.0, 3.0, 1.0, 4.0)')"),
        // Title, tags and their alternative spellings once more, apart: the first place a query looks. Titles are
        // short, so even a 2-letter prefix reads a small part of what the full index holds, and a hit here ranks
        // above any body hit anyway. Prefix indexes for 1–3 letters keep the first keystrokes fast (a 2-letter
        // prefix otherwise merges the hit lists of hundreds of words). Same rowid as the page's row in search.
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

bool SearchIndex::add(const SearchDocument &doc, QString *error)
{
    qsizetype headCount = 0;
    const auto alt = alternativeSpellings({ &doc.title, &doc.tags, &doc.summary, &doc.body }, &headCount);
    auto words = TextFold::words(doc.title + QLatin1Char(' ') + doc.tags + QLatin1Char(' ') + doc.summary);
    words.removeDuplicates();
    m_pendingPages.insert(doc.kind + QLatin1Char('/') + doc.ref);
    m_adds.push_back({ doc, alt.join(QLatin1Char(' ')), alt.mid(0, headCount).join(QLatin1Char(' ')),
        words.join(QLatin1Char(' ')) });
    // A bound on what waits in memory; flushing early costs at most one extra index segment.
    constexpr qsizetype maxPending = 1000;
    return m_adds.size() < maxPending || flush(error);
}

bool SearchIndex::remove(const QString &kind, const QString &ref, const QString &lang, QString *error)
{
    const auto page = kind + QLatin1Char('/') + ref;
    if (m_pendingPages.contains(page)) {
        m_adds.removeIf([&](const Pending &p) {
            return p.doc.kind == kind && p.doc.ref == ref && (lang.isEmpty() || p.doc.lang == lang);
        });
    }
    if (!m_prepared) {
        if (!m_rowsOf.prepare(QStringLiteral("SELECT search_row, fuzzy_row FROM search_docs "
                                             "WHERE kind = ? AND ref = ? AND ? IN ('', lang)"))) {
            return fail(m_rowsOf, error);
        }
        if (!m_forget.prepare(
                QStringLiteral("DELETE FROM search_docs WHERE kind = ? AND ref = ? AND ? IN ('', lang)"))) {
            return fail(m_forget, error);
        }
        m_prepared = true;
    }
    for (auto *q : { &m_rowsOf, &m_forget }) {
        q->bindValue(0, kind);
        q->bindValue(1, ref);
        q->bindValue(2, text(lang));
        if (!q->exec()) {
            return fail(*q, error);
        }
        while (q == &m_rowsOf && q->next()) {
            m_searchRows.push_back(q->value(0).toLongLong());
            m_fuzzyRows.push_back(q->value(1).toLongLong());
        }
        q->finish();
    }
    return true;
}

bool SearchIndex::flush(QString *error)
{
    std::sort(m_searchRows.begin(), m_searchRows.end());
    std::sort(m_fuzzyRows.begin(), m_fuzzyRows.end());
    // One rowid at a time: FTS5 plans "rowid IN (…)" as a scan of the whole index.
    QSqlQuery del(m_db);
    for (const auto &[sql, rows] : { std::pair { QStringLiteral("DELETE FROM search WHERE rowid = ?"), &m_searchRows },
             std::pair { QStringLiteral("DELETE FROM search_head WHERE rowid = ?"), &m_searchRows },
             std::pair { QStringLiteral("DELETE FROM search_fuzzy WHERE rowid = ?"), &m_fuzzyRows } }) {
        if (!del.prepare(sql)) {
            return fail(del, error);
        }
        for (const auto row : *rows) {
            del.bindValue(0, row);
            if (!del.exec()) {
                return fail(del, error);
            }
        }
    }
    m_searchRows.clear();
    m_fuzzyRows.clear();

    QSqlQuery search(m_db);
    QSqlQuery head(m_db);
    QSqlQuery fuzzy(m_db);
    QSqlQuery docs(m_db);
    if (!search.prepare(QStringLiteral("INSERT INTO search (title, tags, summary, body, alt, kind, ref, lang) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"))
        || !head.prepare(QStringLiteral("INSERT INTO search_head (rowid, title, tags, alt, kind, ref, lang) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?)"))
        || !fuzzy.prepare(QStringLiteral("INSERT INTO search_fuzzy (words, kind, ref, lang, title, summary) "
                                         "VALUES (?, ?, ?, ?, ?, ?)"))
        || !docs.prepare(QStringLiteral("INSERT INTO search_docs (kind, ref, lang, search_row, fuzzy_row) "
                                        "VALUES (?, ?, ?, ?, ?)"))) {
        return fail(search.lastError().isValid() ? search
                : head.lastError().isValid()     ? head
                : fuzzy.lastError().isValid()    ? fuzzy
                                                 : docs,
            error);
    }
    const auto run = [](QSqlQuery &q, const QVariantList &values) {
        for (qsizetype i = 0; i < values.size(); ++i) {
            q.bindValue(int(i), values[i]);
        }
        return q.exec();
    };
    for (const auto &p : std::as_const(m_adds)) {
        const auto &d = p.doc;
        if (!run(search,
                { text(d.title), text(d.tags), text(d.summary), text(d.body), text(p.alt), d.kind, d.ref, d.lang })) {
            return fail(search, error);
        }
        const auto searchRow = search.lastInsertId();
        if (!run(head, { searchRow, text(d.title), text(d.tags), text(p.headAlt), d.kind, d.ref, d.lang })) {
            return fail(head, error);
        }
        if (!run(fuzzy, { text(p.fuzzyWords), d.kind, d.ref, d.lang, text(d.title), text(d.summary) })) {
            return fail(fuzzy, error);
        }
        if (!run(docs, { d.kind, d.ref, d.lang, searchRow, fuzzy.lastInsertId() })) {
            return fail(docs, error);
        }
    }
    m_adds.clear();
    m_pendingPages.clear();
    return true;
}

bool SearchIndex::optimize(const QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    return (q.exec(QStringLiteral("INSERT INTO search(search) VALUES ('optimize')"))
               && q.exec(QStringLiteral("INSERT INTO search_head(search_head) VALUES ('optimize')"))
               && q.exec(QStringLiteral("INSERT INTO search_fuzzy(search_fuzzy) VALUES ('optimize')")))
        || fail(q, error);
}

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <QMetaType>

/** One search hit. Snippets mark matched words with U+0002 … U+0003. */
struct SearchResult
{
    QString kind; ///< "article", "offer" or "step"
    QString ref; ///< the slug or id
    QString lang; ///< the language the hit was found in
    QString shownLang; ///< the language title and snippet are shown in: the best of the chain
    QString title;
    QString snippet;
    double score = 0; ///< lower is better
    bool fuzzy = false; ///< found by the typo-tolerant fallback
    bool headHit = false; ///< matched in title, tags or their spellings: ranks above body-only hits
    qint64 row = 0; ///< the hit's row in the index (for its snippet)
};

/**
 * Search over the content database's index: what the app's search page and
 * `welcome-content search` both call. User input is never passed to FTS5 as syntax:
 * it is split into words, each quoted, so "AND", "*", quotes and brackets are just text.
 */
class SearchEngine
{
public:
    static constexpr QChar markStart = QChar(0x0002);
    static constexpr QChar markEnd = QChar(0x0003);

    /** Opens its own read-only connection, so one engine can live in a worker thread. */
    explicit SearchEngine(const QString &dbPath);
    ~SearchEngine();
    SearchEngine(const SearchEngine &) = delete;
    SearchEngine &operator=(const SearchEngine &) = delete;

    [[nodiscard]] bool isOpen() const;

    /**
     * Ranked results for @p query: hits in @p chain's first language first, then the other languages
     * of the chain, then any language; grouped by kind (articles, offers, steps). Falls back to a
     * trigram search when the exact search finds nothing.
     */
    [[nodiscard]] QList<SearchResult> search(const QString &query, const QStringList &chain, int limit = 30) const;

    /** The FTS5 expression built for @p query (synonyms and spellings expanded); empty if nothing to search. */
    [[nodiscard]] QString matchExpression(const QString &query) const;
    /** Why the last search failed at the database; empty when it did not. */
    [[nodiscard]] QString errorString() const { return m_error; }

    /** Rows read from one index per query at most; the rest of a huge hit list is not ranked. */
    static constexpr int candidateCap = 150;

private:
    bool collect(QSqlQuery &q, const QString &expr, bool head, const QStringList &chain, QList<SearchResult> &results,
        QHash<QString, qsizetype> &byRef) const;
    QList<SearchResult> fuzzySearch(const QStringList &words, const QStringList &chain, int limit) const;
    void showInChainLanguage(QList<SearchResult> &results, const QStringList &chain) const;
    void addSnippets(QList<SearchResult> &results, const QStringList &terms) const;
    /** The query's words as groups of alternatives (synonyms, spellings), each alternative a phrase of folded words. */
    QList<QList<QStringList>> queryGroups(const QString &query) const;

    QString m_connection;
    mutable QString m_error;
    QSqlDatabase m_db;
    // Prepared once: every keystroke runs them again.
    mutable QSqlQuery m_headQuery;
    bool m_hasHead = false;
    mutable QSqlQuery m_bodyQuery;
    mutable QSqlQuery m_snippetQuery;
    mutable QSqlQuery m_articleTextQuery;
    mutable QSqlQuery m_stepTextQuery;
    QList<QList<QStringList>> m_synonyms; ///< groups of phrases, each phrase a list of folded words
};

Q_DECLARE_METATYPE(SearchResult)

// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchengine.h"
#include "textfold.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace {

constexpr int maxWords = 8; // longer input is cut: nobody types more, and it bounds the query

int kindOrder(const QString &kind)
{
    static const QStringList order = { QStringLiteral("article"), QStringLiteral("offer"), QStringLiteral("step") };
    const auto i = order.indexOf(kind);
    return i < 0 ? int(order.size()) : int(i);
}

// A hit in another language than the chosen one counts for less; bm25 scores are negative.
double languageWeight(const QStringList &chain, const QString &lang)
{
    const auto i = chain.indexOf(lang);
    if (i == 0) {
        return 1.0;
    }
    return i > 0 ? 0.8 : 0.6;
}

QString quoted(const QStringList &phrase, bool prefix)
{
    // Words contain only letters, digits and marks, so no quote can appear inside.
    return QLatin1Char('"') + phrase.join(QLatin1Char(' ')) + QLatin1Char('"')
        + (prefix ? QStringLiteral("*") : QString());
}

QSet<QString> trigrams(const QString &word)
{
    QSet<QString> out;
    for (qsizetype i = 0; i + 3 <= word.size(); ++i) {
        out.insert(word.mid(i, 3));
    }
    return out;
}

// Keeps one result per page: shown from the hit in the most preferred language (its snippet marks
// the match in the reader's language), ranked by the best hit in any language. Scores of the title index
// and the full index do not compare: a title or tag hit keeps its own.
void keepBest(
    QList<SearchResult> &results, QHash<QString, qsizetype> &byRef, const SearchResult &r, const QStringList &chain)
{
    const QString key = r.kind + QLatin1Char(':') + r.ref;
    const auto it = byRef.constFind(key);
    if (it == byRef.cend()) {
        byRef.insert(key, results.size());
        results.push_back(r);
        return;
    }
    auto &kept = results[*it];
    const auto rankOf = [&](const QString &lang) {
        const auto i = chain.indexOf(lang);
        return i < 0 ? chain.size() : i;
    };
    const bool headHit = kept.headHit || r.headHit;
    const double best = kept.headHit == r.headHit ? std::min(kept.score, r.score) : kept.headHit ? kept.score : r.score;
    if (rankOf(r.lang) < rankOf(kept.lang)) {
        kept = r;
    }
    kept.score = best;
    kept.headHit = headHit;
}

// Grouped by kind, best first, at most @p limit of each kind.
void finish(QList<SearchResult> &results, int limit)
{
    std::stable_sort(results.begin(), results.end(), [](const SearchResult &a, const SearchResult &b) {
        const auto ka = kindOrder(a.kind);
        const auto kb = kindOrder(b.kind);
        if (ka != kb) {
            return ka < kb;
        }
        return a.headHit != b.headHit ? a.headHit : a.score < b.score;
    });
    // The limit applies per kind: many article hits must not push every offer out.
    QHash<QString, int> perKind;
    results.erase(std::remove_if(
                      results.begin(), results.end(), [&](const SearchResult &r) { return ++perKind[r.kind] > limit; }),
        results.end());
}

double similarity(const QSet<QString> &a, const QSet<QString> &b)
{
    if (a.isEmpty() || b.isEmpty()) {
        return 0;
    }
    const auto common = QSet<QString>(a).intersect(b).size();
    return double(common) / double(a.size() + b.size() - common);
}

// The folded form of one word of page text, as the tokenizer sees it. Most words are plain ASCII: lower case is
// enough there, and it spares the Unicode normalization that fold() does.
QString foldedWord(QStringView word)
{
    for (const auto c : word) {
        if (c.unicode() >= 0x80) {
            return TextFold::fold(word.toString());
        }
    }
    return word.toString().toLower();
}

constexpr int snippetWords = 12;

// A window of about 12 words of @p text around the most distinct matches of @p terms (prefixes of folded words),
// the matches marked, "…" where text was cut; empty when nothing matches. Like FTS5's snippet(), but for one row's
// text in memory: FTS5 would have to expand every prefix over the whole index again for each row shown.
QString snippetOf(const QString &text, const QStringList &terms)
{
    struct Word
    {
        qsizetype start;
        qsizetype end;
        int term; ///< index into terms, -1 if none
    };
    QList<Word> words;
    // Most words start with a letter no term starts with: they are not folded at all.
    QString firsts;
    for (const auto &t : terms) {
        if (!t.isEmpty() && !firsts.contains(t[0])) {
            firsts += t[0];
        }
    }
    qsizetype start = -1;
    const auto flush = [&](qsizetype end) {
        if (start < 0) {
            return;
        }
        int term = -1;
        const auto first = text[start];
        if (first.unicode() >= 0x80 || firsts.contains(first.toLower())) {
            const auto folded = foldedWord(QStringView(text).mid(start, end - start));
            for (qsizetype t = 0; t < terms.size() && term < 0; ++t) {
                if (folded.startsWith(terms[t])) {
                    term = int(t);
                }
            }
        }
        words.push_back({ start, end, term });
        start = -1;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const auto c = text[i];
        if (c.isLetterOrNumber() || c.isMark()) {
            start = start < 0 ? i : start;
        } else {
            flush(i);
        }
    }
    flush(text.size());
    // The window with the most distinct terms; a match is shown with two words before it where possible.
    qsizetype best = -1;
    int bestScore = 0;
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (words[i].term < 0) {
            continue;
        }
        const auto from = std::max<qsizetype>(0, std::min(i - 2, words.size() - snippetWords));
        QSet<int> seen;
        for (auto j = from; j < std::min(from + snippetWords, words.size()); ++j) {
            if (words[j].term >= 0) {
                seen.insert(words[j].term);
            }
        }
        if (int(seen.size()) > bestScore) {
            bestScore = int(seen.size());
            best = from;
        }
    }
    if (best < 0) {
        return {};
    }
    const auto last = std::min(best + snippetWords, words.size()) - 1;
    QString out = best > 0 ? QStringLiteral("…") : QString();
    qsizetype pos = words[best].start;
    for (auto j = best; j <= last; ++j) {
        out += QStringView(text).mid(pos, words[j].start - pos);
        const auto word = QStringView(text).mid(words[j].start, words[j].end - words[j].start);
        if (words[j].term >= 0) {
            out += SearchEngine::markStart;
            out += word;
            out += SearchEngine::markEnd;
        } else {
            out += word;
        }
        pos = words[j].end;
    }
    out += last + 1 < words.size() ? QStringLiteral("…") : QStringView(text).mid(pos).toString();
    return out;
}

} // namespace

SearchEngine::SearchEngine(const QString &dbPath)
    : m_connection(QStringLiteral("search-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(dbPath);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!m_db.open()) {
        return;
    }
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT grp, term FROM synonyms ORDER BY grp"))) {
        int last = -1;
        while (q.next()) {
            if (q.value(0).toInt() != last) {
                m_synonyms.push_back({});
                last = q.value(0).toInt();
            }
            m_synonyms.last().push_back(q.value(1).toString().split(QLatin1Char(' ')));
        }
    }
    // Bounded candidate sets without ORDER BY rank: FTS5 stops after :cap rows instead of scoring every hit,
    // and bm25 ranks only those.
    const auto prepare = [this](QSqlQuery &query, const QString &sql) {
        query = QSqlQuery(m_db);
        query.setForwardOnly(true);
        const bool ok = query.prepare(sql);
        if (!ok) {
            m_error = query.lastError().text();
        }
        return ok;
    };
    // A database built before the title index has none: then the whole index is all there is.
    m_hasHead = prepare(m_headQuery,
        QStringLiteral("SELECT rowid, kind, ref, lang, title, rank FROM search_head WHERE search_head MATCH :expr "
                       "LIMIT :cap"));
    prepare(m_bodyQuery,
        QStringLiteral("SELECT rowid, kind, ref, lang, title, rank FROM search WHERE search MATCH :expr LIMIT :cap"));
    prepare(m_snippetQuery, QStringLiteral("SELECT body, summary FROM search WHERE rowid = :row"));
    prepare(m_articleTextQuery,
        QStringLiteral("SELECT title, summary FROM article_texts WHERE slug = :ref AND lang = :lang"));
    prepare(m_stepTextQuery,
        QStringLiteral("SELECT title, description FROM checklist_texts WHERE step = :ref AND lang = :lang"));
}

SearchEngine::~SearchEngine()
{
    for (auto *query : { &m_headQuery, &m_bodyQuery, &m_snippetQuery, &m_articleTextQuery, &m_stepTextQuery }) {
        *query = QSqlQuery();
    }
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

bool SearchEngine::isOpen() const
{
    return m_db.isOpen();
}

QList<QList<QStringList>> SearchEngine::queryGroups(const QString &query) const
{
    auto words = TextFold::words(query);
    // A lone letter after other words ("permis de c") is the start of a word still being typed: it
    // narrows nothing yet and costs the most, so it waits for the next keystroke.
    if (words.size() > 1 && words.last().size() == 1) {
        words.removeLast();
    }
    if (words.size() > maxWords) {
        words = words.mid(0, maxWords);
    }
    QList<QList<QStringList>> groups;
    for (qsizetype i = 0; i < words.size();) {
        // The longest synonym phrase that starts here, if any.
        const QList<QStringList> *group = nullptr;
        qsizetype consumed = 0;
        for (const auto &g : m_synonyms) {
            for (const auto &phrase : g) {
                if (phrase.size() > consumed && i + phrase.size() <= words.size()
                    && words.mid(i, phrase.size()) == phrase) {
                    group = &g;
                    consumed = phrase.size();
                }
            }
        }
        QList<QStringList> alternatives;
        if (group) {
            alternatives = *group;
            i += consumed;
        } else {
            const auto &w = words[i];
            alternatives.push_back({ w });
            for (const auto &alt : { TextFold::germanUntransliteration(w), TextFold::withoutArabicArticle(w) }) {
                if (!alt.isEmpty() && !alternatives.contains(QStringList { alt })) {
                    alternatives.push_back({ alt });
                }
            }
            ++i;
        }
        groups.push_back(alternatives);
    }
    return groups;
}

QString SearchEngine::matchExpression(const QString &query) const
{
    QStringList groups;
    for (const auto &group : queryGroups(query)) {
        QStringList alternatives;
        for (const auto &phrase : group) {
            alternatives.push_back(quoted(phrase, true));
        }
        alternatives.removeDuplicates();
        groups.push_back(alternatives.size() == 1
                ? alternatives.first()
                : QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')'));
    }
    return groups.join(QStringLiteral(" AND "));
}

QList<SearchResult> SearchEngine::search(const QString &query, const QStringList &chain, int limit) const
{
    QList<SearchResult> results;
    const auto expr = matchExpression(query);
    if (expr.isEmpty() || !m_db.isOpen()) {
        return results;
    }
    m_error.clear();
    QHash<QString, qsizetype> byRef;
    // Titles and tags first: a small index, and their hits rank above every body hit. The whole index only
    // when they leave room, because a short prefix hits thousands of bodies.
    if ((m_hasHead && !collect(m_headQuery, expr, true, chain, results, byRef))
        || (results.size() < limit && !collect(m_bodyQuery, expr, false, chain, results, byRef))) {
        return {};
    }
    if (results.isEmpty()) {
        results = fuzzySearch(TextFold::words(query).mid(0, maxWords), chain, limit);
    } else {
        finish(results, limit);
    }
    showInChainLanguage(results, chain);
    QStringList terms; // every word of every alternative, to mark in snippets
    for (const auto &group : queryGroups(query)) {
        for (const auto &phrase : group) {
            terms.append(phrase);
        }
    }
    terms.removeDuplicates();
    addSnippets(results, terms);
    return results;
}

bool SearchEngine::collect(QSqlQuery &q, const QString &expr, bool head, const QStringList &chain,
    QList<SearchResult> &results, QHash<QString, qsizetype> &byRef) const
{
    q.bindValue(QStringLiteral(":expr"), expr);
    q.bindValue(QStringLiteral(":cap"), candidateCap);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        SearchResult r;
        r.row = q.value(0).toLongLong();
        r.kind = q.value(1).toString();
        r.ref = q.value(2).toString();
        r.lang = q.value(3).toString();
        r.title = q.value(4).toString();
        r.score = q.value(5).toDouble() * languageWeight(chain, r.lang);
        r.headHit = head;
        keepBest(results, byRef, r, chain);
    }
    q.finish();
    return true;
}

void SearchEngine::addSnippets(QList<SearchResult> &results, const QStringList &terms) const
{
    // Only for the rows shown: snippet() in the query would run for every candidate.
    for (auto &r : results) {
        if (r.fuzzy || r.shownLang != r.lang) {
            continue; // shown with the summary in the reader's language
        }
        m_snippetQuery.bindValue(QStringLiteral(":row"), r.row);
        if (m_snippetQuery.exec() && m_snippetQuery.next()) {
            const auto bodySnippet = snippetOf(m_snippetQuery.value(0).toString(), terms);
            r.snippet = bodySnippet.isEmpty() ? m_snippetQuery.value(1).toString() : bodySnippet;
        }
        m_snippetQuery.finish();
    }
}

QList<SearchResult> SearchEngine::fuzzySearch(const QStringList &words, const QStringList &chain, int limit) const
{
    QList<SearchResult> results;
    QList<QSet<QString>> queryTrigrams;
    QStringList terms;
    for (const auto &w : words) {
        const auto t = trigrams(w);
        if (t.isEmpty()) {
            continue; // too short to say anything fuzzy about
        }
        queryTrigrams.push_back(t);
        for (const auto &g : t) {
            terms.push_back(QLatin1Char('"') + g + QLatin1Char('"'));
        }
    }
    if (terms.isEmpty()) {
        return results;
    }
    terms.removeDuplicates();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT kind, ref, lang, title, summary, words FROM search_fuzzy WHERE search_fuzzy MATCH ? "
                       "ORDER BY rank LIMIT 200"));
    q.addBindValue(terms.join(QStringLiteral(" OR ")));
    if (!q.exec()) {
        m_error = q.lastError().text();
        return results;
    }
    QHash<QString, qsizetype> byRef;
    while (q.next()) {
        // Each query word meets its most similar word of the page; the page scores the mean.
        const auto pageWords = q.value(5).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        double total = 0;
        for (const auto &qt : std::as_const(queryTrigrams)) {
            double best = 0;
            for (const auto &pw : pageWords) {
                best = std::max(best, similarity(qt, trigrams(pw)));
            }
            total += best;
        }
        const double sim = total / double(queryTrigrams.size());
        if (sim < 0.34) {
            continue;
        }
        SearchResult r;
        r.kind = q.value(0).toString();
        r.ref = q.value(1).toString();
        r.lang = q.value(2).toString();
        r.title = q.value(3).toString();
        r.snippet = q.value(4).toString();
        r.fuzzy = true;
        r.score = -sim * languageWeight(chain, r.lang);
        keepBest(results, byRef, r, chain);
    }
    finish(results, limit);
    return results;
}

void SearchEngine::showInChainLanguage(QList<SearchResult> &results, const QStringList &chain) const
{
    // A hit found through another language (English words typed by a German reader) is shown in the
    // reader's language when the page exists there: the match was the way in, not the reading.
    for (auto &r : results) {
        r.shownLang = r.lang;
        const bool article = r.kind == QLatin1String("article");
        if ((!article && r.kind != QLatin1String("step")) || chain.isEmpty() || r.lang == chain.first()) {
            continue;
        }
        auto &q = article ? m_articleTextQuery : m_stepTextQuery;
        for (const auto &lang : chain) {
            if (lang == r.lang) {
                break; // the hit's own language is as good as the chain gets
            }
            q.bindValue(QStringLiteral(":ref"), r.ref);
            q.bindValue(QStringLiteral(":lang"), lang);
            const bool found = q.exec() && q.next();
            if (found) {
                r.title = q.value(0).toString();
                r.snippet = q.value(1).toString();
                r.shownLang = lang;
            }
            q.finish();
            if (found) {
                break;
            }
        }
    }
}

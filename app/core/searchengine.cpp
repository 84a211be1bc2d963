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
// the match in the reader's language), ranked by the best hit in any language.
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
    const double best = std::min(kept.score, r.score);
    if (rankOf(r.lang) < rankOf(kept.lang)) {
        kept = r;
    }
    kept.score = best;
}

// Grouped by kind, best first, at most @p limit of each kind.
void finish(QList<SearchResult> &results, int limit)
{
    std::stable_sort(results.begin(), results.end(), [](const SearchResult &a, const SearchResult &b) {
        const auto ka = kindOrder(a.kind);
        const auto kb = kindOrder(b.kind);
        return ka != kb ? ka < kb : a.score < b.score;
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
}

SearchEngine::~SearchEngine()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

bool SearchEngine::isOpen() const
{
    return m_db.isOpen();
}

QString SearchEngine::matchExpression(const QString &query) const
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
    QStringList groups;
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
        QStringList alternatives;
        if (group) {
            for (const auto &phrase : *group) {
                alternatives.push_back(quoted(phrase, true));
            }
            i += consumed;
        } else {
            const auto &w = words[i];
            alternatives.push_back(quoted({ w }, true));
            for (const auto &alt : { TextFold::germanUntransliteration(w), TextFold::withoutArabicArticle(w) }) {
                if (!alt.isEmpty()) {
                    alternatives.push_back(quoted({ alt }, true));
                }
            }
            ++i;
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
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT kind, ref, lang, title, summary, snippet(search, 3, char(2), char(3), '…', 12), rank "
                       "FROM search WHERE search MATCH ? ORDER BY rank LIMIT ?"));
    q.addBindValue(expr);
    q.addBindValue(limit * 8); // several languages and kinds may hit one query; keep enough to fill each kind
    if (!q.exec()) {
        m_error = q.lastError().text();
        return results;
    }
    m_error.clear();
    QHash<QString, qsizetype> byRef;
    while (q.next()) {
        SearchResult r;
        r.kind = q.value(0).toString();
        r.ref = q.value(1).toString();
        r.lang = q.value(2).toString();
        r.title = q.value(3).toString();
        const auto bodySnippet = q.value(5).toString();
        r.snippet = bodySnippet.contains(markStart) ? bodySnippet : q.value(4).toString();
        r.score = q.value(6).toDouble() * languageWeight(chain, r.lang);
        keepBest(results, byRef, r, chain);
    }
    if (results.isEmpty()) {
        results = fuzzySearch(TextFold::words(query).mid(0, maxWords), chain, limit);
    } else {
        finish(results, limit);
    }
    showInChainLanguage(results, chain);
    return results;
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
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT title, summary FROM article_texts WHERE slug = ? AND lang = ?"));
    for (auto &r : results) {
        r.shownLang = r.lang;
        if (r.kind != QLatin1String("article") || chain.isEmpty() || r.lang == chain.first()) {
            continue;
        }
        for (const auto &lang : chain) {
            if (lang == r.lang) {
                break; // the hit's own language is as good as the chain gets
            }
            q.bindValue(0, r.ref);
            q.bindValue(1, lang);
            if (q.exec() && q.next()) {
                r.title = q.value(0).toString();
                r.snippet = q.value(1).toString();
                r.shownLang = lang;
                break;
            }
        }
    }
}

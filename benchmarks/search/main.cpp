// SPDX-License-Identifier: GPL-3.0-or-later
// bench-search: per-keystroke query time of SearchEngine::search on a synthetic corpus of
// 20,000 articles × 3 languages, against a raw FTS5 MATCH query on the same database as the baseline.
#include "contentbuilder.h"
#include "corpus.h"
#include "searchengine.h"
#include "textfold.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// What people type into the search field of a German-speaking phone (chain de, en): German words with
// and without umlauts, "ue" spellings, long compounds, two-word queries, and English and French words.
const char *const queryTexts[] = {
    // German, as written
    "Krankenkasse",
    "Aufenthaltsbewilligung",
    "Wohnungssuche",
    "Arbeitslosenversicherung",
    "Kinderbetreuung",
    "Deutschkurs",
    "Hausarzt",
    "Mietvertrag",
    "Sozialhilfe",
    "Notfallstation",
    "Abfallkalender",
    "Betreibungsregisterauszug",
    "Niederlassungsbewilligung",
    // with umlauts
    "Führerschein",
    "Steuererklärung",
    "Prämienverbilligung",
    "Kündigungsfrist",
    "Einbürgerung",
    "Gebührenmarke",
    "Schlüssel",
    // umlauts typed without the dots
    "fuhrerschein",
    "steuererklarung",
    "kundigungsfrist",
    "uberweisung",
    // umlauts typed as ae/oe/ue
    "Fuehrerschein",
    "Kuendigungsfrist",
    "Praemienverbilligung",
    "Ueberstunden",
    "Moebel",
    // two words
    "Krankenkasse wechseln",
    "Miete bezahlen",
    "Wohnung finden",
    "Steuererklärung ausfüllen",
    "Deutschkurs Kosten",
    // English and French
    "health insurance",
    "driving licence",
    "job interview",
    "assurance maladie",
    "permis de conduire",
    "impôts",
};

// Misspelled full words that the exact search cannot find: they take the trigram fallback.
const char *const typoTexts[] = {
    "Krankenkase",
    "Fürerschein",
    "Wohnugssuche",
    "Aufenthalsbewiligung",
    "Steuererklärnug",
    "Kinderbetreung",
    "Arbeitslosenversicherug",
    "Niederlasungsbewilligung",
};

struct Sample
{
    double ours = 0; ///< ms
    double raw = 0; ///< ms
};

struct Keystroke
{
    QString text;
    int query = 0; ///< index into queryTexts
};

// The baseline: what an app without our search code would do, on the same connection type:
// the typed words, each quoted and prefix-matched, ranked by FTS5's configured bm25, all rows fetched.
int rawSearch(const QSqlDatabase &db, const QString &typed)
{
    QStringList terms;
    for (const auto &w : typed.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        terms.push_back(QLatin1Char('"') + w + QStringLiteral("\"*"));
    }
    if (terms.isEmpty()) {
        return 0;
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ref, title FROM search WHERE search MATCH ? ORDER BY rank LIMIT 30"));
    q.addBindValue(terms.join(QLatin1Char(' ')));
    if (!q.exec()) {
        err() << "raw query failed for '" << typed << "': " << q.lastError().text() << '\n';
        return -1;
    }
    int n = 0;
    while (q.next()) {
        const QString ref = q.value(0).toString();
        const QString title = q.value(1).toString();
        n += (ref.isEmpty() && title.isEmpty()) ? 0 : 1;
    }
    return n;
}

// One query on @p db with @p expr bound to MATCH (and @p limit, if the statement has a second ?), every
// column of every row read as the engine reads them. For --parts.
int runSql(const QSqlDatabase &db, const QString &sql, const QString &expr, int limit, int columns)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(expr);
    if (limit > 0) {
        q.addBindValue(limit);
    }
    if (!q.exec()) {
        err() << "query failed: " << q.lastError().text() << '\n';
        return -1;
    }
    int n = 0;
    while (q.next()) {
        for (int c = 0; c < columns; ++c) {
            n += q.value(c).toString().isEmpty() ? 0 : 1;
        }
    }
    return n;
}

// Runs @p sql like runSql() and counts the distinct pages (kind and ref in columns 1 and 2) it returned.
int distinctPages(const QSqlDatabase &db, const QString &sql, const QString &expr, int limit)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(expr);
    q.addBindValue(limit);
    if (!q.exec()) {
        err() << "query failed: " << q.lastError().text() << '\n';
        return -1;
    }
    QSet<QString> pages;
    while (q.next()) {
        pages.insert(q.value(1).toString() + QLatin1Char(':') + q.value(2).toString());
        (void)q.value(5).toDouble();
    }
    return int(pages.size());
}

// The engine's trigram expression for the typo fallback (as SearchEngine::fuzzySearch builds it).
QString trigramExpression(const QString &query)
{
    QStringList terms;
    for (const auto &w : TextFold::words(query)) {
        for (qsizetype i = 0; i + 3 <= w.size(); ++i) {
            terms.push_back(QLatin1Char('"') + w.mid(i, 3) + QLatin1Char('"'));
        }
    }
    terms.removeDuplicates();
    return terms.join(QStringLiteral(" OR "));
}

// Nearest-rank percentile of sorted values.
double percentile(const std::vector<double> &sorted, double p)
{
    if (sorted.empty()) {
        return 0;
    }
    const auto rank = std::size_t(std::ceil(p / 100.0 * double(sorted.size())));
    return sorted[std::min(sorted.size() - 1, rank == 0 ? 0 : rank - 1)];
}

struct Stats
{
    double p50 = 0, p95 = 0, p99 = 0, max = 0;
    std::size_t n = 0;
};

Stats stats(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return { percentile(v, 50), percentile(v, 95), percentile(v, 99), v.empty() ? 0 : v.back(), v.size() };
}

QString ms(double v)
{
    return QString::number(v, 'f', v < 10 ? 2 : 1) + QStringLiteral(" ms");
}

QString ratio(double a, double b)
{
    return b > 0 ? QString::number(a / b, 'f', 2) + QStringLiteral("×") : QStringLiteral("–");
}

QString padded(const QString &s, int width, bool right)
{
    return right ? s.rightJustified(width) : s.leftJustified(width);
}

// A table printed as plain text (aligned columns) or as Markdown.
void printTable(const QStringList &header, const QList<QStringList> &rows, bool markdown)
{
    if (markdown) {
        out() << "| " << header.join(QStringLiteral(" | ")) << " |\n|---|";
        for (int i = 1; i < header.size(); ++i) {
            out() << "---:|";
        }
        out() << '\n';
        for (const auto &r : rows) {
            out() << "| " << r.join(QStringLiteral(" | ")) << " |\n";
        }
        out() << '\n';
        return;
    }
    QList<int> widths;
    for (int c = 0; c < header.size(); ++c) {
        int w = int(header[c].size());
        for (const auto &r : rows) {
            w = std::max(w, int(r.value(c).size()));
        }
        widths.push_back(w);
    }
    const auto line = [&](const QStringList &cells) {
        QStringList parts;
        for (int c = 0; c < cells.size(); ++c) {
            parts.push_back(padded(cells[c], widths[c], c > 0));
        }
        out() << "  " << parts.join(QStringLiteral("  ")) << '\n';
    };
    line(header);
    for (const auto &r : rows) {
        line(r);
    }
    out() << '\n';
}

int usage()
{
    err() << "usage: bench-search [--markdown] [--slugs N] [--runs N] [--keep-db FILE | --db FILE] [--parts]\n"
             "  --markdown      print Markdown tables (default: plain text)\n"
             "  --slugs N       articles per language (default 20000; 3 languages)\n"
             "  --runs N        timed passes over the workload after one warm-up pass (default 3)\n"
             "  --keep-db FILE  also copy the generated content.db to FILE\n"
             "  --db FILE       skip generating: use a content.db kept earlier with --keep-db\n"
             "  --parts         also time the parts of our search (after the main measurement)\n";
    err().flush();
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    bool markdown = false;
    SyntheticCorpus::Options options;
    int runs = 3;
    QString keepDb;
    QString reuseDb;
    bool parts = false;
    const auto args = app.arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        const auto &a = args[i];
        bool ok = true;
        if (a == QLatin1String("--markdown")) {
            markdown = true;
        } else if (a == QLatin1String("--slugs") && i + 1 < args.size()) {
            options.slugs = args[++i].toInt(&ok);
            ok = ok && options.slugs > 0;
        } else if (a == QLatin1String("--runs") && i + 1 < args.size()) {
            runs = args[++i].toInt(&ok);
            ok = ok && runs > 0;
        } else if (a == QLatin1String("--keep-db") && i + 1 < args.size()) {
            keepDb = args[++i];
        } else if (a == QLatin1String("--db") && i + 1 < args.size()) {
            reuseDb = args[++i];
            ok = QFileInfo::exists(reuseDb);
        } else if (a == QLatin1String("--parts")) {
            parts = true;
        } else {
            ok = false;
        }
        if (!ok) {
            return usage();
        }
    }

    // 1. Generate and build. The source folder stays empty: the corpus lives in memory only.
    QTemporaryDir sourceDir;
    QTemporaryDir buildDir;
    if (!sourceDir.isValid() || !buildDir.isValid()) {
        err() << "cannot create a temporary folder\n";
        return 1;
    }
    QString dbPath = reuseDb;
    QString corpusFact;
    QString buildFact;
    if (reuseDb.isEmpty()) {
        auto start = Clock::now();
        const ContentSource source = SyntheticCorpus::generate(options, sourceDir.path());
        const double generateMs = msSince(start);
        QList<Diagnostic> diags;
        source.check(diags);
        if (hasErrors(diags)) {
            for (const auto &d : diags) {
                err() << d.toString() << '\n';
            }
            err() << "the generated content does not pass ContentSource::check\n";
            return 1;
        }
        dbPath = QDir(buildDir.path()).filePath(QStringLiteral("content.db"));
        err() << "building " << source.articles.size() << " articles into " << dbPath << " …\n";
        err().flush();
        start = Clock::now();
        ContentBuilder builder(source);
        if (!builder.build(dbPath, QDateTime(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC))) {
            err() << "build failed: " << builder.errorString() << '\n';
            return 1;
        }
        const double buildMs = msSince(start);
        corpusFact = QStringLiteral("Corpus: %1 slugs × 3 languages (de, fr, en) = %2 articles, %3 topics, seed %4")
                         .arg(options.slugs)
                         .arg(source.articles.size())
                         .arg(source.topics.size())
                         .arg(options.seed);
        buildFact = QStringLiteral("Generated in %1 s; built with ContentBuilder in %2 s; content.db %3 MiB")
                        .arg(generateMs / 1000.0, 0, 'f', 1)
                        .arg(buildMs / 1000.0, 0, 'f', 1)
                        .arg(double(QFileInfo(dbPath).size()) / (1024.0 * 1024.0), 0, 'f', 1);
        if (!keepDb.isEmpty()) {
            QFile::remove(keepDb);
            QFile::copy(dbPath, keepDb);
        }
    } else {
        corpusFact = QStringLiteral("Corpus: existing database %1 (--db), %2 MiB")
                         .arg(reuseDb)
                         .arg(double(QFileInfo(dbPath).size()) / (1024.0 * 1024.0), 0, 'f', 1);
    }

    // 2. Both sides open the same file read-only through QtSql's SQLite driver.
    const SearchEngine engine(dbPath);
    if (!engine.isOpen()) {
        err() << "SearchEngine cannot open " << dbPath << '\n';
        return 1;
    }
    const QString rawConnection = QStringLiteral("bench-raw");
    int exitCode = 0;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), rawConnection);
        raw.setDatabaseName(dbPath);
        raw.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!raw.open()) {
            err() << "cannot open " << dbPath << ": " << raw.lastError().text() << '\n';
            return 1;
        }
        const QStringList chain = { QStringLiteral("de"), QStringLiteral("en") };

        // The keystrokes: every prefix of every query from two characters up, as typed.
        std::vector<Keystroke> keystrokes;
        const int queryCount = int(std::size(queryTexts));
        for (int qi = 0; qi < queryCount; ++qi) {
            const QString full = QString::fromUtf8(queryTexts[qi]);
            for (qsizetype len = 2; len <= full.size(); ++len) {
                keystrokes.push_back({ full.left(len), qi });
            }
        }
        QStringList typos;
        for (const char *t : typoTexts) {
            typos.push_back(QString::fromUtf8(t));
        }

        // Warm-up: one untimed pass, also to count what each side finds.
        int oursEmpty = 0;
        int oursFuzzy = 0;
        int rawEmpty = 0;
        for (const auto &k : keystrokes) {
            const auto r = engine.search(k.text, chain);
            oursEmpty += r.isEmpty() ? 1 : 0;
            oursFuzzy += (!r.isEmpty() && r.first().fuzzy) ? 1 : 0;
            const int n = rawSearch(raw, k.text);
            if (n < 0) {
                return 1;
            }
            rawEmpty += n == 0 ? 1 : 0;
        }
        int typoNotFuzzy = 0;
        for (const auto &t : typos) {
            const auto r = engine.search(t, chain);
            const bool allFuzzy
                = !r.isEmpty() && std::all_of(r.cbegin(), r.cend(), [](const SearchResult &x) { return x.fuzzy; });
            if (!allFuzzy) {
                ++typoNotFuzzy;
                err() << "warning: typo '" << t << "' gave " << r.size() << " results, not all from the fallback\n";
            }
        }

        // Timed passes: ours and raw interleaved per keystroke, the order flipped every keystroke.
        std::vector<std::vector<Sample>> samples(keystrokes.size());
        std::vector<double> typoSamples;
        constexpr int typoRepeats = 5;
        for (int run = 0; run < runs; ++run) {
            for (std::size_t i = 0; i < keystrokes.size(); ++i) {
                const auto &k = keystrokes[i];
                Sample s;
                const auto timeOurs = [&] {
                    const auto t0 = Clock::now();
                    const auto r = engine.search(k.text, chain);
                    s.ours = msSince(t0);
                    return r.size();
                };
                const auto timeRaw = [&] {
                    const auto t0 = Clock::now();
                    const int n = rawSearch(raw, k.text);
                    s.raw = msSince(t0);
                    return n;
                };
                if ((i + std::size_t(run)) % 2 == 0) {
                    timeOurs();
                    timeRaw();
                } else {
                    timeRaw();
                    timeOurs();
                }
                samples[i].push_back(s);
            }
            for (int rep = 0; rep < typoRepeats; ++rep) {
                for (const auto &t : typos) {
                    const auto t0 = Clock::now();
                    const auto r = engine.search(t, chain);
                    typoSamples.push_back(msSince(t0));
                    (void)r;
                }
            }
        }

        std::vector<double> ours;
        std::vector<double> rawTimes;
        for (const auto &ks : samples) {
            for (const auto &s : ks) {
                ours.push_back(s.ours);
                rawTimes.push_back(s.raw);
            }
        }
        const auto so = stats(ours);
        const auto sr = stats(rawTimes);
        const auto st = stats(typoSamples);

        // 3. Report.
        const QString title = QStringLiteral("Search benchmark, %1").arg(QDate::currentDate().toString(Qt::ISODate));
        out() << (markdown ? QStringLiteral("### ") : QString()) << title << "\n\n";
        QStringList facts = {
            corpusFact,
            QStringLiteral("Workload: %1 queries, %2 keystrokes (prefixes of 2+ characters), chain de, en, limit 30; "
                           "1 warm-up pass, then %3 timed pass(es): %4 samples per side")
                .arg(queryCount)
                .arg(keystrokes.size())
                .arg(runs)
                .arg(ours.size()),
            QStringLiteral("Keystrokes with no exact hit: ours %1 (of which %2 found by the typo fallback), raw %3")
                .arg(oursEmpty + oursFuzzy)
                .arg(oursFuzzy)
                .arg(rawEmpty),
        };
        if (!buildFact.isEmpty()) {
            facts.insert(1, buildFact);
        }
        for (const auto &f : facts) {
            out() << (markdown ? QStringLiteral("- ") : QString()) << f << '\n';
        }
        out() << '\n';

        printTable({ QStringLiteral("Per keystroke"), QStringLiteral("p50"), QStringLiteral("p95"),
                       QStringLiteral("p99"), QStringLiteral("max") },
            {
                { QStringLiteral("Ours: SearchEngine::search"), ms(so.p50), ms(so.p95), ms(so.p99), ms(so.max) },
                { QStringLiteral("Raw FTS5 MATCH (baseline)"), ms(sr.p50), ms(sr.p95), ms(sr.p99), ms(sr.max) },
                { QStringLiteral("Ours / raw"), ratio(so.p50, sr.p50), ratio(so.p95, sr.p95), ratio(so.p99, sr.p99),
                    ratio(so.max, sr.max) },
            },
            markdown);

        // By prefix length: where the time goes as people type.
        const QList<std::pair<int, int>> buckets = { { 2, 2 }, { 3, 3 }, { 4, 5 }, { 6, 9 }, { 10, 1000 } };
        QList<QStringList> rows;
        for (const auto &[lo, hi] : buckets) {
            std::vector<double> o;
            std::vector<double> r;
            for (std::size_t i = 0; i < keystrokes.size(); ++i) {
                const auto len = keystrokes[i].text.size();
                if (len >= lo && len <= hi) {
                    for (const auto &s : samples[i]) {
                        o.push_back(s.ours);
                        r.push_back(s.raw);
                    }
                }
            }
            const auto a = stats(o);
            const auto b = stats(r);
            rows.push_back({ hi >= 1000 ? QStringLiteral("%1+ chars").arg(lo)
                    : lo == hi          ? QStringLiteral("%1 chars").arg(lo)
                                        : QStringLiteral("%1–%2 chars").arg(lo).arg(hi),
                QString::number(a.n), ms(a.p50), ms(b.p50), ms(a.p95), ms(b.p95), ratio(a.p95, b.p95) });
        }
        printTable({ QStringLiteral("Prefix length"), QStringLiteral("samples"), QStringLiteral("ours p50"),
                       QStringLiteral("raw p50"), QStringLiteral("ours p95"), QStringLiteral("raw p95"),
                       QStringLiteral("ours/raw p95") },
            rows, markdown);

        printTable({ QStringLiteral("Typo fallback (ours only, no raw equivalent)"), QStringLiteral("samples"),
                       QStringLiteral("p50"), QStringLiteral("p95"), QStringLiteral("max") },
            { { QStringLiteral("%1 misspelled words × %2 × %3 passes").arg(typos.size()).arg(typoRepeats).arg(runs),
                QString::number(st.n), ms(st.p50), ms(st.p95), ms(st.max) } },
            markdown);

        // The slowest keystrokes (median over the passes), ours against raw.
        std::vector<std::size_t> order(keystrokes.size());
        std::vector<double> medOurs(keystrokes.size());
        std::vector<double> medRaw(keystrokes.size());
        for (std::size_t i = 0; i < keystrokes.size(); ++i) {
            order[i] = i;
            std::vector<double> o;
            std::vector<double> r;
            for (const auto &s : samples[i]) {
                o.push_back(s.ours);
                r.push_back(s.raw);
            }
            medOurs[i] = stats(o).p50;
            medRaw[i] = stats(r).p50;
        }
        std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return medOurs[a] > medOurs[b]; });
        rows.clear();
        for (std::size_t j = 0; j < std::min<std::size_t>(8, order.size()); ++j) {
            const auto i = order[j];
            rows.push_back({ QStringLiteral("\"%1\"").arg(keystrokes[i].text), ms(medOurs[i]), ms(medRaw[i]),
                ratio(medOurs[i], medRaw[i]) });
        }
        printTable({ QStringLiteral("Slowest keystrokes (median of passes)"), QStringLiteral("ours"),
                       QStringLiteral("raw"), QStringLiteral("ours/raw") },
            rows, markdown);

        if (parts) {
            // Each stage is one thing our search does, so the differences show what costs. The SQL is the
            // engine's (app/core/searchengine.cpp): keep it in step.
            const QString rawSql
                = QStringLiteral("SELECT ref, title FROM search WHERE search MATCH ? ORDER BY rank LIMIT ?");
            const QString headSql = QStringLiteral("SELECT rowid, kind, ref, lang, title, rank FROM search_head "
                                                   "WHERE search_head MATCH ? LIMIT ?");
            const QString bodySql
                = QStringLiteral("SELECT rowid, kind, ref, lang, title, rank FROM search WHERE search MATCH ? LIMIT ?");
            const QString fuzzySql = QStringLiteral("SELECT kind, ref, lang, title, summary, words FROM search_fuzzy "
                                                    "WHERE search_fuzzy MATCH ? ORDER BY rank LIMIT 200");
            const QStringList names = {
                QStringLiteral("1. raw: typed words as \"w\"*, ORDER BY rank LIMIT 30 (the baseline)"),
                QStringLiteral("2. the same with our expression (synonyms, ue/ü alternatives)"),
                QStringLiteral("3. title index: search_head, first %1 rows, bm25 of those")
                    .arg(SearchEngine::candidateCap),
                QStringLiteral("4. whole index: search, first %1 rows, bm25 of those (every keystroke here)")
                    .arg(SearchEngine::candidateCap),
                QStringLiteral("5. SearchEngine::search, complete"),
                QStringLiteral("   of which matchExpression() in C++"),
            };
            std::vector<std::vector<double>> t(std::size_t(names.size()));
            int needBody = 0; // keystrokes where titles and tags give fewer than 30 pages: the engine reads step 4
            for (int run = 0; run < runs; ++run) {
                for (const auto &k : keystrokes) {
                    auto t0 = Clock::now();
                    const QString expr = engine.matchExpression(k.text);
                    t[5].push_back(msSince(t0));
                    t0 = Clock::now();
                    rawSearch(raw, k.text);
                    t[0].push_back(msSince(t0));
                    t0 = Clock::now();
                    runSql(raw, rawSql, expr, 30, 2);
                    t[1].push_back(msSince(t0));
                    t0 = Clock::now();
                    const int headPages = distinctPages(raw, headSql, expr, SearchEngine::candidateCap);
                    t[2].push_back(msSince(t0));
                    needBody += (run == 0 && headPages < 30) ? 1 : 0;
                    t0 = Clock::now();
                    runSql(raw, bodySql, expr, SearchEngine::candidateCap, 6);
                    t[3].push_back(msSince(t0));
                    t0 = Clock::now();
                    const auto r = engine.search(k.text, chain);
                    t[4].push_back(msSince(t0));
                    (void)r;
                }
            }
            QList<QStringList> partRows;
            for (qsizetype i = 0; i < names.size(); ++i) {
                const auto &v = t[std::size_t(i)];
                double mean = 0;
                for (const double x : v) {
                    mean += x;
                }
                mean /= double(std::max<std::size_t>(1, v.size()));
                const auto a = stats(v);
                partRows.push_back({ names[i], ms(mean), ms(a.p50), ms(a.p95) });
            }
            printTable({ QStringLiteral("Parts, per keystroke (--parts)"), QStringLiteral("mean"),
                           QStringLiteral("p50"), QStringLiteral("p95") },
                partRows, markdown);
            out() << (markdown ? QStringLiteral("- ") : QString())
                  << QStringLiteral(
                         "Keystrokes where titles and tags gave fewer than 30 pages, so the engine also read "
                         "the whole index: %1 of %2")
                         .arg(needBody)
                         .arg(keystrokes.size())
                  << "\n\n";

            std::vector<double> fq;
            std::vector<double> ff;
            for (int run = 0; run < runs; ++run) {
                for (int rep = 0; rep < typoRepeats; ++rep) {
                    for (const auto &typo : typos) {
                        auto t0 = Clock::now();
                        runSql(raw, fuzzySql, trigramExpression(typo), 0, 6);
                        fq.push_back(msSince(t0));
                        t0 = Clock::now();
                        const auto r = engine.search(typo, chain);
                        ff.push_back(msSince(t0));
                        (void)r;
                    }
                }
            }
            const auto a = stats(fq);
            const auto b = stats(ff);
            printTable(
                { QStringLiteral("Parts, typo fallback (--parts)"), QStringLiteral("p50"), QStringLiteral("p95") },
                { { QStringLiteral("trigram MATCH on search_fuzzy, LIMIT 200, rows read"), ms(a.p50), ms(a.p95) },
                    { QStringLiteral("SearchEngine::search, complete (exact query + trigram query + scoring)"),
                        ms(b.p50), ms(b.p95) } },
                markdown);
        }
        const bool absoluteMet = so.p95 <= 5.0;
        const bool ratioMet = sr.p95 > 0 && so.p95 <= 2.0 * sr.p95;
        const auto verdict = [](bool met) { return met ? QStringLiteral("met") : QStringLiteral("NOT met"); };
        const QString bold = markdown ? QStringLiteral("**") : QString();
        out() << bold << "Target: ours p95 ≤ 5 ms: " << verdict(absoluteMet) << " (" << ms(so.p95) << ")" << bold
              << (markdown ? "  \n" : "\n");
        out() << bold << "Target: ours p95 ≤ 2× raw p95: " << verdict(ratioMet) << " (" << ratio(so.p95, sr.p95) << ")"
              << bold << '\n';
        if (typoNotFuzzy > 0) {
            out() << "Note: " << typoNotFuzzy << " typo queries were (partly) found by the exact search\n";
        }
        out().flush();
        raw.close();
    }
    QSqlDatabase::removeDatabase(rawConnection);
    return exitCode;
}

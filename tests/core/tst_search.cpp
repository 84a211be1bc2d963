// SPDX-License-Identifier: GPL-3.0-or-later
// Search over the real Bern content: what newcomers type must find the page they need.
#include "contentstore.h"
#include "searchengine.h"
#include "testcontent.h"
#include "textfold.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestSearch : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    ContentStore m_store;
    std::unique_ptr<SearchEngine> m_engine;

    // The first @p n results of @p kind: results are grouped by kind, and a step may share its id with an article.
    QStringList topRefs(
        const QString &query, const QString &lang, int n, const QString &kind = QStringLiteral("article")) const
    {
        QStringList refs;
        for (const auto &r : m_engine->search(query, m_store.fallbackChain(lang), n)) {
            if (r.kind == kind) {
                refs.push_back(r.ref);
            }
        }
        return refs;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const auto db = m_dir.filePath(QStringLiteral("content.db"));
        QVERIFY(buildContent(QStringLiteral(WELCOME_SOURCE_DIR "/content/bern"), db));
        QVERIFY(m_store.open(db));
        m_engine = std::make_unique<SearchEngine>(db);
        QVERIFY(m_engine->isOpen());
    }

    void folding_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("umlaut") << "Führerschein"
                                << "fuhrerschein";
        QTest::newRow("sharp s") << "Straße"
                                 << "strasse";
        QTest::newRow("french") << "Réduction"
                                << "reduction";
        QTest::newRow("arabic keeps hamza") << "الطوارئ"
                                            << "الطوارئ";
        QTest::newRow("cyrillic") << "Страхування"
                                  << "страхування";
    }
    void folding()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(TextFold::fold(in), out);
    }

    void transliteration()
    {
        QCOMPARE(TextFold::germanTransliteration(QStringLiteral("führerschein")), QStringLiteral("fuehrerschein"));
        QCOMPARE(TextFold::germanUntransliteration(QStringLiteral("fuehrerschein")), QStringLiteral("fuhrerschein"));
        QCOMPARE(TextFold::germanUntransliteration(QStringLiteral("quelle")), QString());
        QCOMPARE(TextFold::withoutArabicArticle(QStringLiteral("الطوارئ")), QStringLiteral("طوارئ"));
    }

    // Every row of search-queries.tsv: language, what a person types, the page that must be in the top 3.
    void realisticQueries_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expected");
        QFile f(QStringLiteral(WELCOME_FIXTURES "/search-queries.tsv"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        int rows = 0;
        while (!f.atEnd()) {
            const auto line = QString::fromUtf8(f.readLine()).trimmed();
            if (line.isEmpty() || line.startsWith(QLatin1Char('#'))) {
                continue;
            }
            const auto cols = line.split(QLatin1Char('\t'));
            QCOMPARE(cols.size(), 3);
            QTest::addRow("%s: %s", qPrintable(cols[0]), qPrintable(cols[1])) << cols[0] << cols[1] << cols[2];
            ++rows;
        }
        QVERIFY2(rows >= 40, "the query table must hold at least 40 queries");
    }
    void realisticQueries()
    {
        QFETCH(QString, lang);
        QFETCH(QString, query);
        QFETCH(QString, expected);
        // "step:<id>" names a checklist step; a plain slug an article.
        const auto colon = expected.indexOf(QLatin1Char(':'));
        const auto top = colon < 0 ? topRefs(query, lang, 3) : topRefs(query, lang, 3, expected.left(colon));
        expected = expected.mid(colon + 1);
        QVERIFY2(top.contains(expected), qPrintable(QStringLiteral("top 3: %1").arg(top.join(QStringLiteral(", ")))));
    }

    void malformedSyntaxIsSearchedAsText_data()
    {
        QTest::addColumn<QString>("query");
        for (const char *q : { "\"", "\"\"", "*", "-", "AND", "OR NOT", "(", ")", "((", "Kranken*", "\"Kranken",
                 "a AND", "NEAR(a b)", "title:x", "^x", "{x}", "'", ";DROP TABLE search;--", "\\", "  ", "", "😀", "ال",
                 "x y z w v u t s r q p o n m" }) {
            QTest::newRow(q) << QString::fromUtf8(q);
        }
    }
    void malformedSyntaxIsSearchedAsText()
    {
        QFETCH(QString, query);
        const auto results = m_engine->search(query, m_store.fallbackChain(QStringLiteral("de")));
        Q_UNUSED(results)
        QVERIFY2(m_engine->errorString().isEmpty(), qPrintable(m_engine->errorString()));
    }

    void operatorWordsAreWords()
    {
        // "AND" is the word "and": it finds English pages with "and…", not an FTS5 syntax error.
        QVERIFY(!topRefs(QStringLiteral("AND"), QStringLiteral("en"), 3).isEmpty());
        QCOMPARE(m_engine->matchExpression(QStringLiteral("ab \"cd\" (ef)")).count(QLatin1Char('"')), 6);
        // A lone trailing letter is a word still being typed: it waits for the next keystroke.
        QVERIFY(!m_engine->matchExpression(QStringLiteral("permis de c")).contains(QStringLiteral("\"c\"")));
        QVERIFY(m_engine->matchExpression(QStringLiteral("c")).contains(QStringLiteral("\"c\"")));
    }

    void resultsPreferTheChosenLanguageAndShowIt()
    {
        const auto results
            = m_engine->search(QStringLiteral("health insurance"), m_store.fallbackChain(QStringLiteral("de")));
        QVERIFY(!results.isEmpty());
        QCOMPARE(results.first().ref, QStringLiteral("health-insurance"));
        QCOMPARE(results.first().shownLang, QStringLiteral("de")); // found in English, shown in German
        // Grouped by kind: every article before the first offer.
        bool offers = false;
        for (const auto &r : results) {
            QVERIFY(!r.title.isEmpty());
            QVERIFY(r.kind == QLatin1String("article") || r.kind == QLatin1String("offer")
                || r.kind == QLatin1String("step"));
            QVERIFY(!(offers && r.kind == QLatin1String("article")));
            offers = offers || r.kind != QLatin1String("article");
        }
    }

    void stepsAreFoundGroupedAfterOffersAndShownInTheReadersLanguage()
    {
        const auto results
            = m_engine->search(QStringLiteral("rent deposit"), m_store.fallbackChain(QStringLiteral("de")));
        const auto step = std::find_if(results.cbegin(), results.cend(), [](const SearchResult &r) {
            return r.kind == QLatin1String("step") && r.ref == QLatin1String("rent-deposit");
        });
        QVERIFY(step != results.cend());
        QCOMPARE(step->shownLang, QStringLiteral("de")); // found in English, shown in German
        QCOMPARE(step->title, QStringLiteral("Mietzinsdepot prüfen"));
        // Grouped: articles, then offers, then steps.
        QStringList kinds;
        for (const auto &r : results) {
            if (kinds.isEmpty() || kinds.last() != r.kind) {
                kinds.push_back(r.kind);
            }
        }
        QCOMPARE(kinds.last(), QStringLiteral("step"));
        QCOMPARE(kinds.count(QStringLiteral("step")), 1);
    }

    void stepDocumentsAreSearchedAndMarked()
    {
        // "Passfotos" is only in the documents to bring: a body hit with a highlighted snippet.
        const auto results = m_engine->search(QStringLiteral("Passfotos"), m_store.fallbackChain(QStringLiteral("de")));
        const auto step = std::find_if(results.cbegin(), results.cend(), [](const SearchResult &r) {
            return r.kind == QLatin1String("step") && r.ref == QLatin1String("registration");
        });
        QVERIFY(step != results.cend());
        QVERIFY(step->snippet.contains(SearchEngine::markStart));
    }

    void snippetsMarkMatches()
    {
        const auto results
            = m_engine->search(QStringLiteral("Prämienverbilligung"), m_store.fallbackChain(QStringLiteral("de")));
        QVERIFY(!results.isEmpty());
        QVERIFY(std::any_of(results.cbegin(), results.cend(),
            [](const SearchResult &r) { return r.snippet.contains(SearchEngine::markStart); }));
        // Typed without umlauts, the word is still marked as written, and only matching words are.
        for (const auto &r :
            m_engine->search(QStringLiteral("Pramienverbil"), m_store.fallbackChain(QStringLiteral("de")))) {
            const auto start = r.snippet.indexOf(SearchEngine::markStart);
            if (start < 0) {
                continue;
            }
            const auto end = r.snippet.indexOf(SearchEngine::markEnd, start);
            QVERIFY(end > start);
            QVERIFY2(
                TextFold::fold(r.snippet.mid(start + 1, end - start - 1)).startsWith(QStringLiteral("pramienverbil")),
                qPrintable(r.snippet));
        }
    }

    void offersAreFoundToo()
    {
        const auto results = m_engine->search(QStringLiteral("Schulamt"), m_store.fallbackChain(QStringLiteral("de")));
        QVERIFY(std::any_of(results.cbegin(), results.cend(), [](const SearchResult &r) {
            return r.kind == QLatin1String("offer") && r.ref == QLatin1String("schulamt-bern")
                && r.shownLang == QLatin1String("de");
        }));
    }

    void databaseWithoutTitleIndexStillSearches()
    {
        // content.db files built before search_head existed: the whole index answers alone.
        const auto copy = m_dir.filePath(QStringLiteral("no-head.db"));
        QVERIFY(QFile::copy(m_dir.filePath(QStringLiteral("content.db")), copy));
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("no-head"));
            db.setDatabaseName(copy);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("DROP TABLE search_head")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("no-head"));
        const SearchEngine engine(copy);
        const auto results = engine.search(QStringLiteral("Krankenkasse"), m_store.fallbackChain(QStringLiteral("de")));
        QVERIFY2(engine.errorString().isEmpty(), qPrintable(engine.errorString()));
        QVERIFY(!results.isEmpty());
        QCOMPARE(results.first().ref, QStringLiteral("health-insurance"));
    }

    void typoFallbackIsMarked()
    {
        const auto results
            = m_engine->search(QStringLiteral("Krankenkase"), m_store.fallbackChain(QStringLiteral("de")));
        QVERIFY(!results.isEmpty());
        QVERIFY(results.first().fuzzy);
        QVERIFY(m_engine->search(QStringLiteral("xqzvbnm"), { QStringLiteral("de") }).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"

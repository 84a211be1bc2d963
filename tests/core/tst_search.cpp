// SPDX-License-Identifier: GPL-3.0-or-later
// Search over the real Bern content: what newcomers type must find the page they need.
#include "contentstore.h"
#include "searchengine.h"
#include "searchindex.h"
#include "testcontent.h"
#include "textfold.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
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
        // "Hauptmietvertrag" is only in the documents to bring: a body hit with a highlighted snippet.
        const auto results
            = m_engine->search(QStringLiteral("Hauptmietvertrag"), m_store.fallbackChain(QStringLiteral("de")));
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

    void markdownToPlain_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("plain");
        QTest::newRow("link target dropped") << "See [the office](offer:bern-office) today."
                                             << "See the office today.";
        QTest::newRow("markup to spaces") << "## Heading\n\n**bold** _it_ `code` > quote | cell"
                                          << "Heading bold it code quote cell";
        QTest::newRow("bracket without target") << "a] (b) [c"
                                                << "a (b) c";
        QTest::newRow("target without end") << "[x](never closed"
                                            << "x (never closed";
        QTest::newRow("umlauts kept") << "Führerschein *umtauschen*"
                                      << "Führerschein umtauschen";
    }
    void markdownToPlain()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, plain);
        QCOMPARE(TextFold::markdownToPlain(markdown), plain);
    }

    void asciiFoldsLikeUnicode()
    {
        // The ASCII shortcut must give what the full folding gives.
        QCOMPARE(TextFold::fold(QStringLiteral("Hello WORLD 42_x")), QStringLiteral("hello world 42_x"));
        QCOMPARE(TextFold::words(QStringLiteral("Bern-Mitte, AHV")),
            QStringList({ QStringLiteral("bern"), QStringLiteral("mitte"), QStringLiteral("ahv") }));
    }

    void indexBatchesChangesAcrossFlushes()
    {
        // Additions wait in memory and removals are applied as a batch; the result must be what writing each change
        // at once would give, including pages removed while still waiting and an automatic flush halfway.
        const auto path = m_dir.filePath(QStringLiteral("batch.db"));
        const auto name = QStringLiteral("batch");
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const auto &sql : SearchIndex::createStatements()) {
                QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
            }
            QVERIFY(db.transaction());
            SearchIndex index(db);
            QString error;
            const auto doc = [](int i, const QString &lang) {
                return SearchDocument { QStringLiteral("article"), QStringLiteral("page%1").arg(i), lang,
                    QStringLiteral("Titel %1 Grüsse").arg(i), QString(), QStringLiteral("summary"),
                    QStringLiteral("body word%1 unique").arg(i) };
            };
            // 1,500 pages: more than wait in memory at once, so the first thousand are written before the end.
            for (int i = 0; i < 1500; ++i) {
                QVERIFY2(index.add(doc(i, QStringLiteral("de")), &error), qPrintable(error));
            }
            QVERIFY(index.add(doc(7, QStringLiteral("fr")), &error));
            QVERIFY(index.remove(QStringLiteral("article"), QStringLiteral("page3"), QStringLiteral("de"), &error));
            QVERIFY(index.remove(QStringLiteral("article"), QStringLiteral("page1400"), QStringLiteral("de"), &error));
            // Every language of page7: the German one is written, the French one still waits.
            QVERIFY(index.remove(QStringLiteral("article"), QStringLiteral("page7"), QString(), &error));
            // Removed and written again within the batch.
            QVERIFY(index.remove(QStringLiteral("article"), QStringLiteral("page10"), QStringLiteral("de"), &error));
            auto changed = doc(10, QStringLiteral("de"));
            changed.body = QStringLiteral("rewritten");
            QVERIFY(index.add(changed, &error));
            QVERIFY2(index.flush(&error), qPrintable(error));
            QVERIFY(db.commit());

            const auto scalar = [&](const QString &sql) {
                QSqlQuery s(db);
                return s.exec(sql) && s.next() ? s.value(0).toInt() : -1;
            };
            QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM search_docs")), 1497);
            QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM search")), 1497);
            QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM search_head")), 1497);
            QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM search_fuzzy")), 1497);
            // Each page's rows are the ones search_docs names, in all three tables.
            QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM search_docs d JOIN search s ON s.rowid = d.search_row "
                                           "JOIN search_head h ON h.rowid = d.search_row "
                                           "JOIN search_fuzzy f ON f.rowid = d.fuzzy_row "
                                           "WHERE s.ref = d.ref AND h.ref = d.ref AND f.ref = d.ref")),
                1497);
            for (const auto &gone : { "word3", "word1400", "word7", "word10" }) {
                QCOMPARE(
                    scalar(
                        QStringLiteral("SELECT count(*) FROM search WHERE search MATCH '%1'").arg(QLatin1String(gone))),
                    0);
            }
            QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM search WHERE search MATCH 'rewritten'")), 1);
            QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM search WHERE search MATCH 'word1499'")), 1);
            // The alternative spelling of "Grüsse" went into the title index's alt column.
            QCOMPARE(
                scalar(QStringLiteral("SELECT count(*) FROM search_head WHERE search_head MATCH 'gruesse'")), 1497);
            QSqlQuery check(db);
            QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
            QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
            QVERIFY(check.exec(QStringLiteral("INSERT INTO search(search) VALUES ('integrity-check')")));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
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

// SPDX-License-Identifier: GPL-3.0-or-later
// Reading an installed content.db through the language fallback chains.
#include "contentstore.h"
#include "testcontent.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestContentStore : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;

private Q_SLOTS:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("content.db"));
        QVERIFY(buildFixture(QStringLiteral("content-good"), m_db));
    }

    void opensAndReadsMeta()
    {
        ContentStore store;
        QSignalSpy changed(&store, &ContentStore::contentChanged);
        QVERIFY(store.open(m_db));
        QCOMPARE(changed.count(), 1);
        QVERIFY(store.isOpen());
        QCOMPARE(store.version(), 3);
        QCOMPARE(store.region(), QStringLiteral("testville"));
        QCOMPARE(store.builtAt(), QStringLiteral("2026-11-01T12:00:00Z"));
        QCOMPARE(store.homeArticles(), QStringList { QStringLiteral("alpha") });
        QCOMPARE(store.defaultLanguage(), QStringLiteral("de"));
    }

    void fallbackChains_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QStringList>("chain");
        QTest::newRow("default") << "de" << QStringList { QStringLiteral("de") };
        QTest::newRow("english") << "en" << QStringList { QStringLiteral("en"), QStringLiteral("de") };
        QTest::newRow("arabic") << "ar"
                                << QStringList { QStringLiteral("ar"), QStringLiteral("en"), QStringLiteral("de") };
        QTest::newRow("unknown") << "xx" << QStringList { QStringLiteral("de") };
    }
    void fallbackChains()
    {
        QFETCH(QString, lang);
        QFETCH(QStringList, chain);
        ContentStore store;
        QVERIFY(store.open(m_db));
        QCOMPARE(store.fallbackChain(lang), chain);
    }

    void topicsResolvePerLanguage()
    {
        ContentStore store;
        QVERIFY(store.open(m_db));
        const auto ar = store.topics(QStringLiteral("ar"));
        QCOMPARE(ar.size(), 2);
        QCOMPARE(ar[0].id, QStringLiteral("t-one"));
        QCOMPARE(ar[0].name, QStringLiteral("واحد"));
        QCOMPARE(ar[0].lang, QStringLiteral("ar"));
        QCOMPARE(ar[0].articleCount, 2);
        QCOMPARE(ar[1].name, QStringLiteral("Two")); // no Arabic: English is next in the chain
        QCOMPARE(ar[1].lang, QStringLiteral("en"));
        QCOMPARE(store.topicName(QStringLiteral("t-two"), QStringLiteral("de")), QStringLiteral("Zwei"));
        QCOMPARE(store.topicName(QStringLiteral("nope"), QStringLiteral("de")), QString());
    }

    void articlesListInOrderWithFallback()
    {
        ContentStore store;
        QVERIFY(store.open(m_db));
        const auto one = store.articles(QStringLiteral("t-one"), QStringLiteral("ar"));
        QCOMPARE(one.size(), 2);
        QCOMPARE(one[0].slug, QStringLiteral("alpha"));
        QCOMPARE(one[0].lang, QStringLiteral("ar"));
        QCOMPARE(one[1].slug, QStringLiteral("beta"));
        QCOMPARE(one[1].lang, QStringLiteral("en"));
        QCOMPARE(one[1].title, QStringLiteral("Beta EN"));
        QCOMPARE(store.articles(QString(), QStringLiteral("de")).size(), 3);
        QCOMPARE(store.articles(QStringLiteral("t-two"), QStringLiteral("de")).size(), 1);
        QCOMPARE(store.articles(QStringLiteral("nope"), QStringLiteral("de")).size(), 0);
    }

    void articleResolvesFallback()
    {
        ContentStore store;
        QVERIFY(store.open(m_db));
        const auto a = store.article(QStringLiteral("alpha"), QStringLiteral("de"));
        QVERIFY(a);
        QCOMPARE(a->title, QStringLiteral("Alpha DE"));
        QCOMPARE(a->topic, QStringLiteral("t-one"));
        QCOMPARE(a->tags, (QStringList { QStringLiteral("Alpha DE"), QStringLiteral("test") }));
        QCOMPARE(a->sources.size(), 1);
        QCOMPARE(a->sources[0].url, QStringLiteral("https://www.example.org/source"));
        QCOMPARE(a->reviewed, QStringLiteral("2026-11-01"));
        QVERIFY(!a->needsReview);
        QVERIFY(a->body.contains(QStringLiteral("(article:beta)")));

        const auto b = store.article(QStringLiteral("beta"), QStringLiteral("ar"));
        QVERIFY(b);
        QCOMPARE(b->lang, QStringLiteral("en"));
        QVERIFY(!store.article(QStringLiteral("missing"), QStringLiteral("de")));
    }

    void refusesMissingOrForeignFiles()
    {
        ContentStore store;
        QVERIFY(!store.open(m_dir.filePath(QStringLiteral("nothing-here/content.db"))));
        QVERIFY(!store.isOpen());
        QVERIFY(!store.errorString().isEmpty());
        QVERIFY(store.topics(QStringLiteral("de")).isEmpty());

        // A SQLite file of another format version is refused with a message that says so.
        const auto other = m_dir.filePath(QStringLiteral("other.db"));
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            db.setDatabaseName(other);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO meta VALUES ('format', '99')")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        QVERIFY(!store.open(other));
        QVERIFY2(store.errorString().contains(QStringLiteral("format 99")), qPrintable(store.errorString()));
    }
};

QTEST_GUILESS_MAIN(TestContentStore)
#include "tst_contentstore.moc"

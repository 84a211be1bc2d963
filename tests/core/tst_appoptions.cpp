// SPDX-License-Identifier: GPL-3.0-or-later
// The app's command line, which tests, editors and benchmarks rely on.
#include "appoptions.h"

#include <QTest>

class TestAppOptions : public QObject
{
    Q_OBJECT

    static bool parse(const QStringList &args, AppOptions &o, QString &error)
    {
        return AppOptions::parse(QStringList { QStringLiteral("welcome") } + args, o, error);
    }

private Q_SLOTS:
    void fullCommandLine()
    {
        AppOptions o;
        QString error;
        QVERIFY(parse(
            { QStringLiteral("--lang"), QStringLiteral("ar"), QStringLiteral("--data-dir"), QStringLiteral("/tmp/x"),
                QStringLiteral("--page"), QStringLiteral("article:health-insurance"), QStringLiteral("--screenshot"),
                QStringLiteral("out.png"), QStringLiteral("--size"), QStringLiteral("390x844") },
            o, error));
        QCOMPARE(o.language, QStringLiteral("ar"));
        QCOMPARE(o.dataDir, QStringLiteral("/tmp/x"));
        QCOMPARE(o.page, QStringLiteral("article:health-insurance"));
        QCOMPARE(o.screenshot, QStringLiteral("out.png"));
        QCOMPARE(o.size, QSize(390, 844));
        QVERIFY(!o.selfTest);
    }

    void tileUrl()
    {
        AppOptions o;
        QString error;
        QVERIFY(parse({}, o, error));
        QVERIFY(o.tileUrl.isEmpty());
        QVERIFY(parse({ QStringLiteral("--tile-url"), QStringLiteral("http://127.0.0.1:8080/{z}/{x}/{y}.png"),
                          QStringLiteral("--page"), QStringLiteral("map") },
            o, error));
        QCOMPARE(o.tileUrl, QStringLiteral("http://127.0.0.1:8080/{z}/{x}/{y}.png"));
        QCOMPARE(o.page, QStringLiteral("map"));
        QVERIFY(parse({ QStringLiteral("--tile-url"), QStringLiteral("none") }, o, error));
        QCOMPARE(o.tileUrl, QStringLiteral("none"));
        QVERIFY(!parse({ QStringLiteral("--tile-url"), QStringLiteral("http://127.0.0.1:8080/tiles.png") }, o, error));
        QVERIFY(error.contains(QStringLiteral("{z}")));
        QVERIFY(parse({ QStringLiteral("--page"), QStringLiteral("location") }, o, error));
    }

    void selfTest()
    {
        AppOptions o;
        QString error;
        QVERIFY(parse({ QStringLiteral("--self-test") }, o, error));
        QVERIFY(o.selfTest);
        QVERIFY(o.page.isEmpty());
        QVERIFY(!o.size.isValid());
    }

    void rejects_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad page") << QStringList { QStringLiteral("--page"), QStringLiteral("nowhere") }
                                  << "Unknown page";
        QTest::newRow("page with path") << QStringList { QStringLiteral("--page"), QStringLiteral("article:../x") }
                                        << "Unknown page";
        QTest::newRow("bad size") << QStringList { QStringLiteral("--size"), QStringLiteral("big") } << "--size";
        QTest::newRow("not png") << QStringList { QStringLiteral("--screenshot"), QStringLiteral("a.jpg") } << ".png";
        QTest::newRow("unknown option") << QStringList { QStringLiteral("--frob") } << "frob";
        QTest::newRow("positional") << QStringList { QStringLiteral("extra") } << "Unexpected";
    }
    void rejects()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        AppOptions o;
        QString error;
        QVERIFY(!parse(args, o, error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void pages_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<bool>("valid");
        QTest::newRow("home") << "home" << true;
        QTest::newRow("guide") << "guide" << true;
        QTest::newRow("settings") << "settings" << true;
        QTest::newRow("whatsnew") << "whatsnew" << true;
        QTest::newRow("whatsnew with argument") << "whatsnew:x" << false;
        QTest::newRow("topic") << "topic:first-steps" << true;
        QTest::newRow("article") << "article:registration" << true;
        QTest::newRow("search") << "search" << true;
        QTest::newRow("search with query") << "search:Krankenkasse" << true;
        QTest::newRow("empty slug") << "article:" << false;
        QTest::newRow("upper case") << "article:Registration" << false;
        QTest::newRow("unknown kind") << "place:x" << false;
    }
    void pages()
    {
        QFETCH(QString, page);
        QFETCH(bool, valid);
        QCOMPARE(AppOptions::isValidPage(page), valid);
    }
};

QTEST_GUILESS_MAIN(TestAppOptions)
#include "tst_appoptions.moc"

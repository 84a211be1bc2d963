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
        QVERIFY(o.page);
        QCOMPARE(o.page->kind(), Route::Kind::Article);
        QCOMPARE(o.page->argument(0), QStringLiteral("health-insurance"));
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
        QCOMPARE(o.page->kind(), Route::Kind::Map);
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
        QVERIFY(!o.page);
        QVERIFY(!o.size.isValid());
    }

    void rejects_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad page") << QStringList { QStringLiteral("--page"), QStringLiteral("nowhere") }
                                  << "Unknown page";
        QTest::newRow("page with path") << QStringList { QStringLiteral("--page"), QStringLiteral("article:../x") }
                                        << "Bad address for page 'article'";
        QTest::newRow("page too long") << QStringList { QStringLiteral("--page"),
            QStringLiteral("search:") + QString(300, QLatin1Char('x')) }
                                       << "at most 256";
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
};

QTEST_GUILESS_MAIN(TestAppOptions)
#include "tst_appoptions.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// Page addresses: what the command line, links and the shell accept, and that every route reads back as itself.
#include "route.h"

#include <QMetaEnum>
#include <QTest>

class TestRoute : public QObject
{
    Q_OBJECT

    // One valid route text per kind (the arguments as the content and the checklist write them).
    static QString sample(Route::Kind kind)
    {
        switch (Route::argumentsOf(kind)) {
        case Route::Arguments::None:
            return Route::kindName(kind);
        case Route::Arguments::OptionalQuery:
            return Route::kindName(kind) + QStringLiteral(":Krankenkasse Bern / 2026");
        case Route::Arguments::Id:
            return Route::kindName(kind) + QStringLiteral(":health-insurance-2");
        case Route::Arguments::MemberAndStep:
            return Route::kindName(kind) + QStringLiteral(":Ana_1/registration");
        }
        return {};
    }

private Q_SLOTS:
    void everyKindHasOneName()
    {
        const auto kinds = Route::kinds();
        const auto meta = QMetaEnum::fromType<Route::Kind>();
        QCOMPARE(kinds.size(), meta.keyCount());
        QSet<QString> names;
        for (const auto kind : kinds) {
            const auto name = Route::kindName(kind);
            QVERIFY2(!name.isEmpty() && !name.contains(QLatin1Char(':')), qPrintable(name));
            QCOMPARE(Route::kindNamed(name), kind);
            // The name is the enum's key in lower case: "WhatsNew" is "whatsnew".
            QCOMPARE(name, QString::fromLatin1(meta.valueToKey(int(kind))).toLower());
            names.insert(name);
        }
        QCOMPARE(names.size(), kinds.size());
        QVERIFY(!Route::kindNamed(u"Home"));
        QVERIFY(!Route::kindNamed(u""));
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("text");
        for (const auto kind : Route::kinds()) {
            QTest::addRow("%s", qPrintable(Route::kindName(kind))) << sample(kind);
            if (Route::argumentsOf(kind) == Route::Arguments::OptionalQuery) {
                QTest::addRow("%s without query", qPrintable(Route::kindName(kind))) << Route::kindName(kind);
            }
        }
        QTest::newRow("query in Arabic") << QStringLiteral("search:تأمين صحي");
        QTest::newRow("query with colon") << QStringLiteral("search:a:b");
        QTest::newRow("query at the limit") << QStringLiteral("search:") + QString(Route::maxQueryLength, u'q');
        QTest::newRow("member household") << QStringLiteral("counter:household/registration");
    }
    void roundTrip()
    {
        QFETCH(QString, text);
        Route::Error error = Route::Error::TooLong;
        const auto route = Route::parse(text, &error);
        QVERIFY2(route, qPrintable(text));
        QCOMPARE(error, Route::Error::None);
        QCOMPARE(route->toString(), text);
        // Built from its parts, as QML asks for pages, it is the same route.
        QCOMPARE(Route::make(Route::kindName(route->kind()), route->arguments()), route);
        QCOMPARE(Route::make(route->kind(), route->arguments()), route);
        QCOMPARE(Route::format(route->kind(), route->arguments()), text);
        QCOMPARE(Route::fromLink(text), route);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Route::Error>("error");
        using E = Route::Error;
        QTest::newRow("empty") << QString() << E::Empty;
        QTest::newRow("too long") << QStringLiteral("article:") + QString(Route::maxLength, u'a') << E::TooLong;
        QTest::newRow("too long, unknown kind") << QString(Route::maxLength + 1, u'x') << E::TooLong;
        QTest::newRow("unknown kind") << QStringLiteral("place:x") << E::UnknownKind;
        QTest::newRow("upper-case kind") << QStringLiteral("Home") << E::UnknownKind;
        QTest::newRow("only a colon") << QStringLiteral(":") << E::UnknownKind;
        QTest::newRow("web link") << QStringLiteral("https://example.org") << E::UnknownKind;
        QTest::newRow("plan link, not yet a page") << QStringLiteral("welcome://r/ABCD") << E::UnknownKind;
        QTest::newRow("argument to a page without") << QStringLiteral("whatsnew:x") << E::BadArguments;
        QTest::newRow("empty argument") << QStringLiteral("whatsnew:") << E::BadArguments;
        QTest::newRow("empty query") << QStringLiteral("search:") << E::BadArguments;
        QTest::newRow("query too long") << QStringLiteral("search:") + QString(Route::maxQueryLength + 1, u'q')
                                        << E::BadArguments;
        QTest::newRow("query over two lines") << QStringLiteral("search:a\nb") << E::BadArguments;
        QTest::newRow("query with NUL") << QStringLiteral("search:a") + QChar(0) << E::BadArguments;
        QTest::newRow("query with a lone surrogate") << QStringLiteral("search:a") + QChar(0xd800) << E::BadArguments;
        QTest::newRow("missing id") << QStringLiteral("article") << E::BadArguments;
        QTest::newRow("empty id") << QStringLiteral("article:") << E::BadArguments;
        QTest::newRow("upper-case id") << QStringLiteral("article:Registration") << E::BadArguments;
        QTest::newRow("path") << QStringLiteral("article:../x") << E::BadArguments;
        QTest::newRow("id with slash") << QStringLiteral("topic:a/b") << E::BadArguments;
        QTest::newRow("id starting with a dash") << QStringLiteral("offer:-x") << E::BadArguments;
        QTest::newRow("id with space") << QStringLiteral("offer:a b") << E::BadArguments;
        QTest::newRow("id too long") << QStringLiteral("offer:") + QString(Route::maxIdLength + 1, u'a')
                                     << E::BadArguments;
        QTest::newRow("id in Arabic") << QStringLiteral("article:تسجيل") << E::BadArguments;
        QTest::newRow("step without member") << QStringLiteral("step:registration") << E::BadArguments;
        QTest::newRow("step, empty member") << QStringLiteral("step:/registration") << E::BadArguments;
        QTest::newRow("step, empty step") << QStringLiteral("step:ana/") << E::BadArguments;
        QTest::newRow("step, three parts") << QStringLiteral("step:ana/a/b") << E::BadArguments;
        QTest::newRow("member with dot") << QStringLiteral("counter:a.b/registration") << E::BadArguments;
        QTest::newRow("member too long") << QStringLiteral("counter:") + QString(Route::maxMemberLength + 1, u'm')
                + QStringLiteral("/registration")
                                         << E::BadArguments;
    }
    void rejects()
    {
        QFETCH(QString, text);
        QFETCH(Route::Error, error);
        Route::Error why = Route::Error::None;
        QVERIFY(!Route::parse(text, &why));
        QCOMPARE(why, error);
        QVERIFY(!Route::fromLink(text));
    }

    void makeChecksArguments()
    {
        QVERIFY(Route::make(Route::Kind::Settings));
        QVERIFY(!Route::make(Route::Kind::Settings, { QStringLiteral("x") }));
        QVERIFY(!Route::make(Route::Kind::Article));
        QVERIFY(!Route::make(Route::Kind::Article, { QStringLiteral("a"), QStringLiteral("b") }));
        QVERIFY(!Route::make(Route::Kind::Step, { QStringLiteral("registration") }));
        QVERIFY(Route::format(Route::Kind::Offer, { QStringLiteral("A") }).isEmpty());
        Route::Error why = Route::Error::None;
        QVERIFY(!Route::make(u"nowhere", {}, &why));
        QCOMPARE(why, Route::Error::UnknownKind);
        QVERIFY(!Route::make(u"topic", {}, &why));
        QCOMPARE(why, Route::Error::BadArguments);
        // The default route is Home.
        QCOMPARE(Route().toString(), QStringLiteral("home"));
        QCOMPARE(Route(), Route::parse(u"home"));
    }

    void grammarNamesEveryKind()
    {
        const auto grammar = Route::grammar();
        for (const auto kind : Route::kinds()) {
            QVERIFY2(grammar.contains(Route::kindName(kind)), qPrintable(grammar));
        }
        QVERIFY(grammar.contains(QStringLiteral("step:<member>/<step>")));
        QVERIFY(grammar.contains(QStringLiteral("search[:<query>]")));
    }
};

QTEST_GUILESS_MAIN(TestRoute)
#include "tst_route.moc"

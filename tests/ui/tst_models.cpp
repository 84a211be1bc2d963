// SPDX-License-Identifier: GPL-3.0-or-later
// The QML-facing models and controller, checked with QAbstractItemModelTester.
#include "appcontroller.h"
#include "articlecontent.h"
#include "articlelistmodel.h"
#include "checklistcontroller.h"
#include "checklistmodel.h"
#include "contentstore.h"
#include "languagemodel.h"
#include "searchmodel.h"
#include "testcontent.h"
#include "topicmodel.h"
#include "userstore.h"

#include <QAbstractItemModelTester>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestModels : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    ContentStore m_content;

    static QVariant value(const QAbstractItemModel &m, int row, int role) { return m.data(m.index(row, 0), role); }

private Q_SLOTS:
    void initTestCase()
    {
        const auto db = m_dir.filePath(QStringLiteral("content.db"));
        QVERIFY(buildFixture(QStringLiteral("content-good"), db));
        QVERIFY(m_content.open(db));
    }

    void topicModel()
    {
        TopicModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy count(&model, &ContentListModel::countChanged);
        model.setContent(&m_content);
        model.setLanguage(QStringLiteral("ar"));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(count.count(), 1);
        QCOMPARE(value(model, 0, TopicModel::IdRole).toString(), QStringLiteral("t-one"));
        QCOMPARE(value(model, 0, TopicModel::NameRole).toString(), QStringLiteral("واحد"));
        QCOMPARE(value(model, 0, TopicModel::IconRole).toString(), QStringLiteral("compass"));
        QCOMPARE(value(model, 0, TopicModel::ArticleCountRole).toInt(), 2);
        QCOMPARE(value(model, 0, TopicModel::IsFallbackRole).toBool(), false);
        QCOMPARE(value(model, 1, TopicModel::IsFallbackRole).toBool(), true);
        QVERIFY(!model.data(model.index(5, 0), TopicModel::NameRole).isValid());
        model.setLanguage(QStringLiteral("de"));
        QCOMPARE(value(model, 1, TopicModel::NameRole).toString(), QStringLiteral("Zwei"));
        QVERIFY(model.roleNames().values().contains("symbol"));
    }

    void articleListModel()
    {
        ArticleListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setContent(&m_content);
        model.setLanguage(QStringLiteral("ar"));
        QCOMPARE(model.rowCount(), 3); // no topic: every article
        model.setTopic(QStringLiteral("t-one"));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(value(model, 0, ArticleListModel::TitleRole).toString(), QStringLiteral("ألفا"));
        QCOMPARE(value(model, 1, ArticleListModel::SlugRole).toString(), QStringLiteral("beta"));
        QCOMPARE(value(model, 1, ArticleListModel::LanguageRole).toString(), QStringLiteral("en"));
        QCOMPARE(value(model, 1, ArticleListModel::IsFallbackRole).toBool(), true);
        QCOMPARE(value(model, 1, ArticleListModel::SummaryRole).toString(), QStringLiteral("Summary of Beta EN."));
        model.setTopic(QStringLiteral("t-two"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.count(), 1);
    }

    void languageModel()
    {
        LanguageModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setContent(&m_content);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(value(model, 2, LanguageModel::CodeRole).toString(), QStringLiteral("ar"));
        QCOMPARE(value(model, 2, LanguageModel::RightToLeftRole).toBool(), true);
        QCOMPARE(value(model, 0, Qt::DisplayRole).toString(), QStringLiteral("Deutsch"));
    }

    void modelsFollowContentReload()
    {
        ContentStore store;
        TopicModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setContent(&store);
        model.setLanguage(QStringLiteral("en"));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("content.db"))));
        QCOMPARE(model.rowCount(), 2);
        store.close();
        QVERIFY(!store.open(m_dir.filePath(QStringLiteral("missing.db"))));
        QCOMPARE(model.rowCount(), 0);
    }

    void articleContent()
    {
        ArticleContent article;
        QSignalSpy loaded(&article, &ArticleContent::loaded);
        article.setContent(&m_content);
        article.setLanguage(QStringLiteral("ar"));
        article.setSlug(QStringLiteral("beta"));
        QVERIFY(article.found());
        QCOMPARE(article.title(), QStringLiteral("Beta EN"));
        QCOMPARE(article.shownLanguage(), QStringLiteral("en"));
        QVERIFY(article.isFallback());
        QCOMPARE(article.topicName(), QStringLiteral("واحد"));
        QCOMPARE(article.sources().size(), 1);
        QVERIFY(loaded.count() >= 3);
        article.setLanguage(QStringLiteral("de"));
        QVERIFY(!article.isFallback());
        QCOMPARE(article.title(), QStringLiteral("Beta DE"));
        article.setSlug(QStringLiteral("gone"));
        QVERIFY(!article.found());
        QVERIFY(!article.isFallback());
        QVERIFY(article.title().isEmpty());
    }

    void searchModelRunsOffTheUiThread()
    {
        SearchModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy finished(&model, &SearchModel::searchFinished);
        model.setContent(&m_content);
        model.setLanguage(QStringLiteral("ar"));
        model.setQuery(QStringLiteral("Bet"));
        QVERIFY(model.busy());
        QVERIFY(finished.wait(5000));
        QVERIFY(!model.busy());
        QCOMPARE(model.rowCount(), 2); // Beta's own page first, then Alpha, which links to Beta
        QCOMPARE(value(model, 0, SearchModel::RefRole).toString(), QStringLiteral("beta"));
        QCOMPARE(value(model, 1, SearchModel::RefRole).toString(), QStringLiteral("alpha"));
        QCOMPARE(value(model, 0, SearchModel::ShownLanguageRole).toString(), QStringLiteral("en")); // no Arabic beta
        QCOMPARE(value(model, 0, SearchModel::IsFallbackRole).toBool(), true);
        QCOMPARE(value(model, 0, SearchModel::PageRole).toString(), QStringLiteral("article:beta"));
        // Typing on: only the newest query's results arrive.
        model.setQuery(QStringLiteral("Gam"));
        model.setQuery(QStringLiteral("Gamma"));
        QTRY_COMPARE(value(model, 0, SearchModel::RefRole).toString(), QStringLiteral("gamma"));
        QCOMPARE(model.query(), QStringLiteral("Gamma"));
        model.setQuery(QString());
        QTRY_COMPARE(model.rowCount(), 0);
    }

    void snippetsAreEscapedHtml()
    {
        const auto html = SearchModel::snippetHtml(
            QStringLiteral("a <i>x</i> ") + SearchEngine::markStart + QStringLiteral("Beta") + SearchEngine::markEnd);
        QCOMPARE(html, QStringLiteral("a &lt;i&gt;x&lt;/i&gt; <b>Beta</b>"));
    }

    void checklistKeepsRecordsAcrossReplansAndContentChanges()
    {
        QTemporaryDir dir;
        UserStore user;
        QCOMPARE(user.open(dir.filePath(QStringLiteral("user.db"))), UserStore::OpenResult::Opened);
        AppController app(&m_content, &user, dir.path());
        app.applyLanguage(QStringLiteral("en"), false);
        ChecklistController checklist(&m_content, &user, &app);
        checklist.setToday(QDate(2026, 3, 20));
        QVERIFY(!checklist.hasHousehold());
        ChecklistModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setController(&checklist);
        QCOMPARE(model.rowCount(), 0);

        QVERIFY(!checklist.saveHousehold({ { QStringLiteral("arrival"), QStringLiteral("not a date") } }).isEmpty());
        const QVariantMap profile { { QStringLiteral("arrival"), QStringLiteral("2026-03-02") },
            { QStringLiteral("from"), QStringLiteral("abroad") }, { QStringLiteral("permit"), QStringLiteral("B") },
            { QStringLiteral("members"),
                QVariantList { QVariantMap { { QStringLiteral("id"), QStringLiteral("p1") },
                    { QStringLiteral("name"), QStringLiteral("Amina") }, { QStringLiteral("age"), 30 } } } } };
        QCOMPARE(checklist.saveHousehold(profile), QString());
        QVERIFY(checklist.hasHousehold());
        QCOMPARE(checklist.memberNames(), (QStringList { QStringLiteral("Whole household"), QStringLiteral("Amina") }));
        const int planned = model.rowCount();
        QVERIFY(planned > 0);
        const auto step = value(model, 0, ChecklistModel::StepRole).toString();
        const auto member = value(model, 0, ChecklistModel::MemberRole).toString();
        QVERIFY(!value(model, 0, ChecklistModel::TitleRole).toString().isEmpty());
        checklist.setState(member, step, QStringLiteral("done"));
        checklist.setNote(member, step, QStringLiteral("kept"));
        QCOMPARE(value(model, 0, ChecklistModel::StateRole).toString(), QStringLiteral("done"));
        QCOMPARE(value(model, 0, ChecklistModel::UrgencyRole).toString(), QStringLiteral("closed"));
        QCOMPARE(model.closedCount(), 1);

        // Replanning for another profile keeps what was done.
        auto changed = profile;
        changed.insert(QStringLiteral("permit"), QStringLiteral("C"));
        QCOMPARE(checklist.saveHousehold(changed), QString());
        QCOMPARE(user.stepStates().value(member + QLatin1Char('/') + step).state, StepState::State::Done);

        // A record for a step the content no longer has stays visible, marked as removed.
        user.setStepState(
            QStringLiteral("p1"), QStringLiteral("dropped-step"), StepState::State::Done, QStringLiteral("Old step"));
        Q_EMIT m_content.contentChanged(); // as after a content update
        model.setMember(QStringLiteral("p1"));
        const auto last = model.rowCount() - 1;
        QCOMPARE(value(model, last, ChecklistModel::StepRole).toString(), QStringLiteral("dropped-step"));
        QCOMPARE(value(model, last, ChecklistModel::RemovedRole).toBool(), true);
        QCOMPARE(value(model, last, ChecklistModel::TitleRole).toString(), QStringLiteral("Old step"));
        model.setOnlyOpen(true);
        for (int i = 0; i < model.rowCount(); ++i) {
            QCOMPARE(value(model, i, ChecklistModel::StateRole).toString(), QStringLiteral("open"));
        }
        model.setLimit(1);
        QVERIFY(model.rowCount() <= 1);
        QCOMPARE(model.find(QStringLiteral("nope")), QVariantMap());
    }

    void urgency_data()
    {
        QTest::addColumn<QDate>("due");
        QTest::addColumn<bool>("closed");
        QTest::addColumn<QString>("expected");
        QTest::newRow("yesterday") << QDate(2026, 3, 19) << false << "overdue";
        QTest::newRow("today") << QDate(2026, 3, 20) << false << "soon";
        QTest::newRow("in 7 days") << QDate(2026, 3, 27) << false << "soon";
        QTest::newRow("in 8 days") << QDate(2026, 3, 28) << false << "later";
        QTest::newRow("no date") << QDate() << false << "none";
        QTest::newRow("done") << QDate(2026, 3, 1) << true << "closed";
    }
    void urgency()
    {
        QFETCH(QDate, due);
        QFETCH(bool, closed);
        QFETCH(QString, expected);
        QCOMPARE(ChecklistModel::urgency(due, QDate(2026, 3, 20), closed), expected);
    }

    void controllerLanguage()
    {
        QTemporaryDir dir;
        UserStore user;
        QCOMPARE(user.open(dir.filePath(QStringLiteral("user.db"))), UserStore::OpenResult::Opened);
        AppController app(&m_content, &user, dir.path());
        QSignalSpy changed(&app, &AppController::languageChanged);
        app.applyLanguage(QStringLiteral("ar"), false);
        QCOMPARE(changed.count(), 1);
        QVERIFY(app.rightToLeft());
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
        QCOMPARE(user.setting(QStringLiteral("language")), QString()); // an override is not saved
        app.setLanguage(QStringLiteral("en"));
        QVERIFY(!app.rightToLeft());
        QCOMPARE(app.siteName(), QStringLiteral("Welcome to Testville"));
        QCOMPARE(user.setting(QStringLiteral("language")), QStringLiteral("en"));
        QCOMPARE(app.initialLanguage(), QStringLiteral("en"));
        QCOMPARE(app.languageName(QStringLiteral("ar")), QStringLiteral("العربية"));
        QCOMPARE(app.formatDate(QStringLiteral("2026-11-01")),
            QLocale(QStringLiteral("en")).toString(QDate(2026, 11, 1), QLocale::LongFormat));
        user.setSetting(QStringLiteral("language"), QStringLiteral("xx")); // no longer offered: fall back
        QVERIFY(!app.initialLanguage().isEmpty());
        QVERIFY(app.initialLanguage() != QStringLiteral("xx"));
    }

    void noticeFollowsTheLanguage()
    {
        // Start-up problems are worded when shown, so a language chosen later re-words them.
        AppController app(&m_content, nullptr, QString());
        QVERIFY(app.notice().isEmpty());
        QSignalSpy changed(&app, &AppController::noticeChanged);
        app.applyLanguage(QStringLiteral("en"), false);
        QCOMPARE(changed.count(), 0);
        const auto backup = QStringLiteral("/data/user.db.damaged-20261123");
        app.addProblem(AppController::Problem::PersonalDataRecovered, backup);
        QCOMPARE(changed.count(), 1);
        QVERIFY2(app.notice().contains(QStringLiteral("was damaged")), qPrintable(app.notice()));
        // The path keeps its order inside right-to-left sentences.
        QVERIFY(app.notice().contains(QChar(0x2066) + backup + QChar(0x2069)));
        app.applyLanguage(QStringLiteral("de"), false);
        QCOMPARE(changed.count(), 2);
        QVERIFY2(app.notice().contains(QStringLiteral("beschädigt")), qPrintable(app.notice()));
        app.addProblem(AppController::Problem::ContentUnreadable, QStringLiteral("format 9"));
        QCOMPARE(app.notice().split(QLatin1Char('\n')).size(), 2);
        QVERIFY2(app.notice().contains(QStringLiteral("format 9")), qPrintable(app.notice()));
        app.dismissNotice();
        QVERIFY(app.notice().isEmpty());
        QCOMPARE(changed.count(), 4);
        app.applyLanguage(QStringLiteral("en"), false);
        QCOMPARE(changed.count(), 4); // nothing to re-word
    }

    void controllerLinks()
    {
        AppController app(&m_content, nullptr, QString());
        QSignalSpy nav(&app, &AppController::navigateRequested);
        QVERIFY(app.openLink(QStringLiteral("article:beta")));
        QCOMPARE(nav.count(), 1);
        QCOMPARE(nav.last().at(0).toString(), QStringLiteral("article"));
        QCOMPARE(nav.last().at(1).toStringList(), QStringList { QStringLiteral("beta") });
        QCOMPARE(nav.last().at(2).toBool(), false);
        QVERIFY(app.openLink(QStringLiteral("topic:t-two")));
        QCOMPARE(nav.count(), 2);
        QVERIFY(app.openPage(QStringLiteral("settings")));
        QCOMPARE(nav.count(), 3);
        QCOMPARE(nav.last().at(0).toString(), QStringLiteral("settings"));
        QCOMPARE(nav.last().at(2).toBool(), true);
        // From QML: a kind and its arguments, checked like route text.
        QVERIFY(app.open(QStringLiteral("step"), { QStringLiteral("household"), QStringLiteral("registration") }));
        QCOMPARE(nav.count(), 4);
        QCOMPARE(nav.last().at(0).toString(), QStringLiteral("step"));
        QCOMPARE(nav.last().at(1).toStringList().size(), 2);
        QVERIFY(!app.open(QStringLiteral("step"), { QStringLiteral("household") }));
        QVERIFY(!app.open(QStringLiteral("article"), { QStringLiteral("../x") }));
        QVERIFY(!app.open(QStringLiteral("nowhere")));
        QCOMPARE(nav.count(), 4);
        // A search query goes to the search field; the page is the search page.
        QVERIFY(app.openPage(QStringLiteral("search:Krankenkasse")));
        QCOMPARE(nav.last().at(0).toString(), QStringLiteral("search"));
        QVERIFY(nav.last().at(1).toStringList().isEmpty());
        QCOMPARE(app.property("searchQuery").toString(), QStringLiteral("Krankenkasse"));
        QCOMPARE(nav.count(), 5);
        // Not followed: unknown schemes, plain http, malformed pages.
        QVERIFY(!app.openLink(QStringLiteral("javascript:alert(1)")));
        QVERIFY(!app.openLink(QStringLiteral("http://example.org")));
        QVERIFY(!app.openLink(QStringLiteral("file:///etc/passwd")));
        QVERIFY(!app.openLink(QStringLiteral("article:../../x")));
        QVERIFY(!app.openLink(QStringLiteral("search:")));
        QVERIFY(!app.openPage(QStringLiteral("nowhere")));
        QCOMPARE(nav.count(), 5);
        // What the shell reports as shown is route text, or nothing.
        QSignalSpy shown(&app, &AppController::currentPageChanged);
        app.setCurrentPage(QStringLiteral("article:beta"));
        QCOMPARE(app.currentRoute(), Route::make(Route::Kind::Article, { QStringLiteral("beta") }));
        QCOMPARE(app.formatRoute(QStringLiteral("article"), { QStringLiteral("beta") }), app.currentPage());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("no page address")));
        app.setCurrentPage(QStringLiteral("article:Beta"));
        QVERIFY(!app.currentRoute());
        QVERIFY(app.currentPage().isEmpty());
        QCOMPARE(shown.count(), 2);
    }
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"

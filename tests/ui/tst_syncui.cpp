// SPDX-License-Identifier: GPL-3.0-or-later
// The app side of content updates: the Sync controller against a small web server serving a published tree,
// the models following the reloaded content, and the "What's new" list.
#include "articlelistmodel.h"
#include "contentbuilder.h"
#include "contentinstaller.h"
#include "contentsource.h"
#include "contentstore.h"
#include "datafolderlock.h"
#include "publisher.h"
#include "searchmodel.h"
#include "synccontroller.h"
#include "whatsnewmodel.h"

#include "localfileserver.h"
#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSignalSpy>

#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

namespace {
ContentSource fixture()
{
    QList<Diagnostic> diags;
    auto source = ContentSource::load(QStringLiteral(WELCOME_FIXTURES "/content-good"), diags);
    source.check(diags);
    return source;
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                       : QByteArray();
}

QStringList column(const QAbstractItemModel &model, int role)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row) {
        out.push_back(model.data(model.index(row, 0), role).toString());
    }
    return out;
}
} // namespace

class TestSyncUi : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_dataDir;
    QString m_db;
    QString m_publicKey;
    QString m_keyFile;

    // Content version 3 as installed, and version 4 as published: alpha/de renamed, delta/de added, beta removed,
    // step hh-register renamed in German, a synonym added.
    ContentSource m_installed;
    ContentSource m_update;

    bool publish(const ContentSource &source, const QString &keyFile, const QString &out)
    {
        // Published now: the app refuses expired manifests.
        auto result = Publisher(source, keyFile)
                          .publish(out, QStringLiteral("Neue Telefonnummern."), 30, QDateTime::currentDateTimeUtc());
        if (!result.ok) {
            qWarning() << result.message;
        }
        return result.ok;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QString error;
        QVERIFY2(
            Publisher::generateKey(m_tmp.filePath(QStringLiteral("key")), &m_publicKey, &error), qPrintable(error));
        m_keyFile = m_tmp.filePath(QStringLiteral("key/welcome-signing.key"));

        m_installed = fixture();
        m_installed.site.trustedKeys = { m_publicKey };
        m_update = m_installed;
        m_update.site.version += 1;
        for (auto &a : m_update.articles) {
            if (a.slug == QLatin1String("alpha") && a.lang == QLatin1String("de")) {
                a.article.title = QStringLiteral("Alpha DE neu");
                auto delta = a;
                delta.slug = delta.article.slug = QStringLiteral("delta");
                delta.article.title = QStringLiteral("Delta DE");
                delta.file = QStringLiteral("articles/delta/de.md");
                m_update.articles.push_back(delta);
                break;
            }
        }
        m_update.articles.removeIf([](const SourceArticle &a) { return a.slug == QLatin1String("beta"); });
        std::sort(m_update.articles.begin(), m_update.articles.end(),
            [](const auto &a, const auto &b) { return std::pair(a.slug, a.lang) < std::pair(b.slug, b.lang); });
        for (auto &s : m_update.steps) {
            if (s.id == QLatin1String("hh-register")) {
                s.titles[QStringLiteral("de")] = QStringLiteral("Schritt A neu");
            }
        }
        // The search engine reads synonyms once per connection: this one proves the search worker reopened.
        m_update.synonyms.push_back({ QStringLiteral("zebrastreifen"), QStringLiteral("delta") });
        // Not validated: links to beta now dangle and delta lacks English, which the editors' check would refuse;
        // the app must apply whatever a genuine manifest lists.
        QVERIFY(publish(m_update, m_keyFile, m_tmp.filePath(QStringLiteral("www"))));
    }

    // Every test starts from version 3 installed in a fresh data folder.
    void init()
    {
        m_dataDir = m_tmp.filePath(QStringLiteral("data-") + QString::fromLatin1(QTest::currentTestFunction()));
        QDir(m_dataDir).removeRecursively();
        QVERIFY(QDir().mkpath(m_dataDir));
        m_db = QDir(m_dataDir).filePath(QStringLiteral("content.db"));
        ContentBuilder builder(m_installed);
        QVERIFY2(builder.build(m_db, QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC)),
            qPrintable(builder.errorString()));
    }

    void updateReloadsContentAndModels()
    {
        LocalFileServer server(m_tmp.filePath(QStringLiteral("www")));
        ContentStore content;
        QVERIFY(content.open(m_db));
        QCOMPARE(content.version(), qint64(3));
        QCOMPARE(content.metaValue(QStringLiteral("published_at")), QString());

        ArticleListModel articles;
        articles.setContent(&content);
        articles.setLanguage(QStringLiteral("de"));
        WhatsNewModel whatsNew;
        QAbstractItemModelTester tester(&whatsNew, QAbstractItemModelTester::FailureReportingMode::QtTest);
        whatsNew.setContent(&content);
        whatsNew.setLanguage(QStringLiteral("de"));
        QCOMPARE(whatsNew.rowCount(), 0); // a fresh build has no news
        QCOMPARE(whatsNew.notes(), QString());
        SearchModel search;
        search.setContent(&content);
        search.setLanguage(QStringLiteral("de"));
        QSignalSpy searched(&search, &SearchModel::searchFinished);
        search.setQuery(QStringLiteral("Delta"));
        QVERIFY(searched.wait(10000));
        QCOMPARE(search.rowCount(), 0);

        SyncController sync(&content, m_dataDir);
        sync.setAutomatic(false);
        QVERIFY(!sync.canSync()); // the fixture names no update server
        QCOMPARE(sync.contentDate(), QStringLiteral("2026-11-01T12:00:00Z"));
        sync.setUpdateUrl(server.url());
        QVERIFY(sync.canSync());
        QSignalSpy finished(&sync, &SyncController::finished);
        QSignalSpy busy(&sync, &SyncController::busyChanged);
        QSignalSpy reloaded(&content, &ContentStore::contentChanged);
        sync.syncNow();
        QVERIFY(sync.busy());
        QVERIFY(!sync.stateText().isEmpty());
        sync.syncNow(); // ignored while one runs
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().value<SyncJob::Outcome>(), SyncJob::Outcome::Updated);
        QVERIFY(!sync.busy());
        QCOMPARE(busy.count(), 2);
        QCOMPARE(reloaded.count(), 1);
        QVERIFY(sync.justUpdated());
        QVERIFY(!sync.lastFailed());
        QCOMPARE(sync.lastResult(), SyncController::tr("The content was updated to version %1.").arg(4));
        QVERIFY(!sync.lastChecked().isEmpty());
        QVERIFY(sync.stateText().isEmpty());

        // The open store, the list models and the search worker all see version 4.
        QCOMPARE(content.version(), qint64(4));
        QVERIFY(sync.contentDate().startsWith(QString::number(QDate::currentDate().year())));
        const auto titles = column(articles, ArticleListModel::TitleRole);
        QVERIFY2(titles.contains(QStringLiteral("Alpha DE neu")), qPrintable(titles.join(u',')));
        QVERIFY(titles.contains(QStringLiteral("Delta DE")));
        QVERIFY(!titles.contains(QStringLiteral("Beta DE")));
        search.setQuery(QStringLiteral("zebrastreifen"));
        QVERIFY(searched.wait(10000));
        QVERIFY(search.rowCount() > 0);
        QCOMPARE(search.data(search.index(0), SearchModel::RefRole).toString(), QStringLiteral("delta"));

        // What's new in German: changed and added first, the step, then what was removed (without a link).
        QCOMPARE(whatsNew.notes(), QStringLiteral("Neue Telefonnummern."));
        QCOMPARE(column(whatsNew, WhatsNewModel::TitleRole),
            QStringList({ QStringLiteral("Alpha DE neu"), QStringLiteral("Delta DE"), QStringLiteral("Schritt A neu"),
                QStringLiteral("Beta") }));
        QCOMPARE(column(whatsNew, WhatsNewModel::ChangeRole),
            QStringList({ QStringLiteral("changed"), QStringLiteral("added"), QStringLiteral("changed"),
                QStringLiteral("removed") }));
        QCOMPARE(column(whatsNew, WhatsNewModel::PageRole),
            QStringList({ QStringLiteral("article:alpha"), QStringLiteral("article:delta"), QStringLiteral("checklist"),
                QString() }));
        QCOMPARE(column(whatsNew, WhatsNewModel::KindRole),
            QStringList({ QStringLiteral("article"), QStringLiteral("article"), QStringLiteral("step"),
                QStringLiteral("article") }));
        // In English only the German title of alpha changed, which an English reader does not see.
        whatsNew.setLanguage(QStringLiteral("en"));
        QCOMPARE(column(whatsNew, WhatsNewModel::PageRole),
            QStringList({ QStringLiteral("article:delta"), QStringLiteral("checklist"), QString() }));

        sync.dismissUpdateNotice();
        QVERIFY(!sync.justUpdated());

        // Asking again finds nothing newer and changes nothing.
        sync.syncNow();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.last().first().value<SyncJob::Outcome>(), SyncJob::Outcome::UpToDate);
        QCOMPARE(sync.lastResult(), SyncController::tr("The content is up to date."));
        QCOMPARE(reloaded.count(), 1);
        QVERIFY(!sync.justUpdated());
    }

    void failureLeavesContentUnchanged_data()
    {
        QTest::addColumn<bool>("notFound");
        QTest::addColumn<QString>("result");
        QTest::newRow("server answers 404") << true
                                            << SyncController::tr("The update server reported an error. Your content "
                                                                  "is unchanged; please try again later.");
        QTest::newRow("signed with an unknown key")
            << false
            << SyncController::tr("The update is not genuine: its signature does not match. It was not installed.");
    }
    void failureLeavesContentUnchanged()
    {
        QFETCH(bool, notFound);
        QFETCH(QString, result);
        // A tree signed with a key the installed content does not trust.
        const auto forged = m_tmp.filePath(QStringLiteral("forged"));
        if (!QDir(forged).exists()) {
            QString pub;
            QString error;
            QVERIFY2(Publisher::generateKey(m_tmp.filePath(QStringLiteral("key2")), &pub, &error), qPrintable(error));
            // The forger's content trusts the forger's key: the tool publishes nothing that locks its phones out.
            auto forgery = m_update;
            forgery.site.trustedKeys = { pub };
            QVERIFY(publish(forgery, m_tmp.filePath(QStringLiteral("key2/welcome-signing.key")), forged));
        }
        LocalFileServer server(forged);
        server.setFault(notFound ? LocalFileServer::Fault::NotFound : LocalFileServer::Fault::None);
        const auto before = fileHash(m_db);
        ContentStore content;
        QVERIFY(content.open(m_db));
        WhatsNewModel whatsNew;
        whatsNew.setContent(&content);
        whatsNew.setLanguage(QStringLiteral("de"));
        SyncController sync(&content, m_dataDir);
        sync.setAutomatic(false);
        sync.setUpdateUrl(server.url());
        QSignalSpy finished(&sync, &SyncController::finished);
        QSignalSpy reloaded(&content, &ContentStore::contentChanged);
        sync.syncNow();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().value<SyncJob::Outcome>(), SyncJob::Outcome::Failed);
        QCOMPARE(sync.lastResult(), result);
        QVERIFY(sync.lastFailed());
        QVERIFY(!sync.justUpdated());
        QCOMPARE(sync.failures(), 1);
        QVERIFY(!sync.retryPending()); // automatic syncs are off
        QCOMPARE(server.requests(), 1); // the manifest only
        QCOMPARE(reloaded.count(), 0);
        QCOMPARE(content.version(), qint64(3));
        QCOMPARE(whatsNew.rowCount(), 0);
        QCOMPARE(fileHash(m_db), before);
    }

    void damagedContentIsRestoredThenUpdated()
    {
        // The app's bundled copy (version 3), and installed content whose middle pages were overwritten.
        const auto bundled = m_tmp.filePath(QStringLiteral("bundled.db"));
        if (!QFile::exists(bundled)) {
            ContentBuilder builder(m_installed);
            QVERIFY(builder.build(bundled, QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC)));
            QVERIFY(builder.writeStamp(bundled + QStringLiteral(".stamp")));
        }
        {
            QFile f(m_db);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek((f.size() / 4096 / 2) * 4096);
            f.write(QByteArray(2 * 4096, char(0x5a)));
        }
        LocalFileServer server(m_tmp.filePath(QStringLiteral("www")));
        ContentStore content;
        QVERIFY(content.open(m_db)); // the first pages still read
        SyncController sync(&content, m_dataDir);
        sync.setAutomatic(false);
        sync.setUpdateUrl(server.url());
        sync.setRepairSource(bundled, bundled + QStringLiteral(".stamp"));
        QSignalSpy finished(&sync, &SyncController::finished);
        sync.syncNow();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().value<SyncJob::Outcome>(), SyncJob::Outcome::Updated);
        QCOMPARE(sync.lastResult(),
            SyncController::tr("The guide's content on this device was damaged; it was restored and updated to version "
                               "%1.")
                .arg(4));
        QCOMPARE(content.version(), qint64(4));
        QString problem;
        QVERIFY2(ContentInstaller::verify(m_db, &problem), qPrintable(problem));
    }

    void oneSyncPerDataFolder()
    {
        LocalFileServer server(m_tmp.filePath(QStringLiteral("www")));
        ContentStore content;
        QVERIFY(content.open(m_db));
        SyncController sync(&content, m_dataDir);
        sync.setAutomatic(false);
        sync.setUpdateUrl(server.url());
        QSignalSpy finished(&sync, &SyncController::finished);
        {
            // Another writer (a sync from the command line, say) holds the folder.
            DataFolderLock other(m_dataDir);
            QVERIFY(other.tryLock());
            sync.syncNow();
            QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
            QCOMPARE(finished.last().first().value<SyncJob::Outcome>(), SyncJob::Outcome::Failed);
            QCOMPARE(sync.lastResult(),
                SyncController::tr("Another update of the content is running. Please try again in a moment."));
            QCOMPARE(server.requests(), 0);
            QCOMPARE(content.version(), qint64(3));
        }
        sync.syncNow();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.last().first().value<SyncJob::Outcome>(), SyncJob::Outcome::Updated);
        QCOMPARE(content.version(), qint64(4));
    }

    void automaticSyncNeedsAServer()
    {
        LocalFileServer server(m_tmp.filePath(QStringLiteral("www")));
        ContentStore content;
        QVERIFY(content.open(m_db));
        SyncController sync(&content, m_dataDir);
        QVERIFY(!sync.canSync());
        QSignalSpy busy(&sync, &SyncController::busyChanged);
        sync.runAutomatic();
        QCOMPARE(busy.count(), 0);
        QVERIFY(!sync.retryPending());
        sync.syncNow();
        QCOMPARE(busy.count(), 0);
        QCOMPARE(sync.lastResult(), SyncController::tr("This content has no update server."));
        QCOMPARE(server.requests(), 0);
        QCOMPARE(content.version(), qint64(3));
    }

    void unreachableServerIsAnErrorOnlyWhenAsked()
    {
        QTcpServer closed; // a port nobody listens on any more
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const auto url = QStringLiteral("http://127.0.0.1:%1/").arg(closed.serverPort());
        closed.close();
        ContentStore content;
        QVERIFY(content.open(m_db));
        SyncController sync(&content, m_dataDir);
        sync.setAutomatic(false);
        sync.setUpdateUrl(url);
        QSignalSpy finished(&sync, &SyncController::finished);
        sync.syncNow();
        QVERIFY(finished.wait(20000));
        QVERIFY(sync.lastFailed());
        QCOMPARE(sync.lastResult(),
            SyncController::tr(
                "The update server could not be reached. Your content is unchanged; please try again later."));
        sync.runAutomatic();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.count(), 2);
        QVERIFY(!sync.lastFailed()); // nobody asked: no error to show
        QCOMPARE(content.version(), qint64(3));
    }

    void automaticSyncBacksOff()
    {
        QCOMPARE(SyncController::backoffMs(0), 0);
        QCOMPARE(SyncController::backoffMs(1), 60 * 1000);
        QCOMPARE(SyncController::backoffMs(2), 2 * 60 * 1000);
        QCOMPARE(SyncController::backoffMs(6), 32 * 60 * 1000);
        QCOMPARE(SyncController::backoffMs(7), 60 * 60 * 1000);
        QCOMPARE(SyncController::backoffMs(1000), 60 * 60 * 1000);

        LocalFileServer server(m_tmp.filePath(QStringLiteral("www")));
        server.setFault(LocalFileServer::Fault::NotFound);
        ContentStore content;
        QVERIFY(content.open(m_db));
        SyncController sync(&content, m_dataDir);
        sync.setUpdateUrl(server.url());
        QSignalSpy finished(&sync, &SyncController::finished);
        sync.runAutomatic();
        QVERIFY(sync.busy());
        QVERIFY(finished.wait(20000));
        QCOMPARE(sync.failures(), 1);
        QVERIFY(sync.retryPending());
        // A success ends the back-off.
        server.setFault(LocalFileServer::Fault::None);
        sync.runAutomatic();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.last().first().value<SyncJob::Outcome>(), SyncJob::Outcome::Updated);
        QCOMPARE(sync.failures(), 0);
        QVERIFY(!sync.retryPending());
        QCOMPARE(content.version(), qint64(4));
    }
};

QTEST_GUILESS_MAIN(TestSyncUi)
#include "tst_syncui.moc"

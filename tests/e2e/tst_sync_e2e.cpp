// SPDX-License-Identifier: GPL-3.0-or-later
// Signed updates end to end: the real content tool publishes, nginx serves, the real app binary syncs with
// `--sync`. Every fault (forged, foreign, old, expired, damaged, cut, stalled, reset, full disk) must be refused
// with a clear message and leave content.db and user.db as they were; a sync killed at random moments leaves
// content at the old or the new version, never between.
#include "localfileserver.h"
#include "localnginx.h"
#include "manifest.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <csignal>
#include <functional>
#include <unistd.h>

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

bool copyTree(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    QDirIterator it(from, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const auto path = it.next();
        const auto target = QDir(to).filePath(QDir(from).relativeFilePath(path));
        QDir().mkpath(QFileInfo(target).path());
        if (!QFile::copy(path, target)) {
            return false;
        }
    }
    return true;
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                       : QByteArray();
}

QString dbValue(const QString &path, const QString &sql)
{
    const auto name = QUuid::createUuid().toString();
    QString value;
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next()) {
                value = q.value(0).toString();
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

bool replaceInFile(const QString &path, const QRegularExpression &re, const QString &with)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return false;
    }
    auto text = QString::fromUtf8(f.readAll());
    f.close();
    if (!text.contains(re)) {
        return false;
    }
    text.replace(re, with);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text.toUtf8()) > 0;
}

} // namespace

class TestSyncEndToEnd : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_src; ///< content source at version 101, trusting m_pub
    QString m_key;
    QString m_pub;
    QString m_otherKey;
    QString m_www;
    QString m_template; ///< a data folder with content version 100 and a user.db
    LocalNginx m_nginx;
    quint16 m_port = 0;

    QString path(const QString &rel) const { return m_tmp.filePath(rel); }
    QString url(const QString &tree) const { return QStringLiteral("http://127.0.0.1:%1/%2/").arg(m_port).arg(tree); }

    static Run runTool(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(WELCOME_BIN_DIR "/welcome-content"), args);
        p.waitForFinished(120000);
        return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
    }

    // Runs the app's headless sync with an event loop turning, so an in-process fault server can answer.
    static Run sync(const QString &dataDir, const QString &baseUrl, const QStringList &prefix = {},
        const QMap<QString, QString> &env = {})
    {
        QProcess p;
        auto e = QProcessEnvironment::systemEnvironment();
        for (auto it = env.cbegin(); it != env.cend(); ++it) {
            e.insert(it.key(), it.value());
        }
        p.setProcessEnvironment(e);
        const QStringList args = { QStringLiteral("--data-dir"), dataDir, QStringLiteral("--sync"), baseUrl };
        if (prefix.isEmpty()) {
            p.start(QStringLiteral(WELCOME_BIN_DIR "/welcome"), args);
        } else {
            p.start(prefix.first(), prefix.mid(1) + QStringList { QStringLiteral(WELCOME_BIN_DIR "/welcome") } + args);
        }
        QEventLoop loop;
        QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(120000, &loop, &QEventLoop::quit);
        if (p.state() != QProcess::NotRunning) {
            loop.exec();
        }
        if (p.state() != QProcess::NotRunning) {
            p.kill();
            p.waitForFinished();
        }
        return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
    }

    QString freshData(const QString &name)
    {
        const auto dir = path(QStringLiteral("data-") + name);
        QDir(dir).removeRecursively();
        return copyTree(m_template, dir) ? dir : QString();
    }

    QString publishedCopy(const QString &name)
    {
        const auto dir = QDir(m_www).filePath(name);
        QDir(dir).removeRecursively();
        return copyTree(QDir(m_www).filePath(QStringLiteral("v101")), dir) ? dir : QString();
    }

    // The object file of the one article that differs between version 100 and 101.
    QString changedObject(const QString &tree)
    {
        const auto manifest
            = QJsonDocument::fromJson(readAll(QDir(tree).filePath(QStringLiteral("bern/manifest.json"))))
                  .object()
                  .value(QLatin1String("signed"))
                  .toString();
        const auto m = Manifest::fromJson(manifest.toUtf8(), nullptr);
        for (const auto &o : m->objects) {
            if (o.id == QLatin1String("article/emergency-numbers/de")) {
                return QDir(tree).filePath(QStringLiteral("bern/objects/%1/%2").arg(o.sha256.left(2), o.sha256));
            }
        }
        return {};
    }

    static QByteArray readAll(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    // A refused sync: exit status 1, the error's name and message on the summary line, nothing changed.
    void expectRefused(const QString &data, const Run &r, const QString &errorName, const QString &messagePart)
    {
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.startsWith(QStringLiteral("sync: failed (%1)").arg(errorName)), qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(messagePart, Qt::CaseInsensitive), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("content unchanged at version 100")), qPrintable(r.out));
        QCOMPARE(fileHash(QDir(data).filePath(QStringLiteral("content.db"))),
            fileHash(QDir(m_template).filePath(QStringLiteral("content.db"))));
        QCOMPARE(fileHash(QDir(data).filePath(QStringLiteral("user.db"))),
            fileHash(QDir(m_template).filePath(QStringLiteral("user.db"))));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());

        auto r = runTool({ QStringLiteral("keygen"), QStringLiteral("--out"), path(QStringLiteral("keys")) });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        m_pub = r.out.trimmed();
        m_key = path(QStringLiteral("keys/welcome-signing.key"));
        r = runTool({ QStringLiteral("keygen"), QStringLiteral("--out"), path(QStringLiteral("other")) });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        m_otherKey = path(QStringLiteral("other/welcome-signing.key"));

        // Version 100 of the Bern content, trusting our key, installed in a data folder beside a user.db.
        m_src = path(QStringLiteral("src"));
        QVERIFY(copyTree(QStringLiteral(WELCOME_SOURCE_DIR "/content/bern"), m_src));
        const auto site = QDir(m_src).filePath(QStringLiteral("site.yaml"));
        QVERIFY(replaceInFile(site,
            QRegularExpression(QStringLiteral("^trusted_keys: \\[\\]"), QRegularExpression::MultilineOption),
            QStringLiteral("trusted_keys: [\"%1\"]").arg(m_pub)));
        QVERIFY(replaceInFile(site,
            QRegularExpression(QStringLiteral("^version: \\d+"), QRegularExpression::MultilineOption),
            QStringLiteral("version: 100")));
        m_template = path(QStringLiteral("template"));
        QDir().mkpath(m_template);
        r = runTool({ QStringLiteral("build"), m_src, QStringLiteral("-o"),
            QDir(m_template).filePath(QStringLiteral("content.db")) });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        {
            const auto name = QStringLiteral("user");
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(QDir(m_template).filePath(QStringLiteral("user.db")));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE step_state (id TEXT, done INTEGER)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO step_state VALUES ('register', 1)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("user"));

        // Published: version 100, then 101 with one article changed.
        m_www = path(QStringLiteral("www"));
        const auto v101 = QDir(m_www).filePath(QStringLiteral("v101"));
        r = runTool(
            { QStringLiteral("publish"), m_src, QStringLiteral("--key"), m_key, QStringLiteral("--out"), v101 });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(replaceInFile(site,
            QRegularExpression(QStringLiteral("^version: 100"), QRegularExpression::MultilineOption),
            QStringLiteral("version: 101")));
        QVERIFY(replaceInFile(QDir(m_src).filePath(QStringLiteral("articles/emergency-numbers/de.md")),
            QRegularExpression(QStringLiteral("^title: .*$"), QRegularExpression::MultilineOption),
            QStringLiteral("title: Notfallnummern (neu geprüft)")));
        r = runTool({ QStringLiteral("publish"), m_src, QStringLiteral("--key"), m_key, QStringLiteral("--out"), v101,
            QStringLiteral("--notes"), QStringLiteral("Notfallnummern neu geprüft") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("1 new")), qPrintable(r.err));

        // nginx on a free loopback port, everything in the temporary folder.
        QFile::setPermissions(m_tmp.path(),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther
                | QFileDevice::ExeOther | QFileDevice::ReadGroup | QFileDevice::ExeGroup);
        QString error;
        QVERIFY2(m_nginx.start(m_www, path(QStringLiteral("nginx")), &error), qPrintable(error));
        m_port = m_nginx.port();
    }

    void cleanupTestCase() { m_nginx.stop(); }

    void firstIncrementalAndNothingChanged()
    {
        const auto data = freshData(QStringLiteral("first"));
        auto r = sync(data, url(QStringLiteral("v101")));
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(r.out.trimmed().split(QLatin1Char('\n')).size(), 1);
        QVERIFY2(r.out.startsWith(QLatin1String("sync: updated to version 101 (1 objects,")), qPrintable(r.out));
        const auto db = QDir(data).filePath(QStringLiteral("content.db"));
        QCOMPARE(dbValue(db, QStringLiteral("SELECT value FROM meta WHERE key = 'version'")), QStringLiteral("101"));
        QCOMPARE(dbValue(db, QStringLiteral("SELECT value FROM meta WHERE key = 'update_notes'")),
            QStringLiteral("Notfallnummern neu geprüft"));
        QCOMPARE(dbValue(db, QStringLiteral("SELECT id || ' ' || change FROM whats_new")),
            QStringLiteral("article/emergency-numbers/de changed"));
        QCOMPARE(dbValue(db, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
        QCOMPARE(fileHash(QDir(data).filePath(QStringLiteral("user.db"))),
            fileHash(QDir(m_template).filePath(QStringLiteral("user.db"))));
        // The new title is found by the app's own search.
        const auto found = runTool({ QStringLiteral("search"), QStringLiteral("--db"), db, QStringLiteral("--lang"),
            QStringLiteral("de"), QStringLiteral("geprüft") });
        QVERIFY2(found.out.contains(QStringLiteral("article\temergency-numbers\tNotfallnummern (neu geprüft)")),
            qPrintable(found.out));

        // Nothing changed since: one conditional request, answered 304, a few hundred bytes.
        const auto before = m_nginx.requests().size();
        r = sync(data, url(QStringLiteral("v101")));
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.startsWith(QLatin1String("sync: up to date at version 101 (0 objects, 0 bytes, 1 requests)")),
            qPrintable(r.out));
        const auto requests = m_nginx.requests();
        QCOMPARE(requests.size() - before, 1);
        QCOMPARE(requests.last().status, 304);
        QVERIFY2(requests.last().bytesSent < 1024, qPrintable(QString::number(requests.last().bytesSent)));

        // An incremental update on top: an offer's phone number changes and an article language disappears.
        const auto v102 = publishedCopy(QStringLiteral("v102"));
        const auto src102 = path(QStringLiteral("src102"));
        QVERIFY(copyTree(m_src, src102));
        QVERIFY(replaceInFile(QDir(src102).filePath(QStringLiteral("site.yaml")),
            QRegularExpression(QStringLiteral("^version: 101"), QRegularExpression::MultilineOption),
            QStringLiteral("version: 102")));
        QDir offers(QDir(src102).filePath(QStringLiteral("offers")));
        const auto offerFile = offers.filePath(offers.entryList({ QStringLiteral("*.yaml") }).first());
        const QRegularExpression phone(QStringLiteral("^(\\s*)phone: .*$"), QRegularExpression::MultilineOption);
        const auto phones = int(QString::fromUtf8(readAll(offerFile)).count(phone));
        QVERIFY(phones > 0);
        QVERIFY(replaceInFile(offerFile, phone, QStringLiteral("\\1phone: \"+41310000001\"")));
        QDir articles(QDir(src102).filePath(QStringLiteral("articles")));
        QString removed;
        for (const auto &slug : articles.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            if (QFile::exists(articles.filePath(slug + QStringLiteral("/uk.md")))) {
                removed = slug;
                QVERIFY(QFile::remove(articles.filePath(slug + QStringLiteral("/uk.md"))));
                break;
            }
        }
        QVERIFY(!removed.isEmpty());
        const auto pub = runTool({ QStringLiteral("publish"), src102, QStringLiteral("--key"), m_key,
            QStringLiteral("--out"), v102, QStringLiteral("--notes"), QStringLiteral("Telefon") });
        QVERIFY2(pub.exitCode == 0, qPrintable(pub.err));
        r = sync(data, url(QStringLiteral("v102")));
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.startsWith(QLatin1String("sync: updated to version 102")), qPrintable(r.out));
        QCOMPARE(dbValue(db,
                     QStringLiteral("SELECT count(*) FROM whats_new WHERE change = 'removed' AND id = 'article/")
                         + removed + QStringLiteral("/uk'")),
            QStringLiteral("1"));
        QCOMPARE(dbValue(db,
                     QStringLiteral("SELECT count(*) FROM article_texts WHERE slug = '") + removed
                         + QStringLiteral("' AND lang = 'uk'")),
            QStringLiteral("0"));
        QCOMPARE(dbValue(db, QStringLiteral("SELECT count(*) FROM offers WHERE phone = '+41310000001'")),
            QString::number(phones));
        QCOMPARE(dbValue(db, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    }

    void bundledContentTrustsNoTestKey()
    {
        // A fresh data folder gets the app's bundled content, which does not know our test key.
        const auto data = path(QStringLiteral("data-bundled"));
        const auto r = sync(data, url(QStringLiteral("v101")));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.startsWith(QLatin1String("sync: failed (unknown-key)")), qPrintable(r.out + r.err));
        QVERIFY(QFile::exists(QDir(data).filePath(QStringLiteral("content.db"))));
    }

    void forgedAndForeignManifests()
    {
        // The signed text is edited after signing.
        auto tree = publishedCopy(QStringLiteral("forged"));
        const auto manifest = QDir(tree).filePath(QStringLiteral("bern/manifest.json"));
        QVERIFY(
            replaceInFile(manifest, QRegularExpression(QStringLiteral("neu geprüft")), QStringLiteral("gefälscht")));
        auto data = freshData(QStringLiteral("forged"));
        expectRefused(data, sync(data, url(QStringLiteral("forged"))), QStringLiteral("bad-signature"),
            QStringLiteral("signature does not verify"));

        // Signed, but by a key the content does not trust.
        tree = publishedCopy(QStringLiteral("foreign"));
        auto r = runTool({ QStringLiteral("publish"), m_src, QStringLiteral("--key"), m_otherKey,
            QStringLiteral("--out"), path(QStringLiteral("foreign-out")) });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const auto foreignManifest = QDir(tree).filePath(QStringLiteral("bern/manifest.json"));
        QFile::remove(foreignManifest);
        QVERIFY(QFile::copy(path(QStringLiteral("foreign-out/bern/manifest.json")), foreignManifest));
        data = freshData(QStringLiteral("foreign"));
        expectRefused(data, sync(data, url(QStringLiteral("foreign"))), QStringLiteral("unknown-key"),
            QStringLiteral("does not trust"));
    }

    void manifestsThatMustNotApply_data()
    {
        QTest::addColumn<QString>("change"); // what differs in the published source
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("message");
        QTest::newRow("wrong region") << "region"
                                      << "wrong-region"
                                      << "for region 'zurich'";
        QTest::newRow("older version") << "older"
                                       << "rollback"
                                       << "version 99 is not newer";
        QTest::newRow("same version, other content") << "same"
                                                     << "rollback"
                                                     << "version 100 is not newer";
        QTest::newRow("expired") << "expired"
                                 << "expired"
                                 << "expired on";
    }

    void manifestsThatMustNotApply()
    {
        QFETCH(QString, change);
        QFETCH(QString, error);
        QFETCH(QString, message);
        const auto src = path(QStringLiteral("src-") + change);
        QDir(src).removeRecursively();
        QVERIFY(copyTree(m_src, src));
        const auto site = QDir(src).filePath(QStringLiteral("site.yaml"));
        const QRegularExpression version(QStringLiteral("^version: 101"), QRegularExpression::MultilineOption);
        QStringList extra;
        if (change == QLatin1String("region")) {
            QVERIFY(replaceInFile(site,
                QRegularExpression(QStringLiteral("^region: bern"), QRegularExpression::MultilineOption),
                QStringLiteral("region: zurich")));
        } else if (change == QLatin1String("older")) {
            QVERIFY(replaceInFile(site, version, QStringLiteral("version: 99")));
        } else if (change == QLatin1String("same")) {
            QVERIFY(replaceInFile(site, version, QStringLiteral("version: 100")));
        } else {
            extra = { QStringLiteral("--expires-days"), QStringLiteral("-1") };
        }
        const auto out = path(QStringLiteral("out-") + change);
        const auto r = runTool(
            QStringList { QStringLiteral("publish"), src, QStringLiteral("--key"), m_key, QStringLiteral("--out"), out }
            + extra);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // Whatever region it names, it is served where the phone looks.
        const auto tree = QDir(m_www).filePath(change);
        QDir(tree).removeRecursively();
        QDir regionDir(out);
        QVERIFY(copyTree(regionDir.filePath(regionDir.entryList(QDir::Dirs | QDir::NoDotAndDotDot).first()),
            QDir(tree).filePath(QStringLiteral("bern"))));
        const auto data = freshData(change);
        expectRefused(data, sync(data, url(change)), error, message);
    }

    void damagedObjects_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("message");
        QTest::newRow("hash mismatch") << "flip"
                                       << "hash-mismatch"
                                       << "does not match its SHA-256";
        QTest::newRow("truncated file") << "truncate"
                                        << "truncated"
                                        << "arrived truncated";
        QTest::newRow("oversized file") << "grow"
                                        << "too-large"
                                        << "larger than the manifest says";
        QTest::newRow("missing file") << "delete"
                                      << "http"
                                      << "answered 404";
    }

    void damagedObjects()
    {
        QFETCH(QString, damage);
        QFETCH(QString, error);
        QFETCH(QString, message);
        const auto tree = publishedCopy(damage);
        const auto object = changedObject(tree);
        QVERIFY(QFile::exists(object));
        auto bytes = readAll(object);
        if (damage == QLatin1String("flip")) {
            bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x20);
        } else if (damage == QLatin1String("truncate")) {
            bytes.truncate(bytes.size() / 2);
        } else if (damage == QLatin1String("grow")) {
            bytes.append(QByteArray(4096, 'x'));
        }
        QFile::remove(object);
        if (damage != QLatin1String("delete")) {
            QFile f(object);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        }
        const auto data = freshData(damage);
        expectRefused(data, sync(data, url(damage)), error, message);
    }

    void unsafeIds()
    {
        // Correctly signed with the trusted key, but naming an object outside the content: refused all the same.
        const auto tree = publishedCopy(QStringLiteral("unsafe"));
        const auto manifestPath = QDir(tree).filePath(QStringLiteral("bern/manifest.json"));
        auto payload
            = QJsonDocument::fromJson(readAll(manifestPath)).object().value(QLatin1String("signed")).toString();
        payload.replace(
            QLatin1String("\"id\":\"article/emergency-numbers/de\""), QLatin1String("\"id\":\"../../user.db\""));
        const auto secret = QByteArray::fromBase64(readAll(m_key).trimmed());
        QFile f(manifestPath);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(ManifestSignature::sign(payload.toUtf8(), secret));
        f.close();
        const auto data = freshData(QStringLiteral("unsafe"));
        expectRefused(data, sync(data, url(QStringLiteral("unsafe"))), QStringLiteral("unsafe-id"),
            QStringLiteral("unsafe object id"));
    }

    void networkFaults_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("message");
        QTest::newRow("server error") << "error500"
                                      << "http"
                                      << "answered 500";
        QTest::newRow("reset mid-transfer") << "reset"
                                            << "network"
                                            << "object article/emergency-numbers/de";
        QTest::newRow("stall mid-transfer") << "stall"
                                            << "timeout"
                                            << "object article/emergency-numbers/de";
        QTest::newRow("nothing listening") << "closed"
                                           << "network"
                                           << "manifest";
    }

    void networkFaults()
    {
        QFETCH(QString, mode);
        QFETCH(QString, error);
        QFETCH(QString, message);
        LocalFileServer server(QDir(m_www).filePath(QStringLiteral("v101")));
        const QHash<QString, LocalFileServer::Fault> faults
            = { { QStringLiteral("error500"), LocalFileServer::Fault::ServerError },
                  { QStringLiteral("reset"), LocalFileServer::Fault::Reset },
                  { QStringLiteral("stall"), LocalFileServer::Fault::Stall } };
        server.setFault(faults.value(mode), QStringLiteral("/objects/"));
        auto base = server.url();
        if (mode == QLatin1String("closed")) {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            base = QStringLiteral("http://127.0.0.1:%1/").arg(probe.serverPort());
        }
        const auto data = freshData(mode);
        const auto r = sync(data, base, {}, { { QStringLiteral("WELCOME_SYNC_TIMEOUT_MS"), QStringLiteral("1500") } });
        expectRefused(data, r, error, message);
        // The next attempt against nginx (which honours Range, so a half-received object is resumed, not
        // refetched) succeeds: a fault never poisons what is kept for resume.
        const auto parts
            = QDir(QDir(data).filePath(QStringLiteral("sync/objects"))).entryList({ QStringLiteral("*.part") });
        const auto again = sync(data, url(QStringLiteral("v101")));
        if (mode == QLatin1String("stall") || mode == QLatin1String("reset")) {
            QVERIFY2(!parts.isEmpty(), "the interrupted object should be kept as .part");
            QVERIFY(m_nginx.requests().last().status == 206);
        }
        QVERIFY2(again.exitCode == 0 && again.out.startsWith(QLatin1String("sync: updated to version 101")),
            qPrintable(again.out + again.err));
    }

    void fullDisk()
    {
        // Writes beyond a file-size limit fail as on a full disk (works without privileges).
        auto data = freshData(QStringLiteral("fsize"));
        auto r = sync(data, url(QStringLiteral("v101")), { QStringLiteral("prlimit"), QStringLiteral("--fsize=2000") });
        expectRefused(data, r, QStringLiteral("disk-full"), QStringLiteral("free some space"));

        // A data folder on a nearly full file system, where that can be mounted.
        const auto mount = path(QStringLiteral("small"));
        QDir().mkpath(mount);
        const auto size = QFileInfo(QDir(m_template).filePath(QStringLiteral("content.db"))).size()
            + QFileInfo(QDir(m_template).filePath(QStringLiteral("user.db"))).size() + 40 * 1024;
        if (::geteuid() != 0
            || QProcess::execute(QStringLiteral("mount"),
                   { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                       QStringLiteral("size=%1").arg(size), QStringLiteral("tmpfs"), mount })
                != 0) {
            qInfo("no tmpfs here (needs root); the file-size limit above stands for a full disk");
            return;
        }
        data = QDir(mount).filePath(QStringLiteral("data"));
        const bool copied = copyTree(m_template, data);
        r = sync(data, url(QStringLiteral("v101")));
        const auto contentSame = fileHash(QDir(data).filePath(QStringLiteral("content.db")))
            == fileHash(QDir(m_template).filePath(QStringLiteral("content.db")));
        QProcess::execute(QStringLiteral("umount"), { mount });
        QVERIFY(copied);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.startsWith(QLatin1String("sync: failed (disk-full)")), qPrintable(r.out + r.err));
        QVERIFY(contentSame);
    }

    void killedAtRandomMoments()
    {
        // Everything changes in version 103, so the download and the transaction both take a while.
        const auto src = path(QStringLiteral("src103"));
        QVERIFY(copyTree(m_src, src));
        QVERIFY(replaceInFile(QDir(src).filePath(QStringLiteral("site.yaml")),
            QRegularExpression(QStringLiteral("^version: 101"), QRegularExpression::MultilineOption),
            QStringLiteral("version: 103")));
        QDirIterator it(QDir(src).filePath(QStringLiteral("articles")), { QStringLiteral("*.md") }, QDir::Files,
            QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::Append));
            f.write("\nRevised for version 103.\n");
        }
        const auto tree = QDir(m_www).filePath(QStringLiteral("v103"));
        const auto r = runTool(
            { QStringLiteral("publish"), src, QStringLiteral("--key"), m_key, QStringLiteral("--out"), tree });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        // How long one whole sync takes here: kills are spread over that window.
        QElapsedTimer timer;
        timer.start();
        const auto whole = sync(freshData(QStringLiteral("whole")), url(QStringLiteral("v103")));
        const auto duration = timer.elapsed();
        QVERIFY2(whole.exitCode == 0, qPrintable(whole.out + whole.err));

        QMap<QString, int> phases;
        int atOld = 0;
        int atNew = 0;
        const int kills = 24;
        auto *rng = QRandomGenerator::global();
        for (int i = 0; i < kills; ++i) {
            const auto data = freshData(QStringLiteral("kill"));
            QProcess p;
            p.start(QStringLiteral(WELCOME_BIN_DIR "/welcome"),
                { QStringLiteral("--data-dir"), data, QStringLiteral("--sync"), url(QStringLiteral("v103")) });
            QVERIFY(p.waitForStarted());
            // A little past the measured time, so that some runs also finish before the kill.
            QTest::qWait(int(rng->bounded(qint64(duration) * 5 / 4 + 1)));
            // processId() is 0 once the process has ended, and kill(0) would hit this test's own process group.
            if (const auto pid = pid_t(p.processId()); pid > 0 && p.state() == QProcess::Running) {
                ::kill(pid, SIGKILL);
            }
            p.waitForFinished();
            const auto err = QString::fromUtf8(p.readAllStandardError()).trimmed().split(QLatin1Char('\n'));
            const auto phase = p.exitStatus() == QProcess::NormalExit ? QStringLiteral("done")
                                                                      : err.last().section(QLatin1Char(' '), 1);
            phases[phase.isEmpty() ? QStringLiteral("start") : phase]++;

            const auto db = QDir(data).filePath(QStringLiteral("content.db"));
            QCOMPARE(dbValue(db, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
            const auto version = dbValue(db, QStringLiteral("SELECT value FROM meta WHERE key = 'version'"));
            QVERIFY2(version == QLatin1String("100") || version == QLatin1String("103"), qPrintable(version));
            (version == QLatin1String("100") ? atOld : atNew)++;
            // Old or new means all of it: every article text is from one version.
            const auto revised = dbValue(
                db, QStringLiteral("SELECT count(*) FROM article_texts WHERE body LIKE '%Revised for version 103.%'"));
            const auto total = dbValue(db, QStringLiteral("SELECT count(*) FROM article_texts"));
            QCOMPARE(revised, version == QLatin1String("100") ? QStringLiteral("0") : total);
            QCOMPARE(fileHash(QDir(data).filePath(QStringLiteral("user.db"))),
                fileHash(QDir(m_template).filePath(QStringLiteral("user.db"))));
            // And the next sync finishes the job, reusing what was downloaded.
            const auto resumed = sync(data, url(QStringLiteral("v103")));
            QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.out + resumed.err));
            QCOMPARE(
                dbValue(db, QStringLiteral("SELECT value FROM meta WHERE key = 'version'")), QStringLiteral("103"));
        }
        QStringList spread;
        for (auto it2 = phases.cbegin(); it2 != phases.cend(); ++it2) {
            spread.push_back(QStringLiteral("%1: %2").arg(it2.key()).arg(it2.value()));
        }
        qInfo("%d kills over %lld ms: %d left version 100, %d version 103; last phase seen: %s", kills,
            qint64(duration), atOld, atNew, qPrintable(spread.join(QStringLiteral(", "))));
        QCOMPARE(atOld + atNew, kills);
    }
};

QTEST_GUILESS_MAIN(TestSyncEndToEnd)
#include "tst_sync_e2e.moc"

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
#include <QJsonArray>
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

// Read-only, as the app opens content: a read-write open would roll back a hot journal and hide what the app sees.
QString dbValue(const QString &path, const QString &sql)
{
    const auto name = QUuid::createUuid().toString();
    QString value;
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
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

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// Built with the sanitizers, a process cannot run under an address-space or data limit.
constexpr bool sanitized =
#if defined(__SANITIZE_ADDRESS__)
    true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
    true;
#else
    false;
#endif
#else
    false;
#endif

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

    // The signed manifest of a published tree, as the JSON text that was signed.
    static QJsonObject payloadOf(const QString &tree)
    {
        const auto envelope
            = QJsonDocument::fromJson(readAll(QDir(tree).filePath(QStringLiteral("bern/manifest.json")))).object();
        return QJsonDocument::fromJson(envelope.value(QLatin1String("signed")).toString().toUtf8()).object();
    }

    // Signs @p payload with @p keyFile (the test's key by default) as the tree's manifest: what a key holder, or
    // an attacker who has the key, can publish without the content tool's checks.
    void resign(const QString &tree, const QJsonObject &payload, const QString &keyFile = {})
    {
        const auto secret = QByteArray::fromBase64(readAll(keyFile.isEmpty() ? m_key : keyFile).trimmed());
        QVERIFY(writeFile(QDir(tree).filePath(QStringLiteral("bern/manifest.json")),
            ManifestSignature::sign(QJsonDocument(payload).toJson(QJsonDocument::Compact), secret)));
    }

    // Puts @p stored online as object @p id of the tree and lists it, with its new hash and size, in the manifest.
    QJsonObject withObject(const QString &tree, QJsonObject payload, const QString &id, const QByteArray &stored)
    {
        const auto sha = sha256Hex(stored);
        writeFile(QDir(tree).filePath(QStringLiteral("bern/objects/%1/%2").arg(sha.left(2), sha)), stored);
        auto objects = payload.value(QLatin1String("objects")).toArray();
        for (int i = 0; i < objects.size(); ++i) {
            auto o = objects[i].toObject();
            if (o.value(QLatin1String("id")).toString() == id) {
                o[QStringLiteral("sha256")] = sha;
                o[QStringLiteral("size")] = double(stored.size());
                objects[i] = o;
            }
        }
        payload[QStringLiteral("objects")] = objects;
        return payload;
    }

    // The decoded data of object @p id in a published tree (the test trusts its own tree).
    QJsonObject objectData(const QString &tree, const QString &id)
    {
        for (const auto &v : payloadOf(tree).value(QLatin1String("objects")).toArray()) {
            const auto o = v.toObject();
            if (o.value(QLatin1String("id")).toString() == id) {
                const auto sha = o.value(QLatin1String("sha256")).toString();
                return QJsonDocument::fromJson(qUncompress(readAll(QDir(tree).filePath(
                                                   QStringLiteral("bern/objects/%1/%2").arg(sha.left(2), sha)))))
                    .object();
            }
        }
        return {};
    }

    // Starts the real app on @p data the way a user does (content opened read-only after the start-up checks) and
    // quits at the first frame; returns what it said on stderr. The app must start and not call its content unreadable.
    static Run appStart(const QString &data)
    {
        QProcess p;
        auto e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(e);
        p.start(QStringLiteral(WELCOME_BIN_DIR "/welcome"),
            { QStringLiteral("--data-dir"), data, QStringLiteral("--quit-on-first-frame") });
        p.waitForFinished(120000);
        return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
    }

    // After a kill: the folder is checked the way the app next opens it. First the app starts (it must show
    // readable content and nothing else), then the content is read read-only: version 100 or 103 and all of
    // one of them; then the next sync finishes the job. Returns the version found.
    QString checkAfterKill(const QString &data)
    {
        const auto db = QDir(data).filePath(QStringLiteral("content.db"));
        const auto start = appStart(data);
        [&] {
            QVERIFY2(start.exitCode == 0, qPrintable(start.err));
            QVERIFY2(!start.err.contains(QLatin1String("welcome: ")), qPrintable(start.err));
        }();
        if (QTest::currentTestFailed()) {
            return {};
        }
        const auto version = dbValue(db, QStringLiteral("SELECT value FROM meta WHERE key = 'version'"));
        [&] {
            QCOMPARE(dbValue(db, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
            QVERIFY2(version == QLatin1String("100") || version == QLatin1String("103"), qPrintable(version));
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
            QCOMPARE(dbValue(db, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
        }();
        return version;
    }

    // Version 103 changes every article, so the download and the transaction both take a while.
    void publishV103()
    {
        const auto tree = QDir(m_www).filePath(QStringLiteral("v103"));
        if (QFile::exists(QDir(tree).filePath(QStringLiteral("bern/manifest.json")))) {
            return;
        }
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
        const auto r = runTool(
            { QStringLiteral("publish"), src, QStringLiteral("--key"), m_key, QStringLiteral("--out"), tree });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
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
        // The user.db the app itself makes: the kill tests start the real app on these folders.
        const auto made = appStart(m_template);
        QVERIFY2(made.exitCode == 0 && QFile::exists(QDir(m_template).filePath(QStringLiteral("user.db"))),
            qPrintable(made.err));

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

        // Signed, but by a key the content does not trust (the forger's content trusts the forger's key).
        tree = publishedCopy(QStringLiteral("foreign"));
        const auto foreignSrc = path(QStringLiteral("src-foreign"));
        QVERIFY(copyTree(m_src, foreignSrc));
        QVERIFY(replaceInFile(QDir(foreignSrc).filePath(QStringLiteral("site.yaml")),
            QRegularExpression(QStringLiteral("^trusted_keys: .*$"), QRegularExpression::MultilineOption),
            QStringLiteral("trusted_keys: [\"%1\"]")
                .arg(QString::fromUtf8(readAll(path(QStringLiteral("other/welcome-signing.pub"))).trimmed()))));
        auto r = runTool({ QStringLiteral("publish"), foreignSrc, QStringLiteral("--key"), m_otherKey,
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

    void timesThatMustNotApply_data()
    {
        QTest::addColumn<int>("publishedDays"); // relative to now
        QTest::addColumn<int>("expiresDays"); // relative to now
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("message");
        QTest::newRow("expired") << -40 << -10 << "expired"
                                 << "expired on";
        QTest::newRow("expires in two centuries") << 0 << 73000 << "malformed"
                                                  << "valid for more than";
        QTest::newRow("published in the future") << 3 << 30 << "not-yet-valid"
                                                 << "after this device's time";
    }

    void timesThatMustNotApply()
    {
        // Signed with the trusted key, so only the times stand between these manifests and the phone.
        QFETCH(int, publishedDays);
        QFETCH(int, expiresDays);
        QFETCH(QString, error);
        QFETCH(QString, message);
        const auto name = QStringLiteral("time%1_%2").arg(publishedDays).arg(expiresDays);
        const auto tree = publishedCopy(name);
        auto payload = payloadOf(tree);
        const auto now = QDateTime::currentDateTimeUtc();
        payload[QStringLiteral("published")] = now.addDays(publishedDays).toString(Qt::ISODate);
        payload[QStringLiteral("expires")] = now.addDays(expiresDays).toString(Qt::ISODate);
        resign(tree, payload);
        const auto data = freshData(name);
        expectRefused(data, sync(data, url(name)), error, message);
    }

    void extraObjectOfAKindThatExistsOnce()
    {
        // A second "site" object would be applied, and every later update would then fail to remove it.
        const auto tree = publishedCopy(QStringLiteral("twosites"));
        auto payload = payloadOf(tree);
        auto objects = payload.value(QLatin1String("objects")).toArray();
        auto site = objects.first().toObject();
        QCOMPARE(site.value(QLatin1String("id")).toString(), QStringLiteral("site"));
        site[QStringLiteral("id")] = QStringLiteral("site-copy");
        objects.push_back(site);
        payload[QStringLiteral("objects")] = objects;
        resign(tree, payload);
        const auto data = freshData(QStringLiteral("twosites"));
        const auto before = m_nginx.requests().size();
        expectRefused(data, sync(data, url(QStringLiteral("twosites"))), QStringLiteral("malformed"),
            QStringLiteral("site-copy"));
        // Refused from the manifest alone: no object was downloaded.
        QCOMPARE(m_nginx.requests().size() - before, 1);
    }

    void trustedKeysThatWouldLockOut_data()
    {
        QTest::addColumn<QStringList>("keys");
        QTest::newRow("empty") << QStringList();
        QTest::newRow("garbage") << QStringList { QStringLiteral("not-a-key"), QStringLiteral("AAAA") };
        QTest::newRow("only a key that did not sign") << QStringList { QStringLiteral("OTHER") };
    }

    void trustedKeysThatWouldLockOut()
    {
        // After such an update no manifest could ever verify again: the phone would be stuck on it for good.
        QFETCH(QStringList, keys);
        if (keys == QStringList { QStringLiteral("OTHER") }) {
            keys = { QString::fromUtf8(readAll(path(QStringLiteral("other/welcome-signing.pub"))).trimmed()) };
        }
        const auto name = QStringLiteral("keys-%1")
                              .arg(QString::fromLatin1(QTest::currentDataTag()))
                              .replace(QLatin1Char(' '), QLatin1Char('-'));
        const auto tree = publishedCopy(name);
        auto site = objectData(tree, QStringLiteral("site"));
        QVERIFY(!site.isEmpty());
        site[QStringLiteral("trusted_keys")] = QJsonArray::fromStringList(keys);
        resign(tree,
            withObject(tree, payloadOf(tree), QStringLiteral("site"),
                qCompress(QJsonDocument(site).toJson(QJsonDocument::Compact), 9)));
        const auto data = freshData(name);
        expectRefused(data, sync(data, url(name)), QStringLiteral("lock-out"), QStringLiteral("trusted keys"));
    }

    void keyRotation()
    {
        // A deliberate rotation takes two updates: the first, signed with the old key, trusts both; the second,
        // signed with the new key, drops the old one. Each step is signed by a key it keeps trusting.
        const auto otherPub = QString::fromUtf8(readAll(path(QStringLiteral("other/welcome-signing.pub"))).trimmed());
        const auto tree = publishedCopy(QStringLiteral("rotate"));
        auto payload = payloadOf(tree);
        auto site = objectData(tree, QStringLiteral("site"));
        site[QStringLiteral("trusted_keys")] = QJsonArray::fromStringList({ m_pub, otherPub });
        payload = withObject(
            tree, payload, QStringLiteral("site"), qCompress(QJsonDocument(site).toJson(QJsonDocument::Compact), 9));
        resign(tree, payload);
        const auto data = freshData(QStringLiteral("rotate"));
        auto r = sync(data, url(QStringLiteral("rotate")));
        QVERIFY2(r.out.startsWith(QLatin1String("sync: updated to version 101")), qPrintable(r.out + r.err));

        site[QStringLiteral("trusted_keys")] = QJsonArray::fromStringList({ otherPub });
        payload = withObject(
            tree, payload, QStringLiteral("site"), qCompress(QJsonDocument(site).toJson(QJsonDocument::Compact), 9));
        payload[QStringLiteral("version")] = 102;
        // A different size as well: nginx's ETag is the file's time (in seconds) and size.
        payload[QStringLiteral("notes")] = QStringLiteral("Signed with the new key");
        resign(tree, payload, m_otherKey);
        r = sync(data, url(QStringLiteral("rotate")));
        QVERIFY2(r.out.startsWith(QLatin1String("sync: updated to version 102")), qPrintable(r.out + r.err));

        // The old key is no longer trusted.
        payload[QStringLiteral("version")] = 103;
        payload[QStringLiteral("notes")] = QStringLiteral("Signed with the old key again");
        resign(tree, payload);
        r = sync(data, url(QStringLiteral("rotate")));
        QVERIFY2(r.out.startsWith(QLatin1String("sync: failed (unknown-key)")), qPrintable(r.out + r.err));
    }

    void decompressionBomb_data()
    {
        QTest::addColumn<bool>("honestSize"); // whether the object declares its real decompressed size
        QTest::newRow("declares a small size") << false;
        QTest::newRow("declares its real size") << true;
    }

    void decompressionBomb()
    {
        // 64 MB of article text squeezed into an object of about 64 KB.
        QFETCH(bool, honestSize);
        const auto name = QStringLiteral("bomb-%1").arg(int(honestSize));
        const auto tree = publishedCopy(name);
        auto article = objectData(tree, QStringLiteral("article/emergency-numbers/de"));
        QVERIFY(!article.isEmpty());
        article[QStringLiteral("body")] = QString(64 * 1024 * 1024, QLatin1Char('a'));
        auto stored = qCompress(QJsonDocument(article).toJson(QJsonDocument::Compact), 9);
        QVERIFY(stored.size() < 1024 * 1024);
        if (!honestSize) {
            stored.replace(0, 4, QByteArray::fromHex("00001000")); // 4096 bytes
        }
        resign(tree, withObject(tree, payloadOf(tree), QStringLiteral("article/emergency-numbers/de"), stored));
        article = {};
        const auto data = freshData(name);
        // Under a data limit far below what the bomb would take, where the build allows one.
        const auto prefix
            = sanitized ? QStringList() : QStringList { QStringLiteral("prlimit"), QStringLiteral("--data=150000000") };
        expectRefused(data, sync(data, url(name), prefix), QStringLiteral("too-large"), QStringLiteral("expands"));
    }

    void publishRefusesWhatPhonesRefuse_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QStringList>("extra"); // publish arguments
        QTest::addColumn<bool>("validateToo"); // whether `validate` finds it in the source alone
        QTest::addColumn<QString>("message");
        const auto days = QStringLiteral("--expires-days");
        QTest::newRow("expiry too large to write")
            << "" << QStringList { days, QStringLiteral("100000000") } << false << "--expires-days";
        QTest::newRow("expiry beyond what phones accept")
            << "" << QStringList { days, QStringLiteral("365") } << false << "--expires-days";
        QTest::newRow("already expired") << "" << QStringList { days, QStringLiteral("0") } << false
                                         << "--expires-days";
        QTest::newRow("notes longer than phones keep")
            << "" << QStringList { QStringLiteral("--notes"), QString(5000, QLatin1Char('n')) } << false << "notes";
        QTest::newRow("no trusted keys") << "nokeys" << QStringList() << false << "trusted_keys";
        QTest::newRow("a key that is no key") << "garbagekey" << QStringList() << true << "trusted_keys";
        QTest::newRow("the signing key not trusted") << "otherkey" << QStringList() << false << "trusted_keys";
        QTest::newRow("article larger than phones accept")
            << "bigarticle" << QStringList() << true << "articles/emergency-numbers/de.md";
        QTest::newRow("published manifest never ends") << "endless" << QStringList() << false << "manifest.json";
    }

    void publishRefusesWhatPhonesRefuse()
    {
        // What the tool publishes, phones accept, and what phones would refuse the tool does not publish.
        QFETCH(QString, change);
        QFETCH(QStringList, extra);
        QFETCH(bool, validateToo);
        QFETCH(QString, message);
        const auto tag = QString::number(qHash(QString::fromLatin1(QTest::currentDataTag())));
        const auto src = path(QStringLiteral("src-pub") + tag);
        QDir(src).removeRecursively();
        QVERIFY(copyTree(m_src, src));
        const auto site = QDir(src).filePath(QStringLiteral("site.yaml"));
        const QRegularExpression keys(QStringLiteral("^trusted_keys: .*$"), QRegularExpression::MultilineOption);
        const auto out = path(QStringLiteral("out-pub") + tag);
        QDir(out).removeRecursively();
        QStringList prefix;
        if (change == QLatin1String("nokeys")) {
            QVERIFY(replaceInFile(site, keys, QStringLiteral("trusted_keys: []")));
        } else if (change == QLatin1String("garbagekey")) {
            QVERIFY(replaceInFile(site, keys, QStringLiteral("trusted_keys: [\"%1\", \"not-a-key\"]").arg(m_pub)));
        } else if (change == QLatin1String("otherkey")) {
            const auto other = QString::fromUtf8(readAll(path(QStringLiteral("other/welcome-signing.pub"))).trimmed());
            QVERIFY(replaceInFile(site, keys, QStringLiteral("trusted_keys: [\"%1\"]").arg(other)));
        } else if (change == QLatin1String("bigarticle")) {
            QFile f(QDir(src).filePath(QStringLiteral("articles/emergency-numbers/de.md")));
            QVERIFY(f.open(QIODevice::Append));
            for (int i = 0; i < 6000; ++i) {
                f.write("Eine lange Zeile, die sich wiederholt, bis der Artikel zu gross ist.\n");
            }
        } else if (change == QLatin1String("endless")) {
            QDir().mkpath(QDir(out).filePath(QStringLiteral("bern")));
            QVERIFY(QFile::link(QStringLiteral("/dev/zero"), QDir(out).filePath(QStringLiteral("bern/manifest.json"))));
            if (!sanitized) {
                prefix = QStringList { QStringLiteral("prlimit"), QStringLiteral("--data=1000000000") };
            }
        }
        const QStringList args = QStringList {
            QStringLiteral("publish"), src, QStringLiteral("--key"), m_key, QStringLiteral("--out"), out
        } + extra;
        Run r;
        if (prefix.isEmpty()) {
            r = runTool(args);
        } else {
            QProcess p;
            p.start(prefix.first(),
                prefix.mid(1) + QStringList { QStringLiteral(WELCOME_BIN_DIR "/welcome-content") } + args);
            p.waitForFinished(120000);
            r = { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
        }
        QVERIFY2(
            r.exitCode == 1 || (r.exitCode == 2 && !extra.isEmpty()), qPrintable(QString::number(r.exitCode) + r.err));
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        if (change != QLatin1String("endless")) {
            QVERIFY2(
                !QFile::exists(QDir(out).filePath(QStringLiteral("bern/manifest.json"))), "a manifest was written");
        }
        if (validateToo) {
            const auto v = runTool({ QStringLiteral("validate"), src });
            QCOMPARE(v.exitCode, 1);
            QVERIFY2(v.err.contains(message), qPrintable(v.err));
        }
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
        QTest::addColumn<QString>("where"); // the part of the path that misbehaves
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("message");
        QTest::newRow("server error") << "error500"
                                      << "/objects/"
                                      << "http"
                                      << "answered 500";
        QTest::newRow("error page instead of an object") << "errorpage"
                                                         << "/objects/"
                                                         << "http"
                                                         << "answered 500";
        QTest::newRow("reset mid-transfer") << "reset"
                                            << "/objects/"
                                            << "network"
                                            << "object article/emergency-numbers/de";
        QTest::newRow("stall mid-transfer") << "stall"
                                            << "/objects/"
                                            << "timeout"
                                            << "object article/emergency-numbers/de";
        QTest::newRow("object dripped byte by byte") << "drip"
                                                     << "/objects/"
                                                     << "timeout"
                                                     << "longer than";
        QTest::newRow("manifest dripped byte by byte") << "drip"
                                                       << "manifest.json"
                                                       << "timeout"
                                                       << "longer than";
        QTest::newRow("304 to a request without a validator") << "304"
                                                              << "manifest.json"
                                                              << "http"
                                                              << "answered 304";
        QTest::newRow("nothing listening") << "closed"
                                           << ""
                                           << "network"
                                           << "manifest";
    }

    void networkFaults()
    {
        QFETCH(QString, mode);
        QFETCH(QString, where);
        QFETCH(QString, error);
        QFETCH(QString, message);
        LocalFileServer server(QDir(m_www).filePath(QStringLiteral("v101")));
        const QHash<QString, LocalFileServer::Fault> faults
            = { { QStringLiteral("error500"), LocalFileServer::Fault::ServerError },
                  { QStringLiteral("errorpage"), LocalFileServer::Fault::ErrorPage },
                  { QStringLiteral("reset"), LocalFileServer::Fault::Reset },
                  { QStringLiteral("stall"), LocalFileServer::Fault::Stall },
                  { QStringLiteral("drip"), LocalFileServer::Fault::Drip },
                  { QStringLiteral("304"), LocalFileServer::Fault::NotModified } };
        server.setFault(faults.value(mode), where);
        // A byte every 300 ms never lets the 1.5 s stall timeout fire; only the overall deadline ends it.
        server.setDripInterval(300);
        auto base = server.url();
        if (mode == QLatin1String("closed")) {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            base = QStringLiteral("http://127.0.0.1:%1/").arg(probe.serverPort());
        }
        const auto data = freshData(mode + QString::number(qHash(where)));
        const auto r = sync(data, base, {},
            { { QStringLiteral("WELCOME_SYNC_TIMEOUT_MS"), QStringLiteral("1500") },
                { QStringLiteral("WELCOME_SYNC_DEADLINE_MS"), QStringLiteral("5000") } });
        expectRefused(data, r, error, message);
        // The next attempt against nginx (which honours Range, so a half-received object is resumed, not
        // refetched) succeeds: a fault never poisons what is kept for resume.
        const auto parts
            = QDir(QDir(data).filePath(QStringLiteral("sync/objects"))).entryList({ QStringLiteral("*.part") });
        const auto again = sync(data, url(QStringLiteral("v101")));
        if (mode == QLatin1String("stall") || mode == QLatin1String("reset")
            || (mode == QLatin1String("drip") && where == QLatin1String("/objects/"))) {
            QVERIFY2(!parts.isEmpty(), "the interrupted object should be kept as .part");
            QVERIFY(m_nginx.requests().last().status == 206);
        }
        QVERIFY2(again.exitCode == 0 && again.out.startsWith(QLatin1String("sync: updated to version 101")),
            qPrintable(again.out + again.err));
    }

    void twoSyncsOnOneDataFolder()
    {
        // A slow sync holds the data folder; a second one on the same folder is turned away rather than racing it
        // (the slower could otherwise install an older version over a newer one).
        LocalFileServer slow(QDir(m_www).filePath(QStringLiteral("v101")));
        slow.setFault(LocalFileServer::Fault::Drip, QStringLiteral("/objects/"));
        slow.setDripInterval(500);
        const auto data = freshData(QStringLiteral("twice"));
        QProcess first;
        first.start(QStringLiteral(WELCOME_BIN_DIR "/welcome"),
            { QStringLiteral("--data-dir"), data, QStringLiteral("--sync"), slow.url() });
        QVERIFY(first.waitForStarted());
        QByteArray said;
        while (first.state() == QProcess::Running && !said.contains("sync: Downloading")) {
            QTest::qWait(10);
            said += first.readAllStandardError();
        }
        QVERIFY2(said.contains("sync: Downloading"), said.constData());
        const auto second = sync(data, url(QStringLiteral("v101")));
        QCOMPARE(second.exitCode, 1);
        QVERIFY2(second.out.startsWith(QLatin1String("sync: failed (busy)")), qPrintable(second.out + second.err));
        QVERIFY2(second.out.contains(QLatin1String("content unchanged at version 100")), qPrintable(second.out));

        // Killed, the slow one leaves nothing that blocks the folder.
        if (const auto pid = pid_t(first.processId()); pid > 0 && first.state() == QProcess::Running) {
            ::kill(pid, SIGKILL);
        }
        first.waitForFinished();
        const auto third = sync(data, url(QStringLiteral("v101")));
        QVERIFY2(third.exitCode == 0 && third.out.startsWith(QLatin1String("sync: updated to version 101")),
            qPrintable(third.out + third.err));
    }

    void identicalObjects()
    {
        // An untranslated copy: the English page is the German one, byte for byte, so both entries name one object.
        const auto src = path(QStringLiteral("src-identical"));
        QVERIFY(copyTree(m_src, src));
        const auto articles = QDir(src).filePath(QStringLiteral("articles/emergency-numbers"));
        QVERIFY(QFile::remove(QDir(articles).filePath(QStringLiteral("en.md"))));
        QVERIFY(QFile::copy(
            QDir(articles).filePath(QStringLiteral("de.md")), QDir(articles).filePath(QStringLiteral("en.md"))));
        const auto tree = QDir(m_www).filePath(QStringLiteral("identical"));
        const auto r = runTool(
            { QStringLiteral("publish"), src, QStringLiteral("--key"), m_key, QStringLiteral("--out"), tree });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QSet<QString> hashes;
        int entries = 0;
        for (const auto &v : payloadOf(tree).value(QLatin1String("objects")).toArray()) {
            const auto id = v.toObject().value(QLatin1String("id")).toString();
            if (id == QLatin1String("article/emergency-numbers/de")
                || id == QLatin1String("article/emergency-numbers/en")) {
                hashes.insert(v.toObject().value(QLatin1String("sha256")).toString());
                ++entries;
            }
        }
        QCOMPARE(entries, 2);
        QCOMPARE(hashes.size(), 1);
        const auto data = freshData(QStringLiteral("identical"));
        const auto synced = sync(data, url(QStringLiteral("identical")));
        QVERIFY2(
            synced.exitCode == 0 && synced.out.startsWith(QLatin1String("sync: updated to version 101 (1 objects,")),
            qPrintable(synced.out + synced.err));
        const auto db = QDir(data).filePath(QStringLiteral("content.db"));
        QCOMPARE(dbValue(db,
                     QStringLiteral("SELECT count(*) FROM article_texts WHERE slug = 'emergency-numbers' AND title = "
                                    "'Notfallnummern (neu geprüft)'")),
            QStringLiteral("2"));
    }

    void damagedContentIsRepaired()
    {
        // Pages in the middle of content.db are overwritten: the first pages, with the version, still read fine.
        const auto data = freshData(QStringLiteral("damaged"));
        const auto db = QDir(data).filePath(QStringLiteral("content.db"));
        {
            QFile f(db);
            QVERIFY(f.open(QIODevice::ReadWrite));
            const auto pages = f.size() / 4096;
            f.seek((pages / 2) * 4096);
            f.write(QByteArray(8 * 4096, char(0x5a)));
        }
        QCOMPARE(dbValue(db, QStringLiteral("SELECT value FROM meta WHERE key = 'version'")), QStringLiteral("100"));
        QVERIFY(dbValue(db, QStringLiteral("PRAGMA quick_check")) != QLatin1String("ok"));
        // The sync notices before building on it, and puts the app's own copy back (which knows no test key, so
        // the update itself is then refused: what counts is that the guide is whole again).
        const auto r = sync(data, url(QStringLiteral("v101")));
        QVERIFY2(!r.out.startsWith(QLatin1String("sync: updated")), qPrintable(r.out + r.err));
        QVERIFY2((r.out + r.err).contains(QLatin1String("damaged")), qPrintable(r.out + r.err));
        QCOMPARE(dbValue(db, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
        QCOMPARE(dbValue(db, QStringLiteral("SELECT value FROM meta WHERE key = 'origin'")), QStringLiteral("build"));
        QCOMPARE(fileHash(QDir(data).filePath(QStringLiteral("user.db"))),
            fileHash(QDir(m_template).filePath(QStringLiteral("user.db"))));

        // Damage found at start-up is repaired before the first page is shown, and the user is told once.
        const auto again = freshData(QStringLiteral("damaged-start"));
        const auto db2 = QDir(again).filePath(QStringLiteral("content.db"));
        {
            QFile f(db2);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek((f.size() / 4096 / 2) * 4096);
            f.write(QByteArray(8 * 4096, char(0x5a)));
        }
        const auto start = appStart(again);
        QCOMPARE(start.exitCode, 0);
        QVERIFY2(start.err.contains(QLatin1String("damaged")), qPrintable(start.err));
        QCOMPARE(dbValue(db2, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
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
        publishV103();
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
            const auto version = checkAfterKill(data);
            if (QTest::currentTestFailed()) {
                return;
            }
            (version == QLatin1String("100") ? atOld : atNew)++;
        }
        QStringList spread;
        for (auto it2 = phases.cbegin(); it2 != phases.cend(); ++it2) {
            spread.push_back(QStringLiteral("%1: %2").arg(it2.key()).arg(it2.value()));
        }
        qInfo("%d kills over %lld ms: %d left version 100, %d version 103; last phase seen: %s", kills,
            qint64(duration), atOld, atNew, qPrintable(spread.join(QStringLiteral(", "))));
        QCOMPARE(atOld + atNew, kills);
    }

    void killedAtTheCommit()
    {
        // Kills aimed at the commit. SQLite writes content.db-journal while the transaction runs, but with its
        // header zeroed; only when the commit starts does it sync the journal and write the header's magic
        // number, and from then until the journal is deleted the database file is being overwritten and the
        // journal is "hot": whoever reads next must roll it back first (sqlite.org/lockingv3.html, "Hot
        // Journals"). The test watches the journal's first bytes from outside and kills inside that window;
        // nothing in the app is instrumented for it.
        publishV103();
        const auto journalOf
            = [](const QString &data) { return QDir(data).filePath(QStringLiteral("content.db-journal")); };
        const auto hot = [](const QString &journal) {
            static const auto magic = QByteArray::fromHex("d9d505f920a163d7");
            QFile f(journal);
            return f.open(QIODevice::ReadOnly) && f.read(8) == magic;
        };
        // Polls without the event loop, so the kill follows the magic number within a fraction of a millisecond;
        // waitForFinished(0) notices the process's end, which its state() alone would not without the event loop.
        const auto waitFor = [](QProcess &p, const std::function<bool()> &condition) {
            QElapsedTimer limit;
            limit.start();
            while (!condition()) {
                if (p.state() != QProcess::Running || p.waitForFinished(0) || limit.elapsed() > 120000) {
                    return false;
                }
                ::usleep(100);
            }
            return p.state() == QProcess::Running;
        };
        // How long the commit (hot journal) lasts in an undisturbed sync.
        qint64 window = 0;
        {
            const auto data = freshData(QStringLiteral("commit-measure"));
            QProcess p;
            p.start(QStringLiteral(WELCOME_BIN_DIR "/welcome"),
                { QStringLiteral("--data-dir"), data, QStringLiteral("--sync"), url(QStringLiteral("v103")) });
            QVERIFY(p.waitForStarted());
            QVERIFY2(waitFor(p, [&] { return hot(journalOf(data)); }), "the sync never committed through a journal");
            QElapsedTimer committing;
            committing.start();
            waitFor(p, [&] { return !QFile::exists(journalOf(data)); });
            window = committing.nsecsElapsed() / 1000;
            p.waitForFinished();
        }
        int hotLeft = 0;
        int atOld = 0;
        int atNew = 0;
        const int kills = 12;
        auto *rng = QRandomGenerator::global();
        for (int i = 0; i < kills; ++i) {
            const auto data = freshData(QStringLiteral("commit"));
            QProcess p;
            p.start(QStringLiteral(WELCOME_BIN_DIR "/welcome"),
                { QStringLiteral("--data-dir"), data, QStringLiteral("--sync"), url(QStringLiteral("v103")) });
            QVERIFY(p.waitForStarted());
            if (waitFor(p, [&] { return hot(journalOf(data)); })) {
                // Spread over the commit: the first kill right away, the others anywhere in the measured window.
                const auto delay = i == 0 ? 0 : rng->bounded(window + 1);
                QElapsedTimer waited;
                waited.start();
                waitFor(p, [&] { return waited.nsecsElapsed() / 1000 >= delay; });
                if (const auto pid = pid_t(p.processId()); pid > 0 && p.state() == QProcess::Running) {
                    ::kill(pid, SIGKILL);
                }
            }
            p.waitForFinished();
            hotLeft += hot(journalOf(data)) ? 1 : 0;
            const auto version = checkAfterKill(data);
            if (QTest::currentTestFailed()) {
                return;
            }
            (version == QLatin1String("100") ? atOld : atNew)++;
        }
        qInfo("%d kills aimed at a %lld us commit: %d left a hot journal, %d left version 100, %d version 103", kills,
            window, hotLeft, atOld, atNew);
        QVERIFY2(hotLeft > 0, "no kill landed inside the commit");
    }
};

QTEST_GUILESS_MAIN(TestSyncEndToEnd)
#include "tst_sync_e2e.moc"

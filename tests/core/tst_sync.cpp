// SPDX-License-Identifier: GPL-3.0-or-later
// Signed updates without the network: manifests and their signatures, object encoding, the publish tree, and
// applying an update, which must give exactly the database a clean build of the new content gives.
#include "contentbuilder.h"
#include "contentlimits.h"
#include "contentobject.h"
#include "contentpackager.h"
#include "contentsource.h"
#include "contentupdate.h"
#include "manifest.h"
#include "publisher.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <sys/stat.h>

namespace {
ContentSource loadBern()
{
    QList<Diagnostic> diags;
    auto source = ContentSource::load(QStringLiteral(WELCOME_SOURCE_DIR "/content/bern"), diags);
    source.check(diags);
    return source;
}

bool build(const ContentSource &source, const QString &path)
{
    ContentBuilder builder(source);
    const bool ok = builder.build(path, QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
    if (!ok) {
        qWarning() << builder.errorString();
    }
    return ok;
}

// Every content row of a database, as text, in a stable order; build-only meta keys are left out.
QStringList dump(const QString &path)
{
    const auto name = QUuid::createUuid().toString();
    QStringList out;
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            return { QStringLiteral("cannot open") };
        }
        const QStringList queries = {
            QStringLiteral("SELECT key, value FROM meta WHERE key NOT IN ('built_at', 'source_hash', 'origin', "
                           "'updated_at', 'published_at', 'update_notes', 'version') ORDER BY key"),
            QStringLiteral("SELECT * FROM languages ORDER BY code"),
            QStringLiteral("SELECT * FROM site_names ORDER BY lang"),
            QStringLiteral("SELECT * FROM topics ORDER BY id"),
            QStringLiteral("SELECT * FROM topic_texts ORDER BY topic, lang"),
            QStringLiteral("SELECT * FROM articles ORDER BY slug"),
            QStringLiteral("SELECT * FROM article_texts ORDER BY slug, lang"),
            QStringLiteral("SELECT * FROM checklist_steps ORDER BY id"),
            QStringLiteral("SELECT * FROM checklist_texts ORDER BY step, lang"),
            QStringLiteral("SELECT * FROM offers ORDER BY id"),
            QStringLiteral("SELECT * FROM offer_texts ORDER BY offer, lang"),
            QStringLiteral("SELECT o.id, r.min_lat, r.max_lat, r.min_lon, r.max_lon FROM offers o "
                           "JOIN offers_rtree r ON r.id = o.rowid ORDER BY o.id"),
            QStringLiteral("SELECT count(*) FROM offers_rtree"),
            QStringLiteral("SELECT * FROM synonyms ORDER BY grp, term"),
            QStringLiteral("SELECT * FROM places ORDER BY position"),
            QStringLiteral("SELECT * FROM objects ORDER BY id"),
            QStringLiteral(
                "SELECT kind, ref, lang, title, tags, summary, body, alt FROM search ORDER BY kind, ref, lang"),
            QStringLiteral("SELECT kind, ref, lang, words, title, summary FROM search_fuzzy ORDER BY kind, ref, lang"),
            QStringLiteral("SELECT count(*) FROM search_docs"),
            // The index itself answers, not only its stored columns.
            QStringLiteral("SELECT ref, lang FROM search WHERE search MATCH 'notfall* OR anmeldung OR permis*' "
                           "ORDER BY ref, lang"),
        };
        QSqlQuery q(db);
        for (const auto &sql : queries) {
            out.push_back(QStringLiteral("== ") + sql.left(40));
            if (!q.exec(sql)) {
                out.push_back(QStringLiteral("failed"));
                continue;
            }
            while (q.next()) {
                QStringList row;
                for (int i = 0; i < q.record().count(); ++i) {
                    row.push_back(q.value(i).toString());
                }
                out.push_back(row.join(QLatin1Char('|')));
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                       : QByteArray();
}

Manifest manifestOf(const ContentSource &source)
{
    Manifest m;
    m.region = source.site.region;
    m.version = source.site.version;
    m.published = QDateTime::currentDateTimeUtc();
    m.expires = m.published.addDays(30);
    for (const auto &o : ContentPackager::objects(source)) {
        m.objects.push_back({ o.id, o.kind, o.lang, o.sha256, o.stored.size() });
    }
    return m;
}

// Writes the objects an update needs where ContentUpdate::apply looks for them.
void stage(const ContentSource &source, const QString &dir)
{
    QDir().mkpath(dir);
    for (const auto &o : ContentPackager::objects(source)) {
        QFile f(QDir(dir).filePath(o.sha256));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(o.stored);
    }
}
} // namespace

class TestSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signatureRoundTrip()
    {
        const auto keys = ManifestSignature::generateKeyPair();
        QCOMPARE(keys.publicKey.size(), 32);
        QCOMPARE(ManifestSignature::publicKeyOf(keys.secretKey), keys.publicKey);
        const auto source = loadBern();
        const auto json = manifestOf(source).toJson();
        const auto envelope = ManifestSignature::sign(json, keys.secretKey);
        ManifestSignature::Problem problem = ManifestSignature::Problem::Malformed;
        QString error;
        const auto payload
            = ManifestSignature::open(envelope, { QString::fromLatin1(keys.publicKey.toBase64()) }, &problem, &error);
        QVERIFY2(payload.has_value(), qPrintable(error));
        QCOMPARE(problem, ManifestSignature::Problem::None);
        QCOMPARE(*payload, json);
        const auto parsed = Manifest::fromJson(*payload, &error);
        QVERIFY2(parsed.has_value(), qPrintable(error));
        QCOMPARE(parsed->objects, manifestOf(source).objects);
        QCOMPARE(parsed->version, source.site.version);
    }

    void signatureRejections_data()
    {
        QTest::addColumn<int>("what");
        QTest::addColumn<int>("expected");
        QTest::newRow("tampered payload") << 0 << int(ManifestSignature::Problem::BadSignature);
        QTest::newRow("tampered signature") << 1 << int(ManifestSignature::Problem::BadSignature);
        QTest::newRow("key not trusted") << 2 << int(ManifestSignature::Problem::UnknownKey);
        QTest::newRow("envelope names a trusted key, signed by another")
            << 3 << int(ManifestSignature::Problem::BadSignature);
        QTest::newRow("no signature") << 4 << int(ManifestSignature::Problem::Malformed);
        QTest::newRow("not JSON") << 5 << int(ManifestSignature::Problem::Malformed);
    }

    void signatureRejections()
    {
        QFETCH(int, what);
        QFETCH(int, expected);
        const auto keys = ManifestSignature::generateKeyPair();
        const auto other = ManifestSignature::generateKeyPair();
        const auto trusted = QStringList { QString::fromLatin1(keys.publicKey.toBase64()) };
        const QByteArray json = R"({"format":1,"region":"bern","version":2})";
        auto envelope = QJsonDocument::fromJson(ManifestSignature::sign(json, keys.secretKey)).object();
        switch (what) {
        case 0:
            envelope[QStringLiteral("signed")] = QStringLiteral(R"({"format":1,"region":"bern","version":3})");
            break;
        case 1: {
            auto sig = QByteArray::fromBase64(envelope[QStringLiteral("signature")].toString().toLatin1());
            sig[10] = char(sig[10] ^ 0x01);
            envelope[QStringLiteral("signature")] = QString::fromLatin1(sig.toBase64());
            break;
        }
        case 2:
            envelope = QJsonDocument::fromJson(ManifestSignature::sign(json, other.secretKey)).object();
            break;
        case 3: {
            const auto forged = QJsonDocument::fromJson(ManifestSignature::sign(json, other.secretKey)).object();
            envelope[QStringLiteral("signature")] = forged[QStringLiteral("signature")];
            break;
        }
        case 4:
            envelope.remove(QStringLiteral("signature"));
            break;
        default:
            break;
        }
        const auto bytes = what == 5 ? QByteArray("{not json") : QJsonDocument(envelope).toJson();
        ManifestSignature::Problem problem = ManifestSignature::Problem::None;
        QString error;
        QVERIFY(!ManifestSignature::open(bytes, trusted, &problem, &error).has_value());
        QCOMPARE(int(problem), expected);
        QVERIFY(!error.isEmpty());
    }

    void manifestChecks_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<int>("problem");
        const auto unsafe = int(Manifest::Problem::UnsafeId);
        QTest::newRow("parent dir") << "id" << QJsonValue(QStringLiteral("../../user.db")) << unsafe;
        QTest::newRow("dots inside") << "id" << QJsonValue(QStringLiteral("article/../x/de")) << unsafe;
        QTest::newRow("absolute") << "id" << QJsonValue(QStringLiteral("/etc/passwd")) << unsafe;
        QTest::newRow("empty part") << "id" << QJsonValue(QStringLiteral("article//de")) << unsafe;
        QTest::newRow("backslash") << "id" << QJsonValue(QStringLiteral("article\\..\\x")) << unsafe;
        QTest::newRow("quote") << "id" << QJsonValue(QStringLiteral("offer/x'--")) << unsafe;
        QTest::newRow("bad lang") << "lang" << QJsonValue(QStringLiteral("../de")) << unsafe;
        QTest::newRow("hash with path") << "sha256" << QJsonValue(QStringLiteral("../") + QString(61, QLatin1Char('a')))
                                        << int(Manifest::Problem::Malformed);
        QTest::newRow("short hash") << "sha256" << QJsonValue(QStringLiteral("abc"))
                                    << int(Manifest::Problem::Malformed);
        QTest::newRow("oversized") << "size" << QJsonValue(double(ContentLimits::maxObjectBytes + 1))
                                   << int(Manifest::Problem::TooLarge);
        QTest::newRow("empty object") << "size" << QJsonValue(0) << int(Manifest::Problem::TooLarge);
        QTest::newRow("unknown kind") << "kind" << QJsonValue(QStringLiteral("script"))
                                      << int(Manifest::Problem::Malformed);
        // The last object is a checklist step: under another kind its id no longer fits, and a second object of a
        // kind that exists once could be applied but never removed.
        QTest::newRow("a second site") << "kind" << QJsonValue(QStringLiteral("site"))
                                       << int(Manifest::Problem::Malformed);
        QTest::newRow("id of another kind")
            << "id" << QJsonValue(QStringLiteral("offer/register")) << int(Manifest::Problem::Malformed);
        QTest::newRow("a language where none belongs")
            << "lang" << QJsonValue(QStringLiteral("de")) << int(Manifest::Problem::Malformed);
    }

    void manifestChecks()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(int, problem);
        auto root = QJsonDocument::fromJson(manifestOf(loadBern()).toJson()).object();
        auto objects = root[QStringLiteral("objects")].toArray();
        auto last = objects.last().toObject();
        last[field] = value;
        objects.replace(objects.size() - 1, last);
        root[QStringLiteral("objects")] = objects;
        QString error;
        Manifest::Problem got = Manifest::Problem::None;
        QVERIFY(!Manifest::fromJson(QJsonDocument(root).toJson(), &error, &got).has_value());
        QCOMPARE(int(got), problem);
        QVERIFY(!error.isEmpty());
    }

    void manifestNeedsSiteAndNoDuplicates()
    {
        auto root = QJsonDocument::fromJson(manifestOf(loadBern()).toJson()).object();
        auto objects = root[QStringLiteral("objects")].toArray();
        objects.push_back(objects.last());
        root[QStringLiteral("objects")] = objects;
        QString error;
        QVERIFY(!Manifest::fromJson(QJsonDocument(root).toJson(), &error).has_value());
        QVERIFY2(error.contains(QLatin1String("twice")), qPrintable(error));
        objects.removeLast();
        objects.removeFirst(); // site
        root[QStringLiteral("objects")] = objects;
        QVERIFY(!Manifest::fromJson(QJsonDocument(root).toJson(), &error).has_value());
        QVERIFY2(error.contains(QLatin1String("site")), qPrintable(error));
    }

    void objectEncoding()
    {
        const QJsonObject data { { QStringLiteral("title"), QStringLiteral("Führerschein") } };
        const auto stored = ContentObject::encode(data);
        QCOMPARE(ContentObject::encode(data), stored); // deterministic: same content, same hash
        QString error;
        QCOMPARE(ContentObject::decode(stored, &error).value_or(QJsonObject()), data);
        QVERIFY(!ContentObject::decode(stored.left(stored.size() / 2), &error).has_value());
        QVERIFY(!ContentObject::decode(QByteArray("abc"), &error).has_value());
        QVERIFY(!ContentObject::decode(qCompress(QByteArray("[1,2]")), &error).has_value());
        // A declared size beyond the cap is refused before anything is allocated.
        auto bomb = stored;
        bomb[0] = char(0x7f);
        QVERIFY(!ContentObject::decode(bomb, &error).has_value());
        QVERIFY2(error.contains(QLatin1String("expands")), qPrintable(error));
        QVERIFY(!ContentObject::decode(QByteArray(int(ContentLimits::maxObjectBytes + 1), 'x'), &error).has_value());
    }

    // The heart of it: an update applied to the old database gives the same rows as a clean build of the new
    // content — articles changed, added and removed, an offer moved and one removed, a step, the site, synonyms.
    void applyEqualsCleanBuild()
    {
        QTemporaryDir tmp;
        const auto keys = ManifestSignature::generateKeyPair();
        auto before = loadBern();
        before.site.trustedKeys = { QString::fromLatin1(keys.publicKey.toBase64()) };
        QVERIFY(before.articles.size() > 20 && before.offers.size() > 3 && before.steps.size() > 3);
        auto after = before;
        after.site.version += 1;
        after.site.names[QStringLiteral("en")] = QStringLiteral("Welcome to Bern, updated");
        after.articles[0].article.title = QStringLiteral("Notfall: neue Nummer");
        after.articles[0].article.body += QStringLiteral("\n\nNeu: Anmeldung am Schalter 3.\n");
        const auto removedSlug = after.articles.last().slug;
        after.articles.removeIf([&](const SourceArticle &a) { return a.slug == removedSlug; });
        auto added = after.articles[1];
        added.slug = QStringLiteral("zz-new-page");
        added.article.title = QStringLiteral("Ganz neue Seite über Permis");
        after.articles.push_back(added);
        after.offers[0].lat += 0.01;
        after.offers[0].phone = QStringLiteral("+41 31 000 00 00");
        after.offers.removeLast();
        after.steps[0].titles[QStringLiteral("de")] = QStringLiteral("Anmelden, neu formuliert");
        after.synonyms.push_back({ QStringLiteral("Velo"), QStringLiteral("Fahrrad") });
        QVERIFY(!after.places.isEmpty());
        after.places[0].name = QStringLiteral("Innere Stadt (Altstadt)");

        const auto oldDb = tmp.filePath(QStringLiteral("old.db"));
        const auto refDb = tmp.filePath(QStringLiteral("ref.db"));
        QVERIFY(build(before, oldDb));
        QVERIFY(build(after, refDb));
        QVERIFY(dump(oldDb) != dump(refDb));

        const auto installed = ContentUpdate::readInstalled(oldDb);
        QVERIFY2(installed.ok, qPrintable(installed.error));
        QCOMPARE(installed.version, before.site.version);
        const auto manifest = manifestOf(after);
        const auto plan = ContentUpdate::plan(installed, manifest);
        // Only what changed travels: site, synonyms, places, 2 articles, 1 offer, 1 step; removed: 1 slug's
        // languages, 1 offer.
        QCOMPARE(plan.fetch.size(), 7);
        QCOMPARE(plan.fetch.first().id, QStringLiteral("site"));
        QVERIFY(plan.remove.size() >= 2);
        const auto objects = tmp.filePath(QStringLiteral("objects"));
        stage(after, objects);
        QString error;
        QVERIFY2(ContentUpdate::apply(oldDb, manifest, plan, objects, installed, &error, nullptr, keys.publicKey),
            qPrintable(error));

        const auto got = dump(oldDb);
        const auto want = dump(refDb);
        for (int i = 0; i < std::min(got.size(), want.size()); ++i) {
            if (got[i] != want[i]) {
                QFAIL(qPrintable(
                    QStringLiteral("first difference at line %1:\n got  %2\n want %3").arg(i).arg(got[i], want[i])));
            }
        }
        QCOMPARE(got.size(), want.size());
        const auto now = ContentUpdate::readInstalled(oldDb);
        QCOMPARE(now.version, after.site.version);
        QVERIFY(ContentUpdate::plan(now, manifest).isEmpty());
    }

    void failedApplyChangesNothing()
    {
        QTemporaryDir tmp;
        const auto before = loadBern();
        auto after = before;
        after.site.version += 1;
        after.articles[0].article.title = QStringLiteral("Changed");
        after.articles[5].article.title = QStringLiteral("Changed too");
        const auto db = tmp.filePath(QStringLiteral("content.db"));
        QVERIFY(build(before, db));
        const auto hashBefore = fileHash(db);
        const auto installed = ContentUpdate::readInstalled(db);
        const auto manifest = manifestOf(after);
        const auto plan = ContentUpdate::plan(installed, manifest);
        QCOMPARE(plan.fetch.size(), 2);
        const auto objects = tmp.filePath(QStringLiteral("objects"));
        stage(after, objects);
        // The second object is damaged on disk after it was checked: the first is already written when it fails.
        QFile damaged(QDir(objects).filePath(plan.fetch.last().sha256));
        QVERIFY(damaged.open(QIODevice::ReadWrite));
        damaged.seek(10);
        damaged.write("XX");
        damaged.close();
        QString error;
        QVERIFY(!ContentUpdate::apply(db, manifest, plan, objects, installed, &error));
        QVERIFY2(error.contains(QLatin1String("hash")), qPrintable(error));
        QCOMPARE(fileHash(db), hashBefore);
        QCOMPARE(ContentUpdate::readInstalled(db).version, before.site.version);
    }

    void applyRechecksTheInstalledVersion()
    {
        // Two syncs planned against version N: the newer (N+2) applies first; the older (N+1), finishing later,
        // must not put older content over it.
        QTemporaryDir tmp;
        const auto base = loadBern();
        auto newer = base;
        newer.site.version += 2;
        newer.articles[0].article.title = QStringLiteral("Neuer");
        auto older = base;
        older.site.version += 1;
        older.articles[0].article.title = QStringLiteral("Aelter");
        const auto db = tmp.filePath(QStringLiteral("content.db"));
        QVERIFY(build(base, db));
        const auto installed = ContentUpdate::readInstalled(db);
        const auto objects = tmp.filePath(QStringLiteral("objects"));
        stage(newer, objects);
        stage(older, objects);
        QString error;
        const auto newerManifest = manifestOf(newer);
        QVERIFY2(ContentUpdate::apply(
                     db, newerManifest, ContentUpdate::plan(installed, newerManifest), objects, installed, &error),
            qPrintable(error));
        const auto olderManifest = manifestOf(older);
        QVERIFY(!ContentUpdate::apply(
            db, olderManifest, ContentUpdate::plan(installed, olderManifest), objects, installed, &error));
        QVERIFY2(error.contains(QString::number(newer.site.version)), qPrintable(error));
        QCOMPARE(ContentUpdate::readInstalled(db).version, newer.site.version);
    }

    void objectDecodingIsCapped()
    {
        // 64 MB of JSON in about 64 KB. Declared as small, the stream must stop at the declared size; declared
        // honestly, it is over the cap and refused before anything is allocated.
        const QJsonObject data { { QStringLiteral("body"), QString(64 * 1024 * 1024, QLatin1Char('a')) } };
        auto stored = qCompress(QJsonDocument(data).toJson(QJsonDocument::Compact), 9);
        QString error;
        QVERIFY(!ContentObject::decode(stored, &error).has_value());
        QVERIFY2(error.contains(QLatin1String("expands")), qPrintable(error));
        stored.replace(0, 4, QByteArray::fromHex("00001000"));
        error.clear();
        QVERIFY(!ContentObject::decode(stored, &error).has_value());
        QVERIFY2(error.contains(QLatin1String("expands")), qPrintable(error));
        // A declared size that is larger than the data gives is damage, not a smaller object.
        auto honest = ContentObject::encode({ { QStringLiteral("title"), QStringLiteral("x") } });
        honest.replace(0, 4, QByteArray::fromHex("00000400"));
        QVERIFY(!ContentObject::decode(honest, &error).has_value());
        // Bytes after the end of the compressed stream are damage too.
        QVERIFY(
            !ContentObject::decode(ContentObject::encode({ { QStringLiteral("t"), 1 } }) + "junk", &error).has_value());
    }

    void publishTree()
    {
        QTemporaryDir tmp;
        QString pub;
        QString error;
        const auto keyDir = tmp.filePath(QStringLiteral("keys"));
        QVERIFY2(Publisher::generateKey(keyDir, &pub, &error), qPrintable(error));
        const auto keyFile = QDir(keyDir).filePath(QStringLiteral("welcome-signing.key"));
        struct stat st
        {
        };
        QCOMPARE(::stat(QFile::encodeName(keyFile).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);
        QVERIFY(!Publisher::generateKey(keyDir, &pub, &error)); // never overwrites a key
        QVERIFY(error.contains(QLatin1String("never overwritten")));

        auto source = loadBern();
        source.site.trustedKeys = { pub };
        const auto out = tmp.filePath(QStringLiteral("www"));
        const auto now = QDateTime::currentDateTimeUtc();
        auto first = Publisher(source, keyFile).publish(out, QStringLiteral("first"), 30, now);
        QVERIFY2(first.ok, qPrintable(first.message));
        QCOMPARE(first.written, first.objects);
        // Unchanged content: no new objects.
        auto again = Publisher(source, keyFile).publish(out, QStringLiteral("again"), 30, now);
        QVERIFY2(again.ok, qPrintable(again.message));
        QCOMPARE(again.written, 0);
        // Changed content under the same version is refused, and so is an older version.
        source.articles[0].article.title = QStringLiteral("Changed");
        auto same = Publisher(source, keyFile).publish(out, {}, 30, now);
        QVERIFY(!same.ok);
        QVERIFY2(same.message.contains(QLatin1String("raise")), qPrintable(same.message));
        source.site.version += 1;
        auto next = Publisher(source, keyFile).publish(out, QStringLiteral("one title"), 30, now);
        QVERIFY2(next.ok, qPrintable(next.message));
        QCOMPARE(next.written, 1);
        source.site.version -= 1;
        QVERIFY(!Publisher(source, keyFile).publish(out, {}, 30, now).ok);

        // What is online verifies with the published key and names files that exist with the right hash.
        QFile manifestFile(QDir(out).filePath(QStringLiteral("bern/manifest.json")));
        QVERIFY(manifestFile.open(QIODevice::ReadOnly));
        ManifestSignature::Problem problem {};
        const auto payload = ManifestSignature::open(manifestFile.readAll(), { pub }, &problem, &error);
        QVERIFY2(payload.has_value(), qPrintable(error));
        const auto manifest = Manifest::fromJson(*payload, &error);
        QVERIFY(manifest.has_value());
        QCOMPARE(manifest->notes, QStringLiteral("one title"));
        for (const auto &o : manifest->objects) {
            QFile f(QDir(out).filePath(QStringLiteral("bern/objects/%1/%2").arg(o.sha256.left(2), o.sha256)));
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(o.id));
            QCOMPARE(ContentObject::sha256(f.readAll()), o.sha256);
        }
    }
};

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"

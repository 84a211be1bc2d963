// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentupdate.h"
#include "contentlimits.h"
#include "contentobject.h"
#include "contentwriter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace {
// Scoped named connection: QSqlDatabase::removeDatabase must run after every handle is gone.
class Connection
{
public:
    explicit Connection(const QString &path, bool readOnly)
        : m_name(QStringLiteral("update-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000")
                                      : QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        m_open = QFile::exists(path) && db.open();
    }
    ~Connection()
    {
        {
            auto db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;
    [[nodiscard]] bool isOpen() const { return m_open; }
    [[nodiscard]] QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_open = false;
};

int kindOrder(const QString &kind)
{
    return int(ContentObject::kinds().indexOf(kind));
}
} // namespace

ContentUpdate::Installed ContentUpdate::readInstalled(const QString &dbPath)
{
    Installed in;
    Connection c(dbPath, true);
    if (!c.isOpen()) {
        in.error = QStringLiteral("no installed content to update");
        return in;
    }
    QSqlQuery q(c.db());
    if (!q.exec(QStringLiteral("SELECT key, value FROM meta"))) {
        in.error = QStringLiteral("the installed content cannot be read: ") + q.lastError().text();
        return in;
    }
    while (q.next()) {
        const auto key = q.value(0).toString();
        if (key == QLatin1String("region")) {
            in.region = q.value(1).toString();
        } else if (key == QLatin1String("version")) {
            in.version = q.value(1).toLongLong();
        } else if (key == QLatin1String("trusted_keys")) {
            in.trustedKeys = q.value(1).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        }
    }
    if (!q.exec(QStringLiteral("SELECT id, kind, lang, sha256, size FROM objects"))) {
        in.error = QStringLiteral("the installed content predates updates: ") + q.lastError().text();
        return in;
    }
    while (q.next()) {
        const ManifestObject o { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toLongLong() };
        in.objects.insert(o.id, o);
    }
    in.ok = !in.region.isEmpty() && in.version > 0;
    if (!in.ok) {
        in.error = QStringLiteral("the installed content has no region or version");
    }
    return in;
}

ContentUpdate::Plan ContentUpdate::plan(const Installed &installed, const Manifest &manifest)
{
    Plan p;
    QSet<QString> listed;
    for (const auto &o : manifest.objects) {
        listed.insert(o.id);
        if (installed.objects.value(o.id).sha256 != o.sha256) {
            p.fetch.push_back(o);
        }
    }
    for (auto it = installed.objects.cbegin(); it != installed.objects.cend(); ++it) {
        if (!listed.contains(it.key())) {
            p.remove.push_back(it.value());
        }
    }
    // Site first (languages), then topics, synonyms, articles, offers, steps: the order the builder writes.
    std::stable_sort(p.fetch.begin(), p.fetch.end(),
        [](const auto &a, const auto &b) { return kindOrder(a.kind) < kindOrder(b.kind); });
    std::sort(p.remove.begin(), p.remove.end(), [](const auto &a, const auto &b) { return a.id < b.id; });
    return p;
}

bool ContentUpdate::apply(const QString &dbPath, const Manifest &manifest, const Plan &plan, const QString &objectDir,
    const Installed &installed, QString *error, Problem *problem, const QByteArray &signedBy)
{
    const auto failAs = [error, problem](Problem p, const QString &why) {
        if (error) {
            *error = why;
        }
        if (problem) {
            *problem = p;
        }
        return false;
    };
    const auto fail = [&failAs](const QString &why) { return failAs(Problem::Failed, why); };
    if (problem) {
        *problem = Problem::None;
    }
    Connection c(dbPath, false);
    if (!c.isOpen()) {
        return fail(QStringLiteral("cannot open the installed content for writing"));
    }
    auto db = c.db();
    QSqlQuery q(db);
    // A large update touches much of the search index; with SQLite's default 2 MB cache, pages would be spilled
    // and re-read many times within the one transaction.
    q.exec(QStringLiteral("PRAGMA cache_size = -65536"));
    // IMMEDIATE: take the write lock now, not halfway through, so a reader cannot make the commit fail late.
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        return fail(QStringLiteral("cannot start the update: ") + q.lastError().text());
    }
    const auto rollbackAs = [&](Problem p, const QString &why) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return failAs(p, why);
    };
    const auto rollback = [&](const QString &why) { return rollbackAs(Problem::Failed, why); };
    // Under the write lock, the plan must still fit: another writer may have installed other content meanwhile,
    // and an older update finishing late must never replace a newer one.
    if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'version'")) || !q.next()) {
        return rollbackAs(Problem::Damaged, QStringLiteral("the installed content has no version"));
    }
    if (const auto now = q.value(0).toLongLong(); now != installed.version) {
        return rollbackAs(Problem::Changed,
            QStringLiteral("the installed content changed to version %1 while version %2 was downloaded; nothing was "
                           "changed")
                .arg(now)
                .arg(manifest.version));
    }
    q.finish();
    // Writing into damaged pages would spread the damage and report success over it.
    if (!q.exec(QStringLiteral("PRAGMA quick_check(1)")) || !q.next() || q.value(0).toString() != QLatin1String("ok")) {
        return rollbackAs(Problem::Damaged,
            QStringLiteral("the installed content is damaged (%1)")
                .arg(q.lastError().isValid() ? q.lastError().text() : q.value(0).toString()));
    }
    q.finish();
    ContentWriter writer(db);
    if (!q.exec(QStringLiteral("DELETE FROM whats_new"))) {
        return rollback(q.lastError().text());
    }
    const auto note = [&](const ManifestObject &o, const char *change) {
        QSqlQuery n(db);
        n.prepare(QStringLiteral("INSERT INTO whats_new (id, kind, lang, change) VALUES (:id, :kind, :lang, :change)"));
        n.bindValue(QStringLiteral(":id"), o.id);
        n.bindValue(QStringLiteral(":kind"), o.kind);
        n.bindValue(QStringLiteral(":lang"), o.lang.isNull() ? QStringLiteral("") : o.lang);
        n.bindValue(QStringLiteral(":change"), QLatin1String(change));
        return n.exec();
    };
    for (const auto &o : plan.remove) {
        // Site and topics are replaced, never removed: the manifest check insists they are listed.
        if (!writer.remove(o.id, o.kind, o.lang) || !writer.unrecord(o.id)) {
            return rollback(writer.errorString());
        }
        if (!note(o, "removed")) {
            return rollback(QStringLiteral("cannot record what changed"));
        }
    }
    for (const auto &o : plan.fetch) {
        QFile f(QDir(objectDir).filePath(o.sha256));
        if (!f.open(QIODevice::ReadOnly)) {
            return rollback(QStringLiteral("object %1 is missing: %2").arg(o.id, f.errorString()));
        }
        const auto stored = f.read(ContentLimits::maxObjectBytes + 1);
        if (stored.size() != o.size || ContentObject::sha256(stored) != o.sha256) {
            return rollback(QStringLiteral("object %1 does not match its hash").arg(o.id));
        }
        QString why;
        ContentObject::Problem decodeProblem = ContentObject::Problem::None;
        const auto data = ContentObject::decode(stored, &why, &decodeProblem);
        if (!data) {
            return rollbackAs(
                decodeProblem == ContentObject::Problem::TooLarge ? Problem::TooLarge : Problem::Malformed,
                QStringLiteral("object %1: %2").arg(o.id, why));
        }
        if (!ContentWriter::fitsLimits(o.kind, *data, &why)) {
            return rollbackAs(Problem::TooLarge, QStringLiteral("object %1: %2").arg(o.id, why));
        }
        if (o.kind == QLatin1String("site")) {
            QStringList keys;
            for (const auto &k : data->value(QLatin1String("trusted_keys")).toArray()) {
                keys.push_back(k.toString());
            }
            if (!ManifestSignature::checkTrustedKeys(keys, signedBy, &why)) {
                return rollbackAs(Problem::LockOut, QStringLiteral("the update was not installed: ") + why);
            }
        }
        if (!writer.put(o.id, o.kind, o.lang, *data) || !writer.record(o.id, o.kind, o.lang, o.sha256, o.size)) {
            return rollback(QStringLiteral("object %1: %2").arg(o.id, writer.errorString()));
        }
        if (!note(o, installed.objects.contains(o.id) ? "changed" : "added")) {
            return rollback(QStringLiteral("cannot record what changed"));
        }
    }
    if (!writer.finish()) {
        return rollback(QStringLiteral("cannot write the search index: ") + writer.errorString());
    }
    // A guide without languages or topics would be an empty app: refuse rather than commit it.
    if (!q.exec(QStringLiteral("SELECT (SELECT count(*) FROM languages), (SELECT count(*) FROM topics)")) || !q.next()
        || q.value(0).toInt() == 0 || q.value(1).toInt() == 0) {
        return rollback(QStringLiteral("the update would leave no languages or topics"));
    }
    const QList<std::pair<QString, QString>> meta = {
        { QStringLiteral("version"), QString::number(manifest.version) },
        { QStringLiteral("origin"), QStringLiteral("sync") },
        { QStringLiteral("source_hash"), QStringLiteral("sync-") + QString::number(manifest.version) },
        { QStringLiteral("published_at"), manifest.published.toUTC().toString(Qt::ISODate) },
        { QStringLiteral("built_at"), manifest.published.toUTC().toString(Qt::ISODate) },
        { QStringLiteral("updated_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate) },
        { QStringLiteral("update_notes"), manifest.notes.isNull() ? QStringLiteral("") : manifest.notes },
    };
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (:k, :v)"));
    for (const auto &[k, v] : meta) {
        q.bindValue(QStringLiteral(":k"), k);
        q.bindValue(QStringLiteral(":v"), v);
        if (!q.exec()) {
            return rollback(q.lastError().text());
        }
    }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        return rollback(QStringLiteral("cannot commit the update: ") + q.lastError().text());
    }
    return true;
}

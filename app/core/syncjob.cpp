// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncjob.h"
#include "contentinstaller.h"
#include "contentobject.h"
#include "datafolderlock.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSaveFile>
#include <QSet>
#include <QStorageInfo>
#include <QThread>

#include <cstdio>

struct SyncJob::Download
{
    ManifestObject object;
    QNetworkReply *reply = nullptr;
    QFile file;
    // Hashed as it arrives, so the object is not read back from disk to be checked.
    QCryptographicHash hash { QCryptographicHash::Sha256 };
    bool headersSeen = false;
    bool discard = false; ///< an error answer or a wrong range: its body is not the object and is not kept
    bool badRange = false;
    bool overCap = false;
    bool writeFailed = false;
    QString writeError;
};

struct SyncJob::Prepared
{
    ContentUpdate::Installed installed;
    bool repaired = false;
    bool damaged = false; ///< damaged and not restored
    QString error;
};

namespace {
QString kebab(const char *key)
{
    QString out;
    for (const char *c = key; c && *c; ++c) {
        if (QChar::isUpper(uchar(*c)) && !out.isEmpty()) {
            out += QLatin1Char('-');
        }
        out += QChar(QLatin1Char(*c)).toLower();
    }
    return out;
}

QByteArray userAgent()
{
    return "Welcome/" + QCoreApplication::applicationVersion().toLatin1() + " (content sync)";
}

QString duration(qint64 ms)
{
    return ms < 2 * 60 * 1000 ? QStringLiteral("%1 s").arg((ms + 999) / 1000)
                              : QStringLiteral("%1 minutes").arg((ms + 59999) / 60000);
}

// "bytes 100-199/200" → 100; -1 when absent or unreadable.
qint64 rangeStart(const QByteArray &contentRange)
{
    const auto spec = contentRange.trimmed();
    if (!spec.startsWith("bytes ")) {
        return -1;
    }
    bool ok = false;
    const auto start = spec.mid(6, spec.indexOf('-') - 6).toLongLong(&ok);
    return ok ? start : -1;
}
} // namespace

QString SyncJob::Summary::toLine() const
{
    const auto counts = QStringLiteral("%1 objects, %2 bytes, %3 requests").arg(objects).arg(bytes).arg(requests);
    const auto repair = repaired ? QStringLiteral("; the installed content was damaged and was first restored from "
                                                  "the app's own copy")
                                 : QString();
    switch (outcome) {
    case Outcome::Updated:
        return QStringLiteral("sync: updated to version %1 (%2)%3").arg(version).arg(counts, repair);
    case Outcome::UpToDate:
        return QStringLiteral("sync: up to date at version %1 (%2)%3").arg(version).arg(counts, repair);
    case Outcome::Failed:
        break;
    }
    const auto name = kebab(QMetaEnum::fromType<Error>().valueToKey(int(error)));
    return QStringLiteral("sync: failed (%1): %2; content unchanged%3 (%4)%5")
        .arg(name, message, version > 0 ? QStringLiteral(" at version %1").arg(version) : QString(), counts, repair);
}

SyncJob::SyncJob(QNetworkAccessManager *network, QString dataDir, QUrl baseUrl, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_dataDir(std::move(dataDir))
    , m_base(std::move(baseUrl))
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        // The transaction cannot be interrupted halfway; it is short and ends either way.
        if (m_state != State::Applying) {
            fail(Error::Timeout,
                QStringLiteral("the sync took longer than %1; what was downloaded is kept for the next attempt")
                    .arg(duration(m_deadlineMs)));
        }
    });
}

void SyncJob::setTransferTimeout(int ms)
{
    m_stallMs = ms > 0 ? ms : ContentLimits::stallTimeoutMs;
}

void SyncJob::setSyncDeadline(int ms)
{
    m_deadlineMs = ms > 0 ? ms : ContentLimits::syncDeadlineMs;
}

SyncJob::~SyncJob()
{
    for (auto *d : std::as_const(m_running)) {
        d->reply->disconnect(this);
        d->reply->abort();
        d->reply->deleteLater();
        delete d;
    }
}

void SyncJob::setRepairSource(const QString &bundledDb, const QString &bundledStamp)
{
    m_bundledDb = bundledDb;
    m_bundledStamp = bundledStamp;
}

QString SyncJob::syncDir() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("sync"));
}

QString SyncJob::objectDir() const
{
    return QDir(syncDir()).filePath(QStringLiteral("objects"));
}

QString SyncJob::dbPath() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("content.db"));
}

QUrl SyncJob::regionUrl(const QString &path) const
{
    auto base = m_base.toString();
    if (!base.endsWith(QLatin1Char('/'))) {
        base += QLatin1Char('/');
    }
    return QUrl(base + m_installed.region + QLatin1Char('/') + path);
}

void SyncJob::setState(State s)
{
    if (m_state != s) {
        m_state = s;
        Q_EMIT stateChanged(s);
    }
}

void SyncJob::start()
{
    m_summary = {};
    m_failed = false;
    if (!m_base.isValid() || !(m_base.scheme() == QLatin1String("https") || m_base.scheme() == QLatin1String("http"))) {
        fail(Error::Malformed, QStringLiteral("the update address is not an http(s) URL"));
        return;
    }
    // One writer per data folder: a second sync would race this one, and the slower could install older content.
    m_lock = std::make_shared<DataFolderLock>(m_dataDir);
    if (!m_lock->tryLock()) {
        // Reading is safe while another writer works; the version is only reported.
        m_installed.version = ContentInstaller::readInstalled(dbPath()).version;
        fail(m_lock->heldElsewhere() ? Error::Busy : Error::DiskFull, m_lock->errorString());
        return;
    }
    m_deadline.start(m_deadlineMs);
    setState(State::CheckingManifest);
    prepare(false);
}

void SyncJob::prepare(bool repair)
{
    // Off the UI thread: quick_check reads the whole file, and a repair copies the bundled one.
    auto result = std::make_shared<Prepared>();
    auto *thread = QThread::create([result, repair, db = dbPath(), dataDir = m_dataDir, bundledDb = m_bundledDb,
                                       bundledStamp = m_bundledStamp, lock = m_lock] {
        Q_UNUSED(lock) // held until the thread is done, even if the job is gone
        const bool recovered = ContentInstaller::recover(db);
        const bool exists = QFile::exists(db);
        const auto stamp = ContentInstaller::readInstalled(db, true);
        if (exists && (repair || !recovered || stamp.damaged)) {
            if (bundledDb.isEmpty()) {
                result->damaged = true;
                result->error = QStringLiteral("the installed content is damaged");
                return;
            }
            ContentInstaller installer(bundledDb, bundledStamp);
            if (installer.reinstall(dataDir) == ContentInstaller::Result::Failed) {
                result->damaged = true;
                result->error = QStringLiteral("the installed content is damaged and could not be restored: ")
                    + installer.errorString();
                return;
            }
            result->repaired = true;
        }
        result->installed = ContentUpdate::readInstalled(db);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, [this, result] { prepared(*result); });
    thread->start();
}

void SyncJob::prepared(const Prepared &p)
{
    if (m_failed) {
        return;
    }
    m_summary.repaired = m_summary.repaired || p.repaired;
    if (p.damaged) {
        fail(Error::Damaged, p.error);
        return;
    }
    m_installed = p.installed;
    if (!m_installed.ok) {
        fail(Error::NoContent, m_installed.error);
        return;
    }
    m_summary.version = m_installed.version;
    fetchManifest();
}

void SyncJob::watchDeadline(QNetworkReply *reply, qint64 ms)
{
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, reply, [reply] {
        reply->setProperty("deadline", true);
        reply->abort();
    });
    timer->start(int(std::min<qint64>(ms, m_deadlineMs)));
}

void SyncJob::fetchManifest()
{
    QNetworkRequest request(regionUrl(QStringLiteral("manifest.json")));
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setTransferTimeout(m_stallMs);
    // The ETag is only worth sending while the content it was seen with is still the installed one, and while
    // that manifest is unexpired: a "not modified" says nothing about a manifest that has since expired.
    bool sentValidator = false;
    QFile stateFile(QDir(syncDir()).filePath(QStringLiteral("state.json")));
    if (stateFile.open(QIODevice::ReadOnly)) {
        const auto st = QJsonDocument::fromJson(stateFile.read(64 * 1024)).object();
        const auto expires = QDateTime::fromString(st.value(QLatin1String("expires")).toString(), Qt::ISODate);
        const auto etag = st.value(QLatin1String("etag")).toString().toLatin1();
        if (st.value(QLatin1String("version")).toInteger() == m_installed.version && expires.isValid()
            && expires > QDateTime::currentDateTimeUtc() && !etag.isEmpty()) {
            request.setRawHeader("If-None-Match", etag);
            sentValidator = true;
        }
    }
    auto *reply = m_network->get(request);
    watchDeadline(reply, ContentLimits::requestBaseDeadlineMs);
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > ContentLimits::maxManifestBytes) {
            reply->setProperty("overCap", true);
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this,
        [this, reply, sentValidator] { manifestFinished(reply, sentValidator); });
}

void SyncJob::manifestFinished(QNetworkReply *reply, bool sentValidator)
{
    reply->deleteLater();
    if (m_failed) {
        return;
    }
    ++m_summary.requests;
    if (reply->property("overCap").toBool()) {
        fail(Error::TooLarge, QStringLiteral("the manifest is larger than allowed"));
        return;
    }
    if (reply->property("deadline").toBool()) {
        fail(Error::Timeout,
            QStringLiteral("manifest: no complete answer within %1")
                .arg(duration(std::min<qint64>(ContentLimits::requestBaseDeadlineMs, m_deadlineMs))));
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 304) {
        // "Not modified" only answers a request that named what it has; to any other it is no answer at all.
        if (!sentValidator) {
            fail(Error::Http,
                QStringLiteral("manifest: the server answered 304 (not modified) to a request that named no version"));
            return;
        }
        succeed(Outcome::UpToDate);
        return;
    }
    if (reply->error() != QNetworkReply::NoError || status != 200) {
        fail(classify(reply),
            QStringLiteral("manifest: %1")
                .arg(status >= 300 ? QStringLiteral("the server answered %1").arg(status) : reply->errorString()));
        return;
    }
    m_etag = QString::fromLatin1(reply->rawHeader("ETag"));
    const auto envelope = reply->read(ContentLimits::maxManifestBytes + 1);
    m_summary.bytes += envelope.size();
    if (envelope.size() > ContentLimits::maxManifestBytes) {
        fail(Error::TooLarge, QStringLiteral("the manifest is larger than allowed"));
        return;
    }
    if (checkManifest(envelope)) {
        startDownloads();
    }
}

bool SyncJob::checkManifest(const QByteArray &envelope)
{
    ManifestSignature::Problem problem = ManifestSignature::Problem::None;
    QString why;
    const auto payload = ManifestSignature::open(envelope, m_installed.trustedKeys, &problem, &why, &m_signedBy);
    if (!payload) {
        fail(problem == ManifestSignature::Problem::UnknownKey        ? Error::UnknownKey
                : problem == ManifestSignature::Problem::BadSignature ? Error::BadSignature
                                                                      : Error::Malformed,
            why);
        return false;
    }
    Manifest::Problem mp = Manifest::Problem::None;
    const auto manifest = Manifest::fromJson(*payload, &why, &mp);
    if (!manifest) {
        fail(mp == Manifest::Problem::UnsafeId      ? Error::UnsafeId
                : mp == Manifest::Problem::TooLarge ? Error::TooLarge
                                                    : Error::Malformed,
            why);
        return false;
    }
    m_manifest = *manifest;
    if (m_manifest.region != m_installed.region) {
        fail(Error::WrongRegion,
            QStringLiteral("the update is for region '%1', this content is '%2'")
                .arg(m_manifest.region.left(40), m_installed.region));
        return false;
    }
    switch (m_manifest.checkTime(QDateTime::currentDateTimeUtc(), &why)) {
    case Manifest::Problem::None:
        break;
    case Manifest::Problem::NotYetValid:
        fail(Error::NotYetValid, why);
        return false;
    default:
        fail(Error::Expired, why);
        return false;
    }
    m_plan = ContentUpdate::plan(m_installed, m_manifest);
    if (m_manifest.version == m_installed.version && m_plan.isEmpty()) {
        succeed(Outcome::UpToDate);
        return false;
    }
    if (m_manifest.version <= m_installed.version) {
        fail(Error::Rollback,
            QStringLiteral("the update's version %1 is not newer than the installed %2")
                .arg(m_manifest.version)
                .arg(m_installed.version));
        return false;
    }
    qint64 needed = 0;
    QSet<QString> counted;
    for (const auto &o : std::as_const(m_plan.fetch)) {
        if (!counted.contains(o.sha256)) {
            counted.insert(o.sha256);
            needed += o.size;
        }
    }
    // Room for the objects, the grown database and its rollback journal, checked before the first byte.
    const QStorageInfo storage(m_dataDir);
    const auto dbSize = QFileInfo(dbPath()).size();
    if (storage.isValid() && storage.bytesAvailable() >= 0 && storage.bytesAvailable() < 2 * needed + dbSize) {
        fail(Error::DiskFull,
            QStringLiteral("not enough free space: the update needs about %1 MB; free some space and try again")
                .arg(double(2 * needed + dbSize) / 1048576.0, 0, 'f', 1));
        return false;
    }
    return true;
}

void SyncJob::startDownloads()
{
    if (!QDir().mkpath(objectDir())) {
        fail(Error::DiskFull, QStringLiteral("cannot create %1").arg(QStringLiteral("sync/objects")));
        return;
    }
    setState(State::Downloading);
    m_queue.clear();
    m_total = 0;
    m_done = 0;
    // Objects are named by their hash: two entries with identical bytes (an untranslated copy) are one download,
    // one .part and one file, used by both when the update is applied.
    QSet<QString> queued;
    for (const auto &o : std::as_const(m_plan.fetch)) {
        if (queued.contains(o.sha256)) {
            continue;
        }
        queued.insert(o.sha256);
        // Objects fetched by an earlier, interrupted attempt are kept; only verified ones count.
        QFile kept(QDir(objectDir()).filePath(o.sha256));
        if (kept.open(QIODevice::ReadOnly)) {
            const auto bytes = kept.read(o.size + 1);
            kept.close();
            if (bytes.size() == o.size && ContentObject::sha256(bytes) == o.sha256) {
                continue;
            }
            kept.remove();
        }
        m_queue.push_back(o);
        m_total += o.size;
    }
    Q_EMIT progress(0, m_total);
    if (m_queue.isEmpty()) {
        applyAll();
        return;
    }
    startNext();
}

void SyncJob::startNext()
{
    while (!m_failed && m_running.size() < parallelDownloads && !m_queue.isEmpty()) {
        auto *d = new Download;
        d->object = m_queue.takeFirst();
        d->file.setFileName(QDir(objectDir()).filePath(d->object.sha256 + QStringLiteral(".part")));
        QNetworkRequest request(
            regionUrl(QStringLiteral("objects/%1/%2").arg(d->object.sha256.left(2), d->object.sha256)));
        request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
        request.setTransferTimeout(m_stallMs);
        // Objects are compressed already; asking for them as they are also keeps a server from sending a gzip bomb.
        request.setRawHeader("Accept-Encoding", "identity");
        // Resume what an interrupted attempt left in .part.
        const auto have = d->file.size();
        if (have > 0 && have < d->object.size && d->file.open(QIODevice::ReadWrite | QIODevice::Append)) {
            d->file.seek(0);
            d->hash.addData(&d->file); // what the earlier attempt already received
            request.setRawHeader("Range", "bytes=" + QByteArray::number(have) + '-');
        } else if (!d->file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            const auto error = d->file.errorString();
            delete d;
            fail(Error::DiskFull,
                QStringLiteral("cannot write an object (%1); free some space and try again").arg(error));
            return;
        }
        d->reply = m_network->get(request);
        // A slow link still gets through a large object; a drip of bytes does not hold the sync forever.
        watchDeadline(
            d->reply, ContentLimits::requestBaseDeadlineMs + d->object.size * 1000 / ContentLimits::minBytesPerSecond);
        m_running.push_back(d);
        connect(d->reply, &QNetworkReply::readyRead, this, [this, d] { downloadReadyRead(d); });
        connect(d->reply, &QNetworkReply::finished, this, [this, d] { downloadFinished(d); });
    }
}

void SyncJob::downloadReadyRead(Download *d)
{
    if (!d->headersSeen) {
        d->headersSeen = true;
        const int status = d->reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 200 && d->file.size() > 0) {
            // A server that ignores Range sends the whole object: start the file over.
            d->file.resize(0);
            d->file.seek(0);
            d->hash.reset();
        } else if (status == 206 && rangeStart(d->reply->rawHeader("Content-Range")) != d->file.size()) {
            // A part that does not continue the file would corrupt it.
            d->discard = true;
            d->badRange = true;
        } else if (status != 200 && status != 206) {
            // An error page is not the object: keep it out of the .part, which still holds what was received.
            d->discard = true;
        }
    }
    const auto data = d->reply->readAll();
    m_summary.bytes += data.size();
    if (d->discard) {
        return;
    }
    if (d->file.size() + data.size() > d->object.size) {
        d->overCap = true;
        d->reply->abort();
        return;
    }
    d->hash.addData(data);
    if (d->file.write(data) != data.size()) {
        d->writeFailed = true;
        d->writeError = d->file.errorString();
        d->reply->abort();
        return;
    }
    m_done += data.size();
    Q_EMIT progress(m_done, m_total);
}

void SyncJob::downloadFinished(Download *d)
{
    m_running.removeOne(d);
    d->reply->deleteLater();
    ++m_summary.requests;
    const std::unique_ptr<Download> owner(d);
    if (m_failed) {
        return;
    }
    if (d->reply->bytesAvailable() > 0) {
        downloadReadyRead(d);
    }
    const bool flushed = d->file.flush();
    d->file.close();
    const int status = d->reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (d->writeFailed || !flushed) {
        fail(Error::DiskFull,
            QStringLiteral("cannot save object %1: %2")
                .arg(d->object.id, d->writeError.isEmpty() ? d->file.errorString() : d->writeError));
        return;
    }
    if (d->overCap) {
        d->file.remove();
        fail(Error::TooLarge, QStringLiteral("object %1 is larger than the manifest says").arg(d->object.id));
        return;
    }
    if (d->badRange) {
        d->file.remove();
        fail(Error::Http,
            QStringLiteral("object %1: the server answered with a part that does not continue it").arg(d->object.id));
        return;
    }
    if (d->reply->property("deadline").toBool()) {
        fail(Error::Timeout,
            QStringLiteral("object %1: no complete answer within the time allowed for its size; what arrived is kept")
                .arg(d->object.id));
        return;
    }
    if (d->discard || d->reply->error() != QNetworkReply::NoError || (status != 200 && status != 206)) {
        fail(classify(d->reply),
            QStringLiteral("object %1: %2")
                .arg(d->object.id,
                    status >= 300 ? QStringLiteral("the server answered %1").arg(status) : d->reply->errorString()));
        return;
    }
    if (d->file.size() != d->object.size) {
        fail(Error::Truncated,
            QStringLiteral("object %1 arrived truncated (%2 of %3 bytes)")
                .arg(d->object.id)
                .arg(d->file.size())
                .arg(d->object.size));
        return;
    }
    if (QString::fromLatin1(d->hash.result().toHex()) != d->object.sha256) {
        d->file.remove();
        fail(Error::HashMismatch, QStringLiteral("object %1 does not match its SHA-256").arg(d->object.id));
        return;
    }
    const auto final = QDir(objectDir()).filePath(d->object.sha256);
    QFile::remove(final);
    if (!d->file.rename(final)) {
        fail(Error::DiskFull, QStringLiteral("cannot keep object %1: %2").arg(d->object.id, d->file.errorString()));
        return;
    }
    ++m_summary.objects;
    if (m_queue.isEmpty() && m_running.isEmpty()) {
        applyAll();
    } else {
        startNext();
    }
}

void SyncJob::applyAll()
{
    setState(State::Applying);
    // The transaction runs off the UI thread; it touches only its own connection.
    struct Result
    {
        bool ok = false;
        QString error;
        ContentUpdate::Problem problem = ContentUpdate::Problem::None;
    };
    auto result = std::make_shared<Result>();
    auto *thread = QThread::create([result, db = dbPath(), manifest = m_manifest, plan = m_plan, dir = objectDir(),
                                       installed = m_installed, signedBy = m_signedBy, lock = m_lock] {
        Q_UNUSED(lock) // the data folder stays locked until the transaction is over, even if the job is gone
        result->ok
            = ContentUpdate::apply(db, manifest, plan, dir, installed, &result->error, &result->problem, signedBy);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, [this, result] {
        if (m_failed) {
            return;
        }
        if (!result->ok) {
            using P = ContentUpdate::Problem;
            switch (result->problem) {
            case P::Damaged:
                // Found inside the transaction: restore the bundled copy once and start over from it; the objects
                // downloaded so far are kept and reused.
                if (!m_summary.repaired && !m_bundledDb.isEmpty()) {
                    setState(State::CheckingManifest);
                    prepare(true);
                } else {
                    fail(Error::Damaged, result->error);
                }
                return;
            case P::LockOut:
                fail(Error::LockOut, result->error);
                return;
            case P::TooLarge:
                fail(Error::TooLarge, result->error);
                return;
            case P::Malformed:
                fail(Error::Malformed, result->error);
                return;
            case P::Changed:
            case P::Failed:
            case P::None:
                break;
            }
            // SQLite says "database or disk is full" or "disk I/O error" when a write runs out of room.
            const bool noRoom = result->error.contains(QLatin1String("disk is full"))
                || result->error.contains(QLatin1String("disk I/O error"));
            fail(noRoom ? Error::DiskFull : Error::Apply,
                noRoom ? QStringLiteral("not enough space to apply the update (%1); free some space and try again")
                             .arg(result->error)
                       : result->error);
            return;
        }
        for (const auto &o : std::as_const(m_plan.fetch)) {
            QFile::remove(QDir(objectDir()).filePath(o.sha256));
        }
        m_summary.version = m_manifest.version;
        m_summary.notes = m_manifest.notes;
        succeed(Outcome::Updated);
    });
    thread->start();
}

void SyncJob::succeed(Outcome outcome)
{
    if (!m_etag.isEmpty()) {
        QDir().mkpath(syncDir());
        QSaveFile f(QDir(syncDir()).filePath(QStringLiteral("state.json")));
        if (f.open(QIODevice::WriteOnly)) {
            f.write(QJsonDocument(QJsonObject { { QStringLiteral("etag"), m_etag },
                                      { QStringLiteral("version"),
                                          outcome == Outcome::Updated ? m_manifest.version : m_installed.version },
                                      { QStringLiteral("expires"), m_manifest.expires.toUTC().toString(Qt::ISODate) } })
                        .toJson(QJsonDocument::Compact));
            f.commit();
        }
    }
    m_deadline.stop();
    m_lock.reset();
    m_summary.outcome = outcome;
    setState(State::Finished);
    Q_EMIT finished(m_summary);
}

void SyncJob::fail(Error error, const QString &message)
{
    if (m_failed) {
        return;
    }
    m_failed = true;
    m_deadline.stop();
    for (auto *d : std::as_const(m_running)) {
        d->reply->disconnect(this);
        d->reply->abort();
        d->reply->deleteLater();
        d->file.close(); // the .part stays for the next attempt
        delete d;
    }
    m_running.clear();
    m_lock.reset();
    m_summary.outcome = Outcome::Failed;
    m_summary.error = error;
    m_summary.message = message;
    m_summary.version = m_installed.version;
    setState(State::Finished);
    Q_EMIT finished(m_summary);
}

SyncJob::Error SyncJob::classify(QNetworkReply *reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 300) {
        return Error::Http;
    }
    switch (reply->error()) {
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // what a transfer timeout reports
        return Error::Timeout;
    default:
        return Error::Network;
    }
}

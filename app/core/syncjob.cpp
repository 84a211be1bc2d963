// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncjob.h"
#include "contentobject.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSaveFile>
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
    bool overCap = false;
    bool writeFailed = false;
    QString writeError;
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
} // namespace

QString SyncJob::Summary::toLine() const
{
    const auto counts = QStringLiteral("%1 objects, %2 bytes, %3 requests").arg(objects).arg(bytes).arg(requests);
    switch (outcome) {
    case Outcome::Updated:
        return QStringLiteral("sync: updated to version %1 (%2)").arg(version).arg(counts);
    case Outcome::UpToDate:
        return QStringLiteral("sync: up to date at version %1 (%2)").arg(version).arg(counts);
    case Outcome::Failed:
        break;
    }
    const auto name = kebab(QMetaEnum::fromType<Error>().valueToKey(int(error)));
    return QStringLiteral("sync: failed (%1): %2; content unchanged%3 (%4)")
        .arg(name, message, version > 0 ? QStringLiteral(" at version %1").arg(version) : QString(), counts);
}

SyncJob::SyncJob(QNetworkAccessManager *network, QString dataDir, QUrl baseUrl, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_dataDir(std::move(dataDir))
    , m_base(std::move(baseUrl))
{ }

void SyncJob::setTransferTimeout(int ms)
{
    m_timeoutMs = ms > 0 ? ms : defaultTimeoutMs;
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

QString SyncJob::syncDir() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("sync"));
}

QString SyncJob::objectDir() const
{
    return QDir(syncDir()).filePath(QStringLiteral("objects"));
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
    m_installed = ContentUpdate::readInstalled(QDir(m_dataDir).filePath(QStringLiteral("content.db")));
    if (!m_installed.ok) {
        fail(Error::NoContent, m_installed.error);
        return;
    }
    m_summary.version = m_installed.version;
    if (!m_base.isValid() || !(m_base.scheme() == QLatin1String("https") || m_base.scheme() == QLatin1String("http"))) {
        fail(Error::Malformed, QStringLiteral("the update address is not an http(s) URL"));
        return;
    }
    setState(State::CheckingManifest);
    QNetworkRequest request(regionUrl(QStringLiteral("manifest.json")));
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setTransferTimeout(m_timeoutMs);
    // The ETag is only worth sending while the content it was seen with is still the installed one.
    QFile stateFile(QDir(syncDir()).filePath(QStringLiteral("state.json")));
    if (stateFile.open(QIODevice::ReadOnly)) {
        const auto st = QJsonDocument::fromJson(stateFile.read(64 * 1024)).object();
        if (st.value(QLatin1String("version")).toInteger() == m_installed.version) {
            request.setRawHeader("If-None-Match", st.value(QLatin1String("etag")).toString().toLatin1());
        }
    }
    auto *reply = m_network->get(request);
    auto overCap = std::make_shared<bool>(false);
    connect(reply, &QNetworkReply::downloadProgress, this, [reply, overCap](qint64 received, qint64) {
        if (received > Manifest::maxManifestBytes) {
            *overCap = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, overCap] {
        reply->deleteLater();
        ++m_summary.requests;
        if (*overCap) {
            fail(Error::TooLarge, QStringLiteral("the manifest is larger than allowed"));
            return;
        }
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 304) {
            succeed(Outcome::UpToDate);
            return;
        }
        if (reply->error() != QNetworkReply::NoError || status != 200) {
            fail(classify(reply),
                QStringLiteral("manifest: %1")
                    .arg(status >= 400 ? QStringLiteral("the server answered %1").arg(status) : reply->errorString()));
            return;
        }
        m_etag = QString::fromLatin1(reply->rawHeader("ETag"));
        const auto envelope = reply->readAll();
        m_summary.bytes += envelope.size();
        if (checkManifest(envelope)) {
            startDownloads();
        }
    });
}

bool SyncJob::checkManifest(const QByteArray &envelope)
{
    ManifestSignature::Problem problem = ManifestSignature::Problem::None;
    QString why;
    const auto payload = ManifestSignature::open(envelope, m_installed.trustedKeys, &problem, &why);
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
    // An expired manifest may be a stale copy replayed to keep phones from a correction (freeze).
    if (m_manifest.expires < QDateTime::currentDateTimeUtc()) {
        fail(Error::Expired,
            QStringLiteral("the update expired on %1; the editors have not renewed it")
                .arg(m_manifest.expires.toUTC().toString(Qt::ISODate)));
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
    for (const auto &o : std::as_const(m_plan.fetch)) {
        needed += o.size;
    }
    // Room for the objects, the grown database and its rollback journal, checked before the first byte.
    const QStorageInfo storage(m_dataDir);
    const auto dbSize = QFileInfo(QDir(m_dataDir).filePath(QStringLiteral("content.db"))).size();
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
    for (const auto &o : std::as_const(m_plan.fetch)) {
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
        request.setTransferTimeout(m_timeoutMs);
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
        m_running.push_back(d);
        connect(d->reply, &QNetworkReply::readyRead, this, [this, d] { downloadReadyRead(d); });
        connect(d->reply, &QNetworkReply::finished, this, [this, d] { downloadFinished(d); });
    }
}

void SyncJob::downloadReadyRead(Download *d)
{
    if (!d->headersSeen) {
        d->headersSeen = true;
        // A server that ignores Range sends the whole object: start the file over.
        const int status = d->reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 200 && d->file.size() > 0) {
            d->file.resize(0);
            d->file.seek(0);
            d->hash.reset();
        }
    }
    const auto data = d->reply->readAll();
    m_summary.bytes += data.size();
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
    if (d->reply->error() != QNetworkReply::NoError || (status != 200 && status != 206)) {
        fail(classify(d->reply),
            QStringLiteral("object %1: %2")
                .arg(d->object.id,
                    status >= 400 ? QStringLiteral("the server answered %1").arg(status) : d->reply->errorString()));
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
    auto result = std::make_shared<std::pair<bool, QString>>(false, QString());
    const auto dbPath = QDir(m_dataDir).filePath(QStringLiteral("content.db"));
    auto *thread = QThread::create(
        [result, dbPath, manifest = m_manifest, plan = m_plan, dir = objectDir(), installed = m_installed] {
            result->first = ContentUpdate::apply(dbPath, manifest, plan, dir, installed, &result->second);
        });
    connect(thread, &QThread::finished, this, [this, thread, result] {
        thread->deleteLater();
        if (!result->first) {
            // SQLite says "database or disk is full" or "disk I/O error" when a write runs out of room.
            const bool noRoom = result->second.contains(QLatin1String("disk is full"))
                || result->second.contains(QLatin1String("disk I/O error"));
            fail(noRoom ? Error::DiskFull : Error::Apply,
                noRoom ? QStringLiteral("not enough space to apply the update (%1); free some space and try again")
                             .arg(result->second)
                       : result->second);
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
                                          outcome == Outcome::Updated ? m_manifest.version : m_installed.version } })
                        .toJson(QJsonDocument::Compact));
            f.commit();
        }
    }
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
    for (auto *d : std::as_const(m_running)) {
        d->reply->disconnect(this);
        d->reply->abort();
        d->reply->deleteLater();
        d->file.close(); // the .part stays for the next attempt
        delete d;
    }
    m_running.clear();
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
    if (status >= 400) {
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

// SPDX-License-Identifier: GPL-3.0-or-later
#include "tilestore.h"
#include "contentstore.h"
#include "mbtilespack.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace {
constexpr qint64 retryAfterMs = 60 * 1000;
constexpr int transferTimeoutMs = 15 * 1000;
} // namespace

QByteArray TileStore::userAgent()
{
    const auto version = QCoreApplication::applicationVersion();
    return "Welcome/" + (version.isEmpty() ? QByteArray("0") : version.toUtf8()) + " (offline newcomer guide)";
}

TileStore::TileStore(ContentStore *content, QString dataDir, QObject *parent)
    : QObject(parent)
    , m_content(content)
    , m_dataDir(std::move(dataDir))
{
    if (m_content) {
        connect(m_content, &ContentStore::contentChanged, this, &TileStore::serverChanged);
    }
    rescanPacks();
}

TileStore::~TileStore()
{
    for (auto *reply : std::as_const(m_running)) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void TileStore::setServerOverride(const QString &urlTemplate)
{
    m_override = urlTemplate;
    Q_EMIT serverChanged();
}

void TileStore::setNetworkAllowed(bool allowed)
{
    m_networkAllowed = allowed;
    Q_EMIT serverChanged();
}

void TileStore::setNetworkAccessManager(std::function<QNetworkAccessManager *()> network)
{
    m_networkSource = std::move(network);
}

QString TileStore::serverUrl() const
{
    if (!m_networkAllowed || m_override == QLatin1String("none")) {
        return {};
    }
    if (!m_override.isEmpty()) {
        return m_override;
    }
    return m_content ? m_content->tileUrl() : QString();
}

QString TileStore::serverAttribution() const
{
    return m_content ? m_content->tileAttribution() : QString();
}

QString TileStore::packAttribution() const
{
    QStringList parts;
    for (const auto &p : m_packs) {
        if (!p->attribution().isEmpty() && !parts.contains(p->attribution())) {
            parts.push_back(p->attribution());
        }
    }
    return parts.join(QStringLiteral(" · "));
}

int TileStore::maxZoom() const
{
    int z = m_content ? m_content->tileMaxZoom() : 19;
    for (const auto &p : m_packs) {
        z = std::max(z, p->maxZoom());
    }
    return std::clamp(z, 1, 22);
}

QStringList TileStore::packPaths() const
{
    QStringList out;
    for (const auto &p : m_packs) {
        out.push_back(p->path());
    }
    return out;
}

QString TileStore::cacheDirectory() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("cache/tiles"));
}

TileCache TileStore::cache() const
{
    // Cached tiles belong to the content's server, also while an override is in use for tests.
    const auto url = !m_override.isEmpty() && m_override != QLatin1String("none")
        ? m_override
        : (m_content ? m_content->tileUrl() : QString());
    return TileCache(cacheDirectory(), url);
}

void TileStore::rescanPacks()
{
    m_packs.clear();
    const QDir maps(QDir(m_dataDir).filePath(QStringLiteral("maps")));
    for (const auto &f : maps.entryList({ QStringLiteral("*.mbtiles") }, QDir::Files, QDir::Name)) {
        auto pack = std::make_unique<MbTilesPack>();
        if (pack->open(maps.filePath(f))) {
            m_packs.push_back(std::move(pack));
        } else {
            qInfo("welcome: map pack skipped: %s", qPrintable(pack->errorString()));
        }
    }
    Q_EMIT packsChanged();
}

TileStore::Located TileStore::locate(const TileKey &key)
{
    for (qsizetype i = 0; i < qsizetype(m_packs.size()); ++i) {
        if (m_packs[i]->contains(key.z, key.x, key.y)) {
            // The pack by file name (hex, so any name is safe in a URL): the provider opens its own connection.
            const auto file = QString::fromLatin1(QFileInfo(m_packs[i]->path()).fileName().toUtf8().toHex());
            return { QUrl(QStringLiteral("image://mbtiles/%1/%2/%3/%4").arg(file).arg(key.z).arg(key.x).arg(key.y)),
                Origin::Pack };
        }
    }
    const auto server = serverUrl();
    const auto hit = cache().find(key.z, key.x, key.y);
    const bool mayDownload = !server.isEmpty() && !m_running.contains(key) && !m_queue.contains(key)
        && QDateTime::currentMSecsSinceEpoch() - m_failedAt.value(key, -retryAfterMs) >= retryAfterMs;
    if (mayDownload && (!hit || hit->stale)) {
        m_queue.push_back(key);
        startDownloads();
    }
    if (hit) {
        return { QUrl::fromLocalFile(hit->path), Origin::Cache };
    }
    return {};
}

void TileStore::keepOnly(const QSet<TileKey> &wanted)
{
    m_queue.removeIf([&](const TileKey &k) { return !wanted.contains(k); });
}

void TileStore::startDownloads()
{
    const auto server = serverUrl();
    if (server.isEmpty()) {
        m_queue.clear();
        return;
    }
    if (!m_nam && m_networkSource) {
        m_nam = m_networkSource();
    }
    if (!m_nam) {
        m_ownNam = std::make_unique<QNetworkAccessManager>();
        m_nam = m_ownNam.get();
    }
    while (m_running.size() < maxParallelDownloads && !m_queue.isEmpty()) {
        const auto key = m_queue.takeLast();
        auto url = server;
        url.replace(QLatin1String("{z}"), QString::number(key.z))
            .replace(QLatin1String("{x}"), QString::number(key.x))
            .replace(QLatin1String("{y}"), QString::number(key.y));
        QNetworkRequest request { QUrl(url) };
        request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
        request.setTransferTimeout(transferTimeoutMs);
        auto *reply = m_nam->get(request);
        m_running.insert(key, reply);
        connect(reply, &QNetworkReply::finished, this, [this, reply, key] { finished(reply, key); });
    }
}

void TileStore::finished(QNetworkReply *reply, const TileKey &key)
{
    reply->deleteLater();
    m_running.remove(key);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const auto data = reply->error() == QNetworkReply::NoError && status == 200 ? reply->readAll() : QByteArray();
    if (!data.isEmpty() && cache().store(key.z, key.x, key.y, data)) {
        m_failedAt.remove(key);
        setUnreachable(false);
        Q_EMIT tileArrived(key);
    } else {
        m_failedAt.insert(key, QDateTime::currentMSecsSinceEpoch());
        // A 404 is one missing tile; no answer at all means the server cannot be reached.
        if (status == 0) {
            setUnreachable(true);
        }
    }
    startDownloads();
}

void TileStore::setUnreachable(bool unreachable)
{
    if (unreachable != m_unreachable) {
        m_unreachable = unreachable;
        Q_EMIT serverUnreachableChanged();
    }
}

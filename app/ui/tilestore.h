// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tilecache.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>

#include <functional>
#include <memory>
#include <vector>

class ContentStore;
class MbTilesPack;
class QNetworkAccessManager;
class QNetworkReply;

/** One tile of the XYZ scheme. */
struct TileKey
{
    int z = 0;
    int x = 0;
    int y = 0;
    friend bool operator==(const TileKey &, const TileKey &) = default;
};
inline size_t qHash(const TileKey &k, size_t seed = 0)
{
    return qHashMulti(seed, k.z, k.x, k.y);
}

/**
 * Where map tiles come from, in order: offline MBTiles packs in <data>/maps (*.mbtiles files), the disk cache in
 * <data>/cache/tiles, and the tile server named in the content (or a --tile-url override). Downloads go
 * through a small queue, at most two at a time, with an honest User-Agent, into the cache.
 */
class TileStore : public QObject
{
    Q_OBJECT
    /** The tile server's URL template in use; empty when tiles are never downloaded. */
    Q_PROPERTY(QString serverUrl READ serverUrl NOTIFY serverChanged)
    /** Shown whenever tiles from the server (fresh or cached) are drawn. */
    Q_PROPERTY(QString serverAttribution READ serverAttribution NOTIFY serverChanged)
    /** The offline packs' own attributions, joined; shown whenever pack tiles are drawn. */
    Q_PROPERTY(QString packAttribution READ packAttribution NOTIFY packsChanged)
    Q_PROPERTY(int packCount READ packCount NOTIFY packsChanged)
    /** Highest zoom any source has. */
    Q_PROPERTY(int maxZoom READ maxZoom NOTIFY serverChanged)
    /** True after a download failed (offline, server down) until one succeeds again. */
    Q_PROPERTY(bool serverUnreachable READ serverUnreachable NOTIFY serverUnreachableChanged)

public:
    /** The User-Agent every tile request carries, as tile servers' usage policies ask. */
    static QByteArray userAgent();
    static constexpr int maxParallelDownloads = 2;

    enum class Origin { None, Pack, Cache, Server };

    TileStore(ContentStore *content, QString dataDir, QObject *parent = nullptr);
    ~TileStore() override;

    /** A tile server to use instead of the content's (tests, screenshots); "none" disables downloads. */
    void setServerOverride(const QString &urlTemplate);
    /** Whether tiles may be downloaded at all (off in self-tests and screenshots without an override). */
    void setNetworkAllowed(bool allowed);
    /** Gives the app's one network manager (which outlives the store) when the first download needs it; without it,
     * the store makes its own. */
    void setNetworkAccessManager(std::function<QNetworkAccessManager *()> network);

    [[nodiscard]] QString serverUrl() const;
    [[nodiscard]] QString serverAttribution() const;
    [[nodiscard]] QString packAttribution() const;
    [[nodiscard]] int packCount() const { return int(m_packs.size()); }
    [[nodiscard]] int maxZoom() const;
    [[nodiscard]] bool serverUnreachable() const { return m_unreachable; }
    [[nodiscard]] QStringList packPaths() const;
    [[nodiscard]] QString cacheDirectory() const;

    struct Located
    {
        QUrl url; ///< image://mbtiles/…, file:…, or empty while missing
        Origin origin = Origin::None;
    };
    /** Where to draw @p key from now; queues a download when it is missing or stale and downloads are allowed. */
    Located locate(const TileKey &key);
    /** Drops queued downloads of tiles no longer on screen. */
    void keepOnly(const QSet<TileKey> &wanted);
    [[nodiscard]] int pendingDownloads() const { return int(m_queue.size() + m_running.size()); }

    /** Re-reads <data>/maps (after a pack was added). */
    Q_INVOKABLE void rescanPacks();

Q_SIGNALS:
    void serverChanged();
    void packsChanged();
    void serverUnreachableChanged();
    /** A downloaded tile is in the cache now. */
    void tileArrived(const TileKey &key);

private:
    void startDownloads();
    void finished(QNetworkReply *reply, const TileKey &key);
    void setUnreachable(bool unreachable);
    [[nodiscard]] TileCache cache() const;

    QPointer<ContentStore> m_content;
    QString m_dataDir;
    QString m_override;
    bool m_networkAllowed = true;
    bool m_unreachable = false;
    std::function<QNetworkAccessManager *()> m_networkSource;
    QPointer<QNetworkAccessManager> m_nam;
    std::unique_ptr<QNetworkAccessManager> m_ownNam;
    std::vector<std::unique_ptr<MbTilesPack>> m_packs;
    QList<TileKey> m_queue; ///< newest request last: the view asks for what it shows now
    QHash<TileKey, QNetworkReply *> m_running;
    QHash<TileKey, qint64> m_failedAt; ///< msecs since epoch; no retry for a while
};

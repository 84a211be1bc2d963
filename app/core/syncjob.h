// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contentupdate.h"
#include "manifest.h"

#include <QFile>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

/**
 * One content sync: conditional GET of the signed manifest → checks (signature, trusted key, region, newer
 * version, expiry, caps) → download of the changed objects only, a few at a time, each to ".part", hash-checked
 * and kept for the next attempt → one SQLite transaction. Every way it can fail has its own Error.
 */
class SyncJob : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, CheckingManifest, Downloading, Applying, Finished };
    Q_ENUM(State)
    enum class Error {
        None,
        NoContent, ///< nothing installed to update
        Network, ///< host unreachable, connection refused or reset
        Timeout,
        Http, ///< the server answered with an error status
        Malformed, ///< manifest or object not in the expected form
        TooLarge, ///< manifest or object over its cap or its declared size
        UnknownKey,
        BadSignature,
        WrongRegion,
        Rollback, ///< not newer than the installed content
        Expired,
        UnsafeId,
        HashMismatch,
        Truncated,
        DiskFull, ///< a write failed, usually for lack of space
        Apply, ///< the database refused the update
    };
    Q_ENUM(Error)
    enum class Outcome { Updated, UpToDate, Failed };
    Q_ENUM(Outcome)

    struct Summary
    {
        Outcome outcome = Outcome::Failed;
        Error error = Error::None;
        QString message;
        qint64 version = -1; ///< installed version afterwards
        int objects = 0; ///< objects downloaded
        qint64 bytes = 0; ///< body bytes received
        int requests = 0;
        QString notes;
        /** One line: status, version, objects, bytes, requests. */
        [[nodiscard]] QString toLine() const;
    };

    /** @p baseUrl is the publish root; the manifest is at <baseUrl>/<region>/manifest.json. */
    SyncJob(QNetworkAccessManager *network, QString dataDir, QUrl baseUrl, QObject *parent = nullptr);
    ~SyncJob() override;

    /** A slow mobile link gets this long without a byte before a transfer is given up. */
    static constexpr int defaultTimeoutMs = 20000;
    /** Tests of stalled transfers give up sooner; 0 or less: the default. Call before start(). */
    void setTransferTimeout(int ms);

    void start();
    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] const Summary &summary() const { return m_summary; }

    /** Parallel object downloads; a few, to be kind to small hosts. */
    static constexpr int parallelDownloads = 3;

Q_SIGNALS:
    void stateChanged(SyncJob::State state);
    void progress(qint64 received, qint64 total);
    void finished(const SyncJob::Summary &summary);

private:
    struct Download;

    void setState(State s);
    void manifestFinished();
    bool checkManifest(const QByteArray &envelope);
    void startDownloads();
    void startNext();
    void downloadReadyRead(Download *d);
    void downloadFinished(Download *d);
    void applyAll();
    void succeed(Outcome outcome);
    void fail(Error error, const QString &message);
    [[nodiscard]] QString syncDir() const;
    [[nodiscard]] QString objectDir() const;
    [[nodiscard]] QUrl regionUrl(const QString &path) const;
    static Error classify(QNetworkReply *reply);

    QNetworkAccessManager *m_network;
    QString m_dataDir;
    QUrl m_base;
    State m_state = State::Idle;
    Summary m_summary;
    ContentUpdate::Installed m_installed;
    Manifest m_manifest;
    ContentUpdate::Plan m_plan;
    QString m_etag;
    QList<ManifestObject> m_queue;
    QList<Download *> m_running;
    qint64 m_total = 0;
    qint64 m_done = 0;
    bool m_failed = false;
    int m_timeoutMs = defaultTimeoutMs;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contentlimits.h"
#include "contentupdate.h"
#include "manifest.h"

#include <QFile>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <memory>

class DataFolderLock;
class QNetworkAccessManager;
class QNetworkReply;

/**
 * One content sync: the data folder's lock → recovery and quick_check of the installed content (damaged content is
 * replaced by the app's bundled copy first) → conditional GET of the signed manifest → checks (signature, trusted
 * key, region, newer version, time, caps) → download of the changed objects only, each distinct object once, a few
 * at a time, each to ".part", hash-checked and kept for the next attempt → one SQLite transaction. Every request and
 * the whole sync have deadlines (see ContentLimits). Every way it can fail has its own Error.
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
        Busy, ///< another sync (or the installer) is writing this data folder
        Damaged, ///< the installed content is damaged and could not be restored
        Network, ///< host unreachable, connection refused or reset
        Timeout, ///< a transfer stalled, or a request or the whole sync ran past its deadline
        Http, ///< the server answered with an error status, or with one that makes no sense for the request
        Malformed, ///< manifest or object not in the expected form
        TooLarge, ///< manifest or object over its cap or its declared size
        UnknownKey,
        BadSignature,
        WrongRegion,
        Rollback, ///< not newer than the installed content
        Expired,
        NotYetValid, ///< published after this device's time (beyond the allowed clock skew)
        LockOut, ///< the update's trusted keys would refuse every later update
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
        bool repaired = false; ///< damaged content was replaced by the bundled copy first
        /** One line: status, version, objects, bytes, requests. */
        [[nodiscard]] QString toLine() const;
    };

    /** @p baseUrl is the publish root; the manifest is at <baseUrl>/<region>/manifest.json. */
    SyncJob(QNetworkAccessManager *network, QString dataDir, QUrl baseUrl, QObject *parent = nullptr);
    ~SyncJob() override;

    /** A slow mobile link gets this long without a byte before a transfer is given up. */
    static constexpr int defaultTimeoutMs = ContentLimits::stallTimeoutMs;
    /** Tests of stalled transfers give up sooner; 0 or less: the default. Call before start(). */
    void setTransferTimeout(int ms);
    /** The whole sync's deadline; 0 or less: the default (ContentLimits::syncDeadlineMs). Call before start(). */
    void setSyncDeadline(int ms);
    /** Where damaged content is restored from (see ContentInstaller); without it, damage only fails the sync. */
    void setRepairSource(const QString &bundledDb, const QString &bundledStamp);

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
    struct Prepared;

    void setState(State s);
    void prepare(bool repair);
    void prepared(const Prepared &p);
    void fetchManifest();
    void manifestFinished(QNetworkReply *reply, bool sentValidator);
    bool checkManifest(const QByteArray &envelope);
    void startDownloads();
    void startNext();
    void downloadReadyRead(Download *d);
    void downloadFinished(Download *d);
    void applyAll();
    void succeed(Outcome outcome);
    void fail(Error error, const QString &message);
    void watchDeadline(QNetworkReply *reply, qint64 ms);
    [[nodiscard]] QString syncDir() const;
    [[nodiscard]] QString objectDir() const;
    [[nodiscard]] QString dbPath() const;
    [[nodiscard]] QUrl regionUrl(const QString &path) const;
    static Error classify(QNetworkReply *reply);

    QNetworkAccessManager *m_network;
    QString m_dataDir;
    QUrl m_base;
    QString m_bundledDb;
    QString m_bundledStamp;
    State m_state = State::Idle;
    Summary m_summary;
    ContentUpdate::Installed m_installed;
    Manifest m_manifest;
    QByteArray m_signedBy;
    ContentUpdate::Plan m_plan;
    QString m_etag;
    QList<ManifestObject> m_queue; ///< one entry per distinct object (hash)
    QList<Download *> m_running;
    qint64 m_total = 0;
    qint64 m_done = 0;
    bool m_failed = false;
    int m_stallMs = ContentLimits::stallTimeoutMs;
    int m_deadlineMs = ContentLimits::syncDeadlineMs;
    QTimer m_deadline;
    std::shared_ptr<DataFolderLock> m_lock; ///< shared with the apply thread, which may outlive the job
};

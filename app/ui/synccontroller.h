// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "syncjob.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class ContentStore;
class QNetworkAccessManager;

/**
 * Content updates for the UI (the Sync singleton): runs a SyncJob from Settings, pull-to-refresh or on its own
 * (once after start when online and not metered, then with back-off after failures), reopens the content when
 * it changed and says what happened in one sentence.
 */
class SyncController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    /** 0..1 while objects download; 0 while the manifest is checked. */
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    /** What a running sync is doing, for the user; empty when idle. */
    Q_PROPERTY(QString state READ stateText NOTIFY stateChanged)
    /** The outcome of the last sync as a sentence for the user; empty before the first. */
    Q_PROPERTY(QString lastResult READ lastResult NOTIFY resultChanged)
    /** Whether the last sync failed for a reason worth showing as an error (being offline is not). */
    Q_PROPERTY(bool lastFailed READ lastFailed NOTIFY resultChanged)
    /** When the update server was last reached, ISO 8601 UTC; empty when unknown. */
    Q_PROPERTY(QString lastChecked READ lastChecked NOTIFY resultChanged)
    /** When the installed content was published (or built), ISO 8601. */
    Q_PROPERTY(QString contentDate READ contentDate NOTIFY contentDateChanged)
    /** Whether there is an update server to ask. */
    Q_PROPERTY(bool canSync READ canSync NOTIFY canSyncChanged)
    /** True after an update was installed in this run, until the user dismisses the notice. */
    Q_PROPERTY(bool justUpdated READ justUpdated NOTIFY justUpdatedChanged)

public:
    SyncController(ContentStore *content, QString dataDir, QObject *parent = nullptr);
    ~SyncController() override;

    [[nodiscard]] bool busy() const { return m_job != nullptr; }
    [[nodiscard]] double progress() const { return m_progress; }
    [[nodiscard]] QString stateText() const;
    [[nodiscard]] QString lastResult() const { return m_lastResult; }
    [[nodiscard]] bool lastFailed() const { return m_lastFailed; }
    [[nodiscard]] QString lastChecked() const;
    [[nodiscard]] QString contentDate() const;
    [[nodiscard]] bool canSync() const { return !updateUrl().isEmpty(); }
    [[nodiscard]] bool justUpdated() const { return m_justUpdated; }

    /** The publish root: the override if set, else the content's update_url. */
    [[nodiscard]] QString updateUrl() const;
    /** For tests and development: ask this server instead of the content's. */
    void setUpdateUrl(const QString &url);
    /** Gives the app's one network manager (which outlives the controller) when the first sync needs it; without
     * it, the controller makes its own. */
    void setNetworkAccessManager(std::function<QNetworkAccessManager *()> network)
    {
        m_networkSource = std::move(network);
    }
    /** How long a transfer may stall before it is given up; 0: SyncJob's default. */
    void setTransferTimeout(int ms) { m_timeoutMs = ms; }
    /** How long a whole sync may take; 0: the default. */
    void setSyncDeadline(int ms) { m_deadlineMs = ms; }

    /** Where damaged content is restored from before a sync goes on (the app's bundled content). */
    void setRepairSource(const QString &bundledDb, const QString &bundledStamp);

    /** Whether to sync without being asked; off for self-tests, screenshots and benchmarks. */
    void setAutomatic(bool automatic) { m_automatic = automatic; }
    /** Call once the first frame is shown: the automatic sync waits until then, and a little more. */
    void appStarted();
    /** One automatic attempt now: skipped when there is no server, a sync runs, or the network is off or metered. */
    void runAutomatic();
    /** The wait before the next automatic attempt after @p failures failures in a row (1 min doubling to 1 h). */
    [[nodiscard]] static int backoffMs(int failures);
    [[nodiscard]] int failures() const { return m_failures; }
    /** Whether an automatic attempt is scheduled. */
    [[nodiscard]] bool retryPending() const { return m_timer.isActive(); }

    Q_INVOKABLE void syncNow();
    Q_INVOKABLE void dismissUpdateNotice();

    /** The sentence shown for @p summary. */
    [[nodiscard]] static QString describe(const SyncJob::Summary &summary, bool offline);

Q_SIGNALS:
    void busyChanged();
    void progressChanged();
    void stateChanged();
    void resultChanged();
    void contentDateChanged();
    void canSyncChanged();
    void justUpdatedChanged();
    /** A sync ended (for tests). */
    void finished(SyncJob::Outcome outcome);

private:
    void start(bool automatic);
    void onFinished(const SyncJob::Summary &summary);
    void setProgress(double progress);
    [[nodiscard]] bool networkUsable() const;
    [[nodiscard]] static bool isOffline();

    QPointer<ContentStore> m_content;
    QString m_dataDir;
    QString m_urlOverride;
    std::function<QNetworkAccessManager *()> m_networkSource;
    QNetworkAccessManager *m_network = nullptr; ///< from m_networkSource, or the controller's child
    int m_timeoutMs = 0;
    int m_deadlineMs = 0;
    QString m_bundledDb;
    QString m_bundledStamp;
    SyncJob *m_job = nullptr;
    SyncJob::State m_state = SyncJob::State::Idle;
    double m_progress = 0;
    QString m_lastResult;
    bool m_lastFailed = false;
    QDateTime m_lastChecked;
    bool m_justUpdated = false;
    bool m_automatic = true;
    bool m_runIsAutomatic = false;
    bool m_waitingForNetwork = false;
    int m_failures = 0;
    QTimer m_timer; ///< the next automatic attempt
};

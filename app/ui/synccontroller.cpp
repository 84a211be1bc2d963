// SPDX-License-Identifier: GPL-3.0-or-later
#include "synccontroller.h"
#include "contentstore.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QNetworkInformation>

namespace {
// Start-up is measured to the first frame; the automatic sync waits a little beyond it.
constexpr int startDelayMs = 3000;
constexpr int firstRetryMs = 60 * 1000;
constexpr int maxRetryMs = 60 * 60 * 1000;
} // namespace

SyncController::SyncController(ContentStore *content, QString dataDir, QObject *parent)
    : QObject(parent)
    , m_content(content)
    , m_dataDir(std::move(dataDir))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncController::runAutomatic);
    if (m_content) {
        connect(m_content, &ContentStore::contentChanged, this, &SyncController::contentDateChanged);
        connect(m_content, &ContentStore::contentChanged, this, &SyncController::canSyncChanged);
        // Until this run reaches the server, the last applied update is the last time anyone did.
        if (m_content->metaValue(QStringLiteral("origin")) == QLatin1String("sync")) {
            m_lastChecked = QDateTime::fromString(m_content->metaValue(QStringLiteral("updated_at")), Qt::ISODate);
        }
    }
}

SyncController::~SyncController()
{
    delete m_job; // aborts its transfers; the content stays at the old version
}

QString SyncController::updateUrl() const
{
    if (!m_urlOverride.isEmpty()) {
        return m_urlOverride;
    }
    return m_content ? m_content->updateUrl() : QString();
}

void SyncController::setUpdateUrl(const QString &url)
{
    if (url != m_urlOverride) {
        m_urlOverride = url;
        Q_EMIT canSyncChanged();
    }
}

void SyncController::setRepairSource(const QString &bundledDb, const QString &bundledStamp)
{
    m_bundledDb = bundledDb;
    m_bundledStamp = bundledStamp;
}

QString SyncController::stateText() const
{
    if (!m_job) {
        return {};
    }
    switch (m_state) {
    case SyncJob::State::Idle:
    case SyncJob::State::CheckingManifest:
        return tr("Checking for updates…");
    case SyncJob::State::Downloading:
        return tr("Downloading the update…");
    case SyncJob::State::Applying:
    case SyncJob::State::Finished:
        return tr("Installing the update…");
    }
    return {};
}

QString SyncController::lastChecked() const
{
    return m_lastChecked.isValid() ? m_lastChecked.toUTC().toString(Qt::ISODate) : QString();
}

QString SyncController::contentDate() const
{
    if (!m_content || !m_content->isOpen()) {
        return {};
    }
    const auto published = m_content->metaValue(QStringLiteral("published_at"));
    return published.isEmpty() ? m_content->builtAt() : published;
}

void SyncController::appStarted()
{
    if (!m_automatic) {
        return;
    }
    // No backend (e.g. no NetworkManager) means "unknown", and unknown means try.
    if (QNetworkInformation::loadDefaultBackend()) {
        auto *info = QNetworkInformation::instance();
        const auto retry = [this] {
            if (m_waitingForNetwork && networkUsable()) {
                m_waitingForNetwork = false;
                m_timer.start(startDelayMs);
            }
        };
        connect(info, &QNetworkInformation::reachabilityChanged, this, retry);
        connect(info, &QNetworkInformation::isMeteredChanged, this, retry);
    }
    m_timer.start(startDelayMs);
}

bool SyncController::isOffline()
{
    const auto *info = QNetworkInformation::instance();
    if (!info) {
        return false;
    }
    const auto r = info->reachability();
    return r == QNetworkInformation::Reachability::Disconnected || r == QNetworkInformation::Reachability::Local;
}

bool SyncController::networkUsable() const
{
    const auto *info = QNetworkInformation::instance();
    // Metered data costs the user money: only an explicit request may use it.
    return !isOffline() && !(info && info->supports(QNetworkInformation::Feature::Metered) && info->isMetered());
}

void SyncController::runAutomatic()
{
    if (!canSync() || m_job) {
        return;
    }
    if (!networkUsable()) {
        m_waitingForNetwork = true; // resumed by the reachability signal
        return;
    }
    start(true);
}

int SyncController::backoffMs(int failures)
{
    if (failures <= 0) {
        return 0;
    }
    qint64 ms = firstRetryMs;
    for (int i = 1; i < failures && ms < maxRetryMs; ++i) {
        ms *= 2;
    }
    return int(std::min<qint64>(ms, maxRetryMs));
}

void SyncController::syncNow()
{
    if (m_job) {
        return;
    }
    if (!canSync()) {
        m_lastResult = tr("This content has no update server.");
        m_lastFailed = true;
        Q_EMIT resultChanged();
        return;
    }
    start(false);
}

void SyncController::dismissUpdateNotice()
{
    if (m_justUpdated) {
        m_justUpdated = false;
        Q_EMIT justUpdatedChanged();
    }
}

void SyncController::start(bool automatic)
{
    m_timer.stop();
    m_runIsAutomatic = automatic;
    if (!m_network) {
        m_network = m_networkSource ? m_networkSource() : new QNetworkAccessManager(this);
    }
    m_job = new SyncJob(m_network, m_dataDir, QUrl(updateUrl()), this);
    m_job->setTransferTimeout(m_timeoutMs);
    m_job->setSyncDeadline(m_deadlineMs);
    m_job->setRepairSource(m_bundledDb, m_bundledStamp);
    m_state = SyncJob::State::Idle;
    connect(m_job, &SyncJob::stateChanged, this, [this](SyncJob::State s) {
        m_state = s;
        Q_EMIT stateChanged();
    });
    connect(m_job, &SyncJob::progress, this,
        [this](qint64 received, qint64 total) { setProgress(total > 0 ? double(received) / double(total) : 0); });
    connect(m_job, &SyncJob::finished, this, &SyncController::onFinished);
    setProgress(0);
    Q_EMIT busyChanged();
    Q_EMIT stateChanged();
    m_job->start();
}

void SyncController::setProgress(double progress)
{
    if (!qFuzzyCompare(1 + progress, 1 + m_progress)) {
        m_progress = progress;
        Q_EMIT progressChanged();
    }
}

void SyncController::onFinished(const SyncJob::Summary &summary)
{
    // Called from inside the job: delete it once it has returned.
    m_job->deleteLater();
    m_job = nullptr;
    const bool offline = isOffline();
    const bool networkError = summary.error == SyncJob::Error::Network || summary.error == SyncJob::Error::Timeout;
    m_lastResult = describe(summary, offline);
    // No connection is no fault of the update: not shown as an error when offline or when nobody asked.
    m_lastFailed = summary.outcome == SyncJob::Outcome::Failed && !(networkError && (offline || m_runIsAutomatic));
    if (summary.outcome == SyncJob::Outcome::Failed) {
        ++m_failures;
        if (m_automatic && summary.error != SyncJob::Error::NoContent) {
            m_timer.start(backoffMs(m_failures));
        }
    } else {
        m_failures = 0;
        m_lastChecked = QDateTime::currentDateTimeUtc();
    }
    if ((summary.outcome == SyncJob::Outcome::Updated || summary.repaired) && m_content) {
        // Every model, the search worker and the pages follow contentChanged.
        m_content->open(QDir(m_dataDir).filePath(QStringLiteral("content.db")));
    }
    if (summary.outcome == SyncJob::Outcome::Updated) {
        m_justUpdated = true;
        Q_EMIT justUpdatedChanged();
    }
    m_state = SyncJob::State::Idle;
    setProgress(0);
    Q_EMIT busyChanged();
    Q_EMIT stateChanged();
    Q_EMIT resultChanged();
    Q_EMIT finished(summary.outcome);
}

QString SyncController::describe(const SyncJob::Summary &summary, bool offline)
{
    using E = SyncJob::Error;
    // Damage repaired on the way is the one thing said about it: the guide is whole again either way.
    if (summary.repaired) {
        switch (summary.outcome) {
        case SyncJob::Outcome::Updated:
            return tr("The guide's content on this device was damaged; it was restored and updated to version %1.")
                .arg(summary.version);
        case SyncJob::Outcome::UpToDate:
            return tr("The guide's content on this device was damaged and has been restored.");
        case SyncJob::Outcome::Failed:
            return tr("The guide's content on this device was damaged and has been restored from the app; the latest "
                      "update will be installed at the next attempt.");
        }
    }
    switch (summary.outcome) {
    case SyncJob::Outcome::Updated:
        return tr("The content was updated to version %1.").arg(summary.version);
    case SyncJob::Outcome::UpToDate:
        return tr("The content is up to date.");
    case SyncJob::Outcome::Failed:
        break;
    }
    switch (summary.error) {
    case E::Network:
    case E::Timeout:
        return offline ? tr("You are offline. The app looks for updates again when you are online.")
                       : tr("The update server could not be reached. Your content is unchanged; please try again "
                            "later.");
    case E::Http:
        return tr("The update server reported an error. Your content is unchanged; please try again later.");
    case E::UnknownKey:
    case E::BadSignature:
        return tr("The update is not genuine: its signature does not match. It was not installed.");
    case E::WrongRegion:
        return tr("The update is for another city or region. It was not installed.");
    case E::Rollback:
        return tr("The server offers older content than this device has. Nothing was changed.");
    case E::Expired:
        return tr("The update on the server has expired. It was not installed.");
    case E::NotYetValid:
        return tr("The update seems to come from the future: please check this device's date and time. It was not "
                  "installed.");
    case E::LockOut:
        return tr("The update would have stopped this device from receiving any later update, so it was not "
                  "installed.");
    case E::Busy:
        return tr("Another update of the content is running. Please try again in a moment.");
    case E::Damaged:
        return tr("The guide's content on this device is damaged. Please reinstall the app.");
    case E::Malformed:
    case E::TooLarge:
    case E::UnsafeId:
    case E::HashMismatch:
    case E::Truncated:
        return tr("The download was damaged or incomplete. Your content is unchanged; please try again later.");
    case E::DiskFull:
        return tr("There is not enough free space on this device for the update. Your content is unchanged.");
    case E::NoContent:
        return tr("No content is installed that could be updated.");
    case E::Apply:
    case E::None:
        break;
    }
    return tr("The update could not be installed. Your content is unchanged.");
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "synccommand.h"
#include "contentinstaller.h"
#include "syncjob.h"

#include <QCoreApplication>
#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QTextStream>

#include <csignal>

int SyncCommand::run(const AppOptions &options, const QString &dataDir, const QString &bundledDb,
    const QString &bundledStamp, int timeoutMs, int deadlineMs)
{
    // A write past a file-size limit must fail like a full disk, with a message, not kill the process.
    std::signal(SIGXFSZ, SIG_IGN);
    QTextStream err(stderr);
    ContentInstaller installer(bundledDb, bundledStamp);
    switch (installer.install(dataDir)) {
    case ContentInstaller::Result::Failed:
        err << "welcome: " << installer.errorString() << '\n';
        break;
    case ContentInstaller::Result::Repaired:
        err << "welcome: the installed content was damaged and was restored from the app's own copy\n";
        break;
    case ContentInstaller::Result::Installed:
    case ContentInstaller::Result::UpToDate:
    case ContentInstaller::Result::Busy: // the sync below says so
        break;
    }
    QNetworkAccessManager network;
    SyncJob job(&network, dataDir, QUrl(options.syncUrl));
    job.setTransferTimeout(timeoutMs);
    job.setSyncDeadline(deadlineMs);
    job.setRepairSource(bundledDb, bundledStamp);
    // Phases on stderr, so a test that interrupts a sync can tell where it stopped.
    QObject::connect(&job, &SyncJob::stateChanged, &job, [&err](SyncJob::State s) {
        err << "sync: " << QMetaEnum::fromType<SyncJob::State>().valueToKey(int(s)) << '\n';
        err.flush();
    });
    int status = 1;
    QObject::connect(&job, &SyncJob::finished, &job, [&status](const SyncJob::Summary &summary) {
        QTextStream(stdout) << summary.toLine() << '\n';
        status = summary.outcome == SyncJob::Outcome::Failed ? 1 : 0;
        QCoreApplication::quit();
    });
    job.start();
    if (job.state() != SyncJob::State::Finished) {
        QCoreApplication::exec();
    }
    return status;
}

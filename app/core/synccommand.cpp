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
    const QString &bundledStamp, int timeoutMs)
{
    // A write past a file-size limit must fail like a full disk, with a message, not kill the process.
    std::signal(SIGXFSZ, SIG_IGN);
    QTextStream err(stderr);
    ContentInstaller installer(bundledDb, bundledStamp);
    if (installer.install(dataDir) == ContentInstaller::Result::Failed) {
        err << "welcome: " << installer.errorString() << '\n';
    }
    QNetworkAccessManager network;
    SyncJob job(&network, dataDir, QUrl(options.syncUrl));
    job.setTransferTimeout(timeoutMs);
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

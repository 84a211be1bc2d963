// SPDX-License-Identifier: GPL-3.0-or-later
// bench-sync: what a phone downloads to stay current, against downloading the whole content.db (the baseline),
// with nginx serving both; and how long applying 2,000 changed objects takes, against a full rebuild.
#include "contentbuilder.h"
#include "contentpackager.h"
#include "contentupdate.h"
#include "corpus.h"
#include "localnginx.h"
#include "publisher.h"
#include "syncjob.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <ctime>

namespace {
QTextStream out(stdout);

struct Traffic
{
    int requests = 0;
    qint64 bytes = 0;
    double ms = 0;
    QString line;
};

// Requests and bytes as nginx logged them between two points: the wire, headers included.
Traffic between(const LocalNginx &nginx, qsizetype from)
{
    Traffic t;
    const auto all = nginx.requests();
    for (auto i = from; i < all.size(); ++i) {
        ++t.requests;
        t.bytes += all[i].bytesSent;
    }
    return t;
}

Traffic sync(QNetworkAccessManager &network, const LocalNginx &nginx, const QString &dataDir)
{
    const auto before = nginx.requests().size();
    SyncJob job(&network, dataDir, QUrl(nginx.url(QStringLiteral("pub/"))));
    QEventLoop loop;
    QObject::connect(&job, &SyncJob::finished, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    job.start();
    if (job.state() != SyncJob::State::Finished) {
        loop.exec();
    }
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    auto t = between(nginx, before);
    t.ms = ms;
    t.line = job.summary().toLine();
    return t;
}

bool publish(const ContentSource &source, const QString &key, const QString &www)
{
    const auto r = Publisher(source, key)
                       .publish(QDir(www).filePath(QStringLiteral("pub")), {}, 30, QDateTime::currentDateTimeUtc());
    if (!r.ok) {
        out << "publish failed: " << r.message << '\n';
    }
    return r.ok;
}

// CPU time of this thread: unlike wall time, hardly moved by other programs competing for the cores.
double threadCpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationVersion(QStringLiteral("bench"));
    int slugs = 2000;
    const auto args = QCoreApplication::arguments();
    const bool applyOnly = args.contains(QStringLiteral("--apply-only")); // skip the network cases
    if (const auto i = args.indexOf(QStringLiteral("--slugs")); i > 0 && i + 1 < args.size()) {
        slugs = args[i + 1].toInt();
    }
    int runs = 3; // of the apply and the rebuild; 1 suits a run under callgrind
    if (const auto i = args.indexOf(QStringLiteral("--runs")); i > 0 && i + 1 < args.size()) {
        runs = std::max(1, args[i + 1].toInt());
    }
    QTemporaryDir tmp;
    if (args.contains(QStringLiteral("--keep"))) { // leave the corpus, databases and staged objects for inspection
        tmp.setAutoRemove(false);
        out << "Working folder kept: " << tmp.path() << '\n';
    }
    QFile::setPermissions(tmp.path(),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther
            | QFileDevice::ExeOther | QFileDevice::ReadGroup | QFileDevice::ExeGroup);
    const auto path = [&tmp](const QString &rel) { return tmp.filePath(rel); };
    QString pub;
    QString error;
    if (!Publisher::generateKey(path(QStringLiteral("keys")), &pub, &error)) {
        out << error << '\n';
        return 1;
    }
    const auto key = path(QStringLiteral("keys/welcome-signing.key"));
    QDir().mkpath(path(QStringLiteral("empty")));
    auto source = SyntheticCorpus::generate({ slugs, 20261122 }, path(QStringLiteral("empty")));
    source.site.trustedKeys = { pub };
    const auto builtAt = QDateTime::currentDateTimeUtc();
    const auto baseDb = path(QStringLiteral("base.db"));
    QElapsedTimer timer;
    timer.start();
    if (!ContentBuilder(source).build(baseDb, builtAt)) {
        out << "build failed\n";
        return 1;
    }
    const double buildMs = double(timer.nsecsElapsed()) / 1e6;
    const auto articles = source.articles.size();

    Traffic first;
    Traffic nothing;
    Traffic oneChanged;
    Traffic allChanged;
    Traffic baseline { 1, 1, 0, {} };
    const auto www = path(QStringLiteral("www"));
    if (!applyOnly) {
        QDir().mkpath(QDir(www).filePath(QStringLiteral("baseline")));
        LocalNginx nginx;
        if (!publish(source, key, www) || !nginx.start(www, path(QStringLiteral("nginx")), &error)) {
            out << error << '\n';
            return 1;
        }
        QNetworkAccessManager network;
        const auto data = path(QStringLiteral("data"));
        QDir().mkpath(data);
        QFile::copy(baseDb, QDir(data).filePath(QStringLiteral("content.db")));

        first = sync(network, nginx, data); // no ETag yet: the whole manifest
        nothing = sync(network, nginx, data);

        auto one = source;
        one.site.version = 2;
        one.articles[0].article.title += QStringLiteral(" (geändert)");
        publish(one, key, www);
        oneChanged = sync(network, nginx, data);

        auto all = one;
        all.site.version = 3;
        for (auto &a : all.articles) {
            a.article.body += QStringLiteral("\n\nÜberarbeitet.\n");
        }
        publish(all, key, www);
        allChanged = sync(network, nginx, data);

        // Baseline: the whole database of the newest version, as a full download would fetch it.
        const auto latestDb = QDir(www).filePath(QStringLiteral("baseline/content.db"));
        ContentBuilder(all).build(latestDb, builtAt);
        const auto before = nginx.requests().size();
        {
            QNetworkRequest request(QUrl(nginx.url(QStringLiteral("baseline/content.db"))));
            auto *reply = network.get(request);
            QEventLoop loop;
            QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
            reply->deleteLater();
        }
        baseline = between(nginx, before);
    }

    // Applying 2,000 changed objects: staged on disk as a finished download leaves them, then one transaction.
    auto twoThousand = source;
    twoThousand.site.version = 4;
    const int changed = int(std::min<qsizetype>(2000, twoThousand.articles.size()));
    for (int i = 0; i < changed; ++i) {
        twoThousand.articles[i].article.body += QStringLiteral("\n\nNeu.\n");
    }
    Manifest manifest;
    manifest.region = twoThousand.site.region;
    manifest.version = 4;
    manifest.published = QDateTime::currentDateTimeUtc();
    manifest.expires = manifest.published.addDays(1);
    const auto staged = path(QStringLiteral("staged"));
    QDir().mkpath(staged);
    for (const auto &o : ContentPackager::objects(twoThousand)) {
        manifest.objects.push_back({ o.id, o.kind, o.lang, o.sha256, o.stored.size() });
        QFile f(QDir(staged).filePath(o.sha256));
        f.open(QIODevice::WriteOnly);
        f.write(o.stored);
    }
    QList<double> applyMs;
    QList<double> applyCpuMs;
    QList<double> rebuildMs;
    int planned = 0;
    for (int run = 0; run < runs; ++run) {
        const auto db = path(QStringLiteral("apply.db"));
        QFile::remove(db);
        QFile::copy(baseDb, db);
        const auto installed = ContentUpdate::readInstalled(db);
        const auto plan = ContentUpdate::plan(installed, manifest);
        planned = int(plan.fetch.size());
        timer.restart();
        const auto cpu = threadCpuMs();
        if (!ContentUpdate::apply(db, manifest, plan, staged, installed, &error)) {
            out << "apply failed: " << error << '\n';
            return 1;
        }
        applyMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        applyCpuMs.push_back(threadCpuMs() - cpu);
        timer.restart();
        ContentBuilder(twoThousand).build(path(QStringLiteral("rebuild.db")), builtAt);
        rebuildMs.push_back(double(timer.nsecsElapsed()) / 1e6);
    }

    const auto pct = [&](qint64 bytes) { return 100.0 * double(bytes) / double(baseline.bytes); };
    out << "Corpus: " << slugs << " slugs, " << articles << " article objects (de, fr, en), content.db "
        << QFileInfo(baseDb).size() / 1024 << " KiB, built in " << QString::number(buildMs, 'f', 0) << " ms\n\n";
    if (!applyOnly) {
        out << "| Case | Requests | Bytes on the wire | vs. whole content.db | Wall time "
               "|\n|---|---:|---:|---:|---:|\n";
        const auto row = [&](const QString &name, const Traffic &t) {
            out << "| " << name << " | " << t.requests << " | " << t.bytes << " | "
                << QString::number(pct(t.bytes), 'f', 2) << " % | " << QString::number(t.ms, 'f', 0) << " ms |\n";
        };
        row(QStringLiteral("Baseline: GET content.db"), baseline);
        row(QStringLiteral("First check, nothing changed (no ETag yet)"), first);
        row(QStringLiteral("(a) nothing changed"), nothing);
        row(QStringLiteral("(b) one article changed"), oneChanged);
        row(QStringLiteral("(c) everything changed"), allChanged);
    }
    out << "\n| Apply | Objects | Wall time, median of " << runs << " | CPU time, median of " << runs
        << " |\n|---|---:|---:|---:|\n";
    out << "| ContentUpdate::apply, one transaction | " << planned << " | " << QString::number(median(applyMs), 'f', 0)
        << " ms | " << QString::number(median(applyCpuMs), 'f', 0) << " ms |\n";
    out << "| Reference: full rebuild of content.db | " << articles << " | "
        << QString::number(median(rebuildMs), 'f', 0) << " ms | |\n\n";
    if (applyOnly) {
        out << "Target: apply 2,000 objects < 1 s: " << (median(applyMs) < 1000 ? "met" : "MISSED") << '\n';
        return 0;
    }
    out << "Summary lines:\n  " << first.line << "\n  " << nothing.line << "\n  " << oneChanged.line << "\n  "
        << allChanged.line << "\n";
    out << "Targets: (a) one request and < 1 KB: " << (nothing.requests == 1 && nothing.bytes < 1024 ? "met" : "MISSED")
        << "; (b) < 5 % of the baseline: " << (pct(oneChanged.bytes) < 5 ? "met" : "MISSED")
        << "; apply 2,000 objects < 1 s: " << (median(applyMs) < 1000 ? "met" : "MISSED") << '\n';
    return 0;
}

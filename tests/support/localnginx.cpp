// SPDX-License-Identifier: GPL-3.0-or-later
#include "localnginx.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <unistd.h>

LocalNginx::~LocalNginx()
{
    stop();
}

bool LocalNginx::start(const QString &root, const QString &workDir, QString *error)
{
    const auto nginx = QStandardPaths::findExecutable(QStringLiteral("nginx"),
        { QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin"), QStringLiteral("/usr/bin") });
    if (nginx.isEmpty()) {
        *error = QStringLiteral("nginx is not installed: run scripts/setup.sh");
        return false;
    }
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0)) {
            *error = QStringLiteral("no free loopback port");
            return false;
        }
        m_port = probe.serverPort();
    }
    m_workDir = workDir;
    QDir().mkpath(QDir(workDir).filePath(QStringLiteral("tmp")));
    QFile conf(QDir(workDir).filePath(QStringLiteral("nginx.conf")));
    if (!conf.open(QIODevice::WriteOnly)) {
        *error = conf.errorString();
        return false;
    }
    // As root, nginx's workers would drop to "nobody", who cannot read a private temporary folder.
    conf.write(QStringLiteral("%1worker_processes 1;\ndaemon off;\npid %2/nginx.pid;\nerror_log %2/error.log;\n"
                              "events { worker_connections 64; }\n"
                              "http {\n  log_format sync '$status $request_method $uri $bytes_sent';\n"
                              "  access_log %2/access.log sync;\n"
                              "  client_body_temp_path %2/tmp; proxy_temp_path %2/tmp; fastcgi_temp_path %2/tmp;\n"
                              "  uwsgi_temp_path %2/tmp; scgi_temp_path %2/tmp;\n"
                              "  types { application/json json; }\n  default_type application/octet-stream;\n"
                              "  gzip on; gzip_types application/json; gzip_min_length 512;\n"
                              "  server { listen 127.0.0.1:%3; root %4; }\n}\n")
                   .arg(::geteuid() == 0 ? QStringLiteral("user root;\n") : QString(), workDir)
                   .arg(m_port)
                   .arg(root)
                   .toUtf8());
    conf.close();
    m_process.start(nginx, { QStringLiteral("-p"), workDir, QStringLiteral("-c"), conf.fileName() });
    if (!m_process.waitForStarted()) {
        *error = m_process.errorString();
        return false;
    }
    for (int i = 0; i < 100; ++i) {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, m_port);
        if (s.waitForConnected(100)) {
            return true;
        }
        QThread::msleep(50);
    }
    *error = QStringLiteral("nginx did not start: ") + QString::fromUtf8(m_process.readAllStandardError());
    return false;
}

void LocalNginx::stop()
{
    if (m_process.state() == QProcess::NotRunning) {
        return;
    }
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished();
    }
}

QString LocalNginx::url(const QString &path) const
{
    return QStringLiteral("http://127.0.0.1:%1/%2").arg(m_port).arg(path);
}

QList<LocalNginx::Request> LocalNginx::requests() const
{
    QList<Request> out;
    QFile log(QDir(m_workDir).filePath(QStringLiteral("access.log")));
    if (!log.open(QIODevice::ReadOnly)) {
        return out;
    }
    for (const auto &line : log.readAll().split('\n')) {
        const auto f = QString::fromUtf8(line).split(QLatin1Char(' '));
        if (f.size() == 4) {
            out.push_back({ f[0].toInt(), f[1], f[2], f[3].toLongLong() });
        }
    }
    return out;
}

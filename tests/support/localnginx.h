// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QProcess>
#include <QString>

/**
 * nginx on a free loopback port serving one folder, configured and logged inside a work folder: the static host
 * that published updates live on, for the end-to-end tests and the sync benchmark. gzip is on for JSON, as a
 * real host would have it; the access log records status, method, path and bytes sent per request.
 */
class LocalNginx
{
public:
    struct Request
    {
        int status = 0;
        QString method;
        QString path;
        qint64 bytesSent = 0; ///< headers and body, as sent on the wire
    };

    LocalNginx() = default;
    ~LocalNginx();
    LocalNginx(const LocalNginx &) = delete;
    LocalNginx &operator=(const LocalNginx &) = delete;

    bool start(const QString &root, const QString &workDir, QString *error);
    void stop();
    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] QString url(const QString &path = {}) const;
    /** Every request logged so far, oldest first. */
    [[nodiscard]] QList<Request> requests() const;

private:
    QProcess m_process;
    QString m_workDir;
    quint16 m_port = 0;
};

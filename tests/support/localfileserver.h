// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QTcpServer>

class QTcpSocket;

/**
 * A tiny web server inside a test: answers GET with the file under its root (404 otherwise), one request per
 * connection. It can misbehave on purpose for paths that contain a given part (e.g. "/objects/"), so that tests
 * see the faults a real network has: server errors, a connection dropped or stalled halfway through a body.
 */
class LocalFileServer : public QObject
{
public:
    enum class Fault { None, NotFound, ServerError, Reset, Stall };

    explicit LocalFileServer(QString root);
    [[nodiscard]] QString url() const;
    [[nodiscard]] quint16 port() const { return m_server.serverPort(); }
    /** Answers requests whose path contains @p pathPart (every request when empty) with @p fault. */
    void setFault(Fault fault, const QString &pathPart = {});
    /** Requests answered so far. */
    [[nodiscard]] int requests() const { return m_requests; }

private:
    void respond(QTcpSocket *socket);

    QString m_root;
    QTcpServer m_server;
    Fault m_fault = Fault::None;
    QString m_faultPath;
    int m_requests = 0;
};

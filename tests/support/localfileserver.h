// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QTcpServer>

class QTcpSocket;

/**
 * A tiny web server inside a test: answers GET with the file under its root (404 otherwise), one request per
 * connection. It can misbehave on purpose for paths that contain a given part (e.g. "/objects/"), so that tests
 * see the faults a real network or a hostile host has: server errors (with or without a body), a connection dropped
 * or stalled halfway through a body, a body dripped one byte at a time, and "304 Not Modified" to any request.
 */
class LocalFileServer : public QObject
{
public:
    enum class Fault {
        None,
        NotFound,
        ServerError, ///< 500 with an empty body
        ErrorPage, ///< 500 with an HTML body, as many hosts send
        Reset, ///< half the body, then the connection is dropped
        Stall, ///< half the body, then silence
        Drip, ///< the whole body, one byte per dripInterval: never silent long enough for a stall timeout
        NotModified, ///< 304, whether or not the request sent a validator
    };

    explicit LocalFileServer(QString root);
    [[nodiscard]] QString url() const;
    [[nodiscard]] quint16 port() const { return m_server.serverPort(); }
    /** Answers requests whose path contains @p pathPart (every request when empty) with @p fault. */
    void setFault(Fault fault, const QString &pathPart = {});
    /** The pause between two bytes of a Drip answer. */
    void setDripInterval(int ms) { m_dripMs = ms; }
    /** Requests answered so far. */
    [[nodiscard]] int requests() const { return m_requests; }
    /** The request headers (request line included) of the last request. */
    [[nodiscard]] QByteArray lastRequest() const { return m_lastRequest; }

private:
    void respond(QTcpSocket *socket);
    void drip(QTcpSocket *socket, const QByteArray &body);

    QString m_root;
    QTcpServer m_server;
    Fault m_fault = Fault::None;
    QString m_faultPath;
    int m_requests = 0;
    int m_dripMs = 200;
    QByteArray m_lastRequest;
};

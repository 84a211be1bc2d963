// SPDX-License-Identifier: GPL-3.0-or-later
#include "localfileserver.h"

#include <QDir>
#include <QFile>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>
#include <utility>

LocalFileServer::LocalFileServer(QString root)
    : m_root(std::move(root))
{
    m_server.listen(QHostAddress::LocalHost);
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (auto *s = m_server.nextPendingConnection()) {
            connect(s, &QTcpSocket::readyRead, this, [this, s] { respond(s); });
            connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
        }
    });
}

QString LocalFileServer::url() const
{
    return QStringLiteral("http://127.0.0.1:%1/").arg(m_server.serverPort());
}

void LocalFileServer::setFault(Fault fault, const QString &pathPart)
{
    m_fault = fault;
    m_faultPath = pathPart;
}

void LocalFileServer::respond(QTcpSocket *s)
{
    // A request may arrive in pieces: answer once the headers are complete, and only once.
    if (s->property("answered").toBool()) {
        s->readAll();
        return;
    }
    const auto request = s->property("request").toByteArray() + s->readAll();
    s->setProperty("request", request);
    if (!request.contains("\r\n\r\n")) {
        return;
    }
    s->setProperty("answered", true);
    ++m_requests;
    m_lastRequest = request.left(request.indexOf("\r\n\r\n"));
    const auto path = QString::fromLatin1(request.split(' ').value(1));
    const auto fault = path.contains(m_faultPath) ? m_fault : Fault::None;
    if (fault == Fault::NotModified) {
        s->write("HTTP/1.1 304 Not Modified\r\nETag: \"anything\"\r\nConnection: close\r\n\r\n");
        s->disconnectFromHost();
        return;
    }
    QFile f(QDir(m_root).filePath(path.mid(1)));
    const bool found = fault != Fault::NotFound && !path.contains(QLatin1String("..")) && f.open(QIODevice::ReadOnly);
    if (!found || fault == Fault::ServerError) {
        s->write(found ? "HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                       : "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        s->disconnectFromHost();
        return;
    }
    if (fault == Fault::ErrorPage) {
        const QByteArray page = "<html><body><h1>500 Internal Server Error</h1><p>Try again later.</p></body></html>\n";
        s->write("HTTP/1.1 500 Internal Server Error\r\nContent-Type: text/html\r\nContent-Length: "
            + QByteArray::number(page.size()) + "\r\nConnection: close\r\n\r\n" + page);
        s->disconnectFromHost();
        return;
    }
    const auto body = f.readAll();
    s->write("HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n");
    if (fault == Fault::None) {
        s->write(body);
        s->disconnectFromHost();
        return;
    }
    if (fault == Fault::Drip) {
        drip(s, body);
        return;
    }
    s->write(body.left(body.size() / 2));
    s->flush();
    if (fault == Fault::Reset) {
        s->abort();
    } // Stall: the socket stays open and says nothing more
}

void LocalFileServer::drip(QTcpSocket *s, const QByteArray &body)
{
    auto *timer = new QTimer(s);
    auto sent = std::make_shared<qsizetype>(0);
    QPointer<QTcpSocket> socket(s);
    connect(timer, &QTimer::timeout, s, [socket, timer, body, sent] {
        if (!socket || socket->state() != QAbstractSocket::ConnectedState) {
            timer->stop();
            return;
        }
        socket->write(body.mid(*sent, 1));
        socket->flush();
        if (++*sent >= body.size()) {
            timer->stop();
            socket->disconnectFromHost();
        }
    });
    timer->start(m_dripMs);
}

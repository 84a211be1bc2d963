// SPDX-License-Identifier: GPL-3.0-or-later
#include "localfileserver.h"

#include <QDir>
#include <QFile>
#include <QTcpSocket>

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
    // A request may arrive in pieces: answer once the headers are complete.
    const auto request = s->property("request").toByteArray() + s->readAll();
    s->setProperty("request", request);
    if (!request.contains("\r\n\r\n")) {
        return;
    }
    ++m_requests;
    const auto path = QString::fromLatin1(request.split(' ').value(1));
    const auto fault = path.contains(m_faultPath) ? m_fault : Fault::None;
    QFile f(QDir(m_root).filePath(path.mid(1)));
    const bool found = fault != Fault::NotFound && !path.contains(QLatin1String("..")) && f.open(QIODevice::ReadOnly);
    if (!found || fault == Fault::ServerError) {
        s->write(found ? "HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                       : "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
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
    s->write(body.left(body.size() / 2));
    s->flush();
    if (fault == Fault::Reset) {
        s->abort();
    } // Stall: the socket stays open and says nothing more
}

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QBuffer>
#include <QColor>
#include <QImage>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

// A tiny tile server: answers GET /<z>/<x>/<y>.png a moment later (so parallel requests overlap), 404 for z = 1.
class LocalTileServer : public QObject
{
public:
    QTcpServer server;
    QStringList paths;
    QStringList userAgents;
    int inFlight = 0;
    int maxInFlight = 0;
    /** The colour of every tile served. */
    QColor colour = Qt::darkGreen;

    /** A 256 × 256 PNG tile of one colour. */
    static QByteArray png(QColor colour)
    {
        QImage image(256, 256, QImage::Format_RGB32);
        image.fill(colour);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return bytes;
    }

    LocalTileServer()
    {
        server.listen(QHostAddress::LocalHost);
        connect(&server, &QTcpServer::newConnection, this, [this] {
            while (auto *socket = server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    QString urlTemplate() const
    {
        return QStringLiteral("http://127.0.0.1:%1/{z}/{x}/{y}.png").arg(server.serverPort());
    }

private:
    void read(QTcpSocket *socket)
    {
        auto request = socket->property("request").toByteArray() + socket->readAll();
        socket->setProperty("request", request);
        if (!request.contains("\r\n\r\n") || socket->property("answered").toBool()) {
            return;
        }
        socket->setProperty("answered", true);
        const auto lines = request.split('\n');
        const auto path = QString::fromLatin1(lines.first().split(' ').value(1));
        paths.push_back(path);
        for (const auto &line : lines) {
            if (line.toLower().startsWith("user-agent:")) {
                userAgents.push_back(QString::fromLatin1(line.mid(11).trimmed()));
            }
        }
        maxInFlight = std::max(maxInFlight, ++inFlight);
        QTimer::singleShot(30, socket, [this, socket, path] {
            --inFlight;
            const bool missing = path.startsWith(QLatin1String("/1/"));
            const auto body = missing ? QByteArray("no such tile") : png(colour);
            socket->write(
                QByteArray(missing ? "HTTP/1.1 404 Not Found\r\n" : "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n")
                + "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
            socket->disconnectFromHost();
        });
    }
};

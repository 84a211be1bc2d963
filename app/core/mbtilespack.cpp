// SPDX-License-Identifier: GPL-3.0-or-later
#include "mbtilespack.h"
#include "mercator.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

MbTilesPack::~MbTilesPack()
{
    if (!m_connection.isEmpty()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool MbTilesPack::open(const QString &path)
{
    static std::atomic<int> counter = 0;
    if (!QFileInfo(path).isFile()) {
        m_error = QStringLiteral("no such file: %1").arg(path);
        return false;
    }
    m_path = path;
    m_connection = QStringLiteral("mbtiles-%1").arg(++counter);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(path);
    // Packs are downloaded files: never write to them, never create one by accident.
    m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!m_db.open()) {
        m_error = m_db.lastError().text();
        return false;
    }
    QSqlQuery check(m_db);
    if (!check.exec(QStringLiteral("SELECT zoom_level, tile_column, tile_row, tile_data FROM tiles LIMIT 1"))) {
        m_error = QStringLiteral("not an MBTiles file (no tiles table): %1").arg(path);
        m_db.close();
        return false;
    }
    QSqlQuery meta(m_db);
    if (meta.exec(QStringLiteral("SELECT name, value FROM metadata"))) {
        while (meta.next()) {
            const auto key = meta.value(0).toString();
            const auto value = meta.value(1).toString();
            bool isNumber = false;
            const int number = value.toInt(&isNumber);
            if (key == QLatin1String("name")) {
                m_name = value;
            } else if (key == QLatin1String("attribution")) {
                m_attribution = value;
            } else if (key == QLatin1String("minzoom") && isNumber) {
                m_minZoom = number;
            } else if (key == QLatin1String("maxzoom") && isNumber) {
                m_maxZoom = number;
            }
        }
    }
    return true;
}

QByteArray MbTilesPack::tile(int z, int x, int y) const
{
    if (!isOpen() || z < m_minZoom || z > m_maxZoom || z < 0 || z > 30) {
        return {};
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT tile_data FROM tiles WHERE zoom_level = :z AND tile_column = :x AND tile_row = :y LIMIT 1"));
    q.bindValue(QStringLiteral(":z"), z);
    q.bindValue(QStringLiteral(":x"), x);
    q.bindValue(QStringLiteral(":y"), Mercator::flipRow(y, z));
    return q.exec() && q.next() ? q.value(0).toByteArray() : QByteArray();
}

bool MbTilesPack::contains(int z, int x, int y) const
{
    if (!isOpen() || z < m_minZoom || z > m_maxZoom || z < 0 || z > 30) {
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT 1 FROM tiles WHERE zoom_level = :z AND tile_column = :x AND tile_row = :y LIMIT 1"));
    q.bindValue(QStringLiteral(":z"), z);
    q.bindValue(QStringLiteral(":x"), x);
    q.bindValue(QStringLiteral(":y"), Mercator::flipRow(y, z));
    return q.exec() && q.next();
}

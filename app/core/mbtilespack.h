// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

/**
 * One offline map pack: an MBTiles file (SQLite) of raster tiles, opened read-only.
 * Rows are stored bottom-up (TMS); callers ask with XYZ rows and the flip happens here.
 * One instance per thread: a SQLite connection must stay in the thread that opened it.
 */
class MbTilesPack
{
public:
    MbTilesPack() = default;
    ~MbTilesPack();
    MbTilesPack(const MbTilesPack &) = delete;
    MbTilesPack &operator=(const MbTilesPack &) = delete;

    /** Opens @p path; false (with errorString()) when it is not a readable MBTiles file. */
    bool open(const QString &path);
    [[nodiscard]] bool isOpen() const { return m_db.isOpen(); }
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] QString path() const { return m_path; }

    /** The encoded image (PNG, JPEG or WebP) of XYZ tile @p x, @p y at zoom @p z; empty when the pack lacks it. */
    [[nodiscard]] QByteArray tile(int z, int x, int y) const;
    /** Whether the pack has the tile, without reading it. */
    [[nodiscard]] bool contains(int z, int x, int y) const;

    /** From the metadata table; empty when missing. */
    [[nodiscard]] QString name() const { return m_name; }
    [[nodiscard]] QString attribution() const { return m_attribution; }
    [[nodiscard]] int minZoom() const { return m_minZoom; }
    [[nodiscard]] int maxZoom() const { return m_maxZoom; }

private:
    QSqlDatabase m_db;
    QString m_connection;
    QString m_path;
    QString m_error;
    QString m_name;
    QString m_attribution;
    int m_minZoom = 0;
    int m_maxZoom = 22;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

/**
 * Map tiles downloaded from a tile server, kept on disk as <dir>/<server>/<z>/<x>/<y>.
 * <server> is a short hash of the URL template, so tiles of two servers never mix.
 * Age is the file's modification time: old tiles are still drawn, and fetched again when allowed.
 */
class TileCache
{
public:
    /** Tiles older than this are refetched when the network may be used (the OSM tile policy asks for 7 days). */
    static constexpr int staleAfterDays = 7;

    TileCache(QString dir, const QString &urlTemplate);

    struct Hit
    {
        QString path;
        bool stale = false;
    };
    /** The cached file of a tile, if any. */
    [[nodiscard]] std::optional<Hit> find(int z, int x, int y) const;
    /** Writes a tile as "<file>.part" and renames it into place, so readers never see half a file. */
    bool store(int z, int x, int y, const QByteArray &data) const;
    [[nodiscard]] QString filePath(int z, int x, int y) const;
    [[nodiscard]] QString directory() const { return m_dir; }

private:
    QString m_dir;
};

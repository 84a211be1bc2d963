// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/**
 * Installs the content bundled with the app into the data folder on first start,
 * or when the bundled content is newer than the installed one.
 * The copy goes to a .part file, is checked, and only then replaces content.db.
 */
class ContentInstaller
{
public:
    enum class Result { Installed, UpToDate, Failed };

    /** A stamp is "<version> <source hash>", as `welcome-content build --stamp` writes it. */
    struct Stamp
    {
        qint64 version = -1;
        QString hash;
        QString origin; ///< "build" for bundled content, "sync" once an update was applied
    };

    /** @p bundledDb and @p bundledStamp are usually resource paths. */
    ContentInstaller(QString bundledDb, QString bundledStamp);

    Result install(const QString &dataDir);
    [[nodiscard]] QString errorString() const { return m_error; }

    static Stamp readStamp(const QString &stampFile);
    /** Reads version, hash and origin from an installed content.db; version -1 when it is unusable. */
    static Stamp readInstalled(const QString &dbPath);

private:
    QString m_bundledDb;
    QString m_bundledStamp;
    QString m_error;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/**
 * Keeps a readable content.db in the data folder: installs the content bundled with the app on first start, when
 * the bundled content is newer, and when the installed file is damaged; and before anything reads it, rolls back
 * what an interrupted update left behind.
 *
 * Damage is looked for with SQLite's quick_check whenever the file may have changed since it was last found whole:
 * after an interrupted write, and whenever its size, time or inode differ from those recorded at the last check
 * (content.db.verified). A start with untouched content costs no check; a sync checks before it writes.
 *
 * The copy goes to a .part file, is checked, and only then replaces content.db, which is first moved aside so that
 * its rollback journal is never found beside another file (SQLite would replay it into the new one).
 */
class ContentInstaller
{
public:
    enum class Result {
        Installed, ///< first start, or newer bundled content
        Repaired, ///< the installed content was damaged and the bundled copy replaced it
        UpToDate,
        Busy, ///< another process is writing the data folder (a sync); nothing was checked or changed
        Failed,
    };

    /** A stamp is "<version> <source hash>", as `welcome-content build --stamp` writes it. */
    struct Stamp
    {
        qint64 version = -1;
        QString hash;
        QString origin; ///< "build" for bundled content, "sync" once an update was applied
        bool damaged = false; ///< the file is there but cannot be read or fails SQLite's quick_check
    };

    /** @p bundledDb and @p bundledStamp are usually resource paths. */
    ContentInstaller(QString bundledDb, QString bundledStamp);

    /** Recovers, checks and, when needed, installs; takes the data folder's lock (see DataFolderLock) meanwhile. */
    Result install(const QString &dataDir);
    /**
     * Replaces content.db with the bundled copy, whatever is installed: the repair of damaged content a sync
     * found. The caller holds the data folder's lock.
     */
    Result reinstall(const QString &dataDir);
    [[nodiscard]] QString errorString() const { return m_error; }

    static Stamp readStamp(const QString &stampFile);
    /**
     * Reads version, hash and origin from an installed content.db; version -1 when it is unusable. With @p check,
     * SQLite's quick_check runs over the whole file as well (a few milliseconds for the bundled content).
     */
    static Stamp readInstalled(const QString &dbPath, bool check = false);
    /** Whether @p dbPath passes SQLite's quick_check, read-only; @p problem gets the first complaint. */
    static bool verify(const QString &dbPath, QString *problem = nullptr);
    /**
     * Rolls back a hot journal (or checkpoints a WAL) an interrupted write left beside @p dbPath, with a read-write
     * open, so that the app's read-only connections can read it; removes journals that belong to no file. The
     * caller holds the data folder's lock. False when the rollback failed (the file then counts as damaged).
     */
    static bool recover(const QString &dbPath, bool *interrupted = nullptr);

private:
    Result installLocked(const QString &dataDir, bool force);
    bool replace(const QString &part, const QString &target);

    QString m_bundledDb;
    QString m_bundledStamp;
    QString m_error;
};

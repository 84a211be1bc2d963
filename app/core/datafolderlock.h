// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/**
 * The one writer of a data folder's content: a sync, or the installer replacing content.db, holds it while it
 * writes, and a second one (another process or the same) is turned away instead of racing it.
 *
 * An flock() on "<data dir>/content.lock": the kernel drops the lock when its holder exits, however it exits, so a
 * killed sync never leaves the folder locked; the file itself stays and means nothing by its existence.
 */
class DataFolderLock
{
public:
    explicit DataFolderLock(const QString &dataDir);
    ~DataFolderLock();
    DataFolderLock(const DataFolderLock &) = delete;
    DataFolderLock &operator=(const DataFolderLock &) = delete;

    /** Takes the lock without waiting; false when another writer holds it or the file cannot be made. */
    bool tryLock();
    void unlock();
    [[nodiscard]] bool isLocked() const { return m_fd >= 0; }
    /** Why tryLock() failed. */
    [[nodiscard]] QString errorString() const { return m_error; }
    /** Whether tryLock() failed because another writer holds the lock. */
    [[nodiscard]] bool heldElsewhere() const { return m_heldElsewhere; }

private:
    QString m_path;
    QString m_error;
    int m_fd = -1;
    bool m_heldElsewhere = false;
};

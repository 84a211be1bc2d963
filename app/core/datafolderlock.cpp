// SPDX-License-Identifier: GPL-3.0-or-later
#include "datafolderlock.h"

#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

DataFolderLock::DataFolderLock(const QString &dataDir)
    : m_path(QDir(dataDir).filePath(QStringLiteral("content.lock")))
{ }

DataFolderLock::~DataFolderLock()
{
    unlock();
}

bool DataFolderLock::tryLock()
{
    if (m_fd >= 0) {
        return true;
    }
    m_heldElsewhere = false;
    // O_CLOEXEC: a process started from here must not inherit (and keep) the lock.
    const int fd = ::open(QFile::encodeName(m_path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) {
        m_error = QStringLiteral("cannot open %1: %2").arg(m_path, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    int rc = 0;
    do {
        rc = ::flock(fd, LOCK_EX | LOCK_NB);
    } while (rc != 0 && errno == EINTR);
    if (rc != 0) {
        m_heldElsewhere = errno == EWOULDBLOCK;
        m_error = m_heldElsewhere
            ? QStringLiteral("another sync or installation is writing this data folder")
            : QStringLiteral("cannot lock %1: %2").arg(m_path, QString::fromLocal8Bit(std::strerror(errno)));
        ::close(fd);
        return false;
    }
    m_fd = fd;
    return true;
}

void DataFolderLock::unlock()
{
    if (m_fd >= 0) {
        ::close(m_fd); // releases the flock
        m_fd = -1;
    }
}

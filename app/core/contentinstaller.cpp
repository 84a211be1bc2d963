// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentinstaller.h"
#include "contentschema.h"
#include "datafolderlock.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

#include <cstdio>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <utility>

namespace {
// A private connection to @p path, closed and removed with the object: QSqlDatabase::removeDatabase must run after
// every handle is gone.
class ScopedDb
{
public:
    ScopedDb(const QString &path, bool readOnly)
        : m_name(QStringLiteral("install-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY") : QString());
        m_open = db.open();
    }
    ~ScopedDb()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    ScopedDb(const ScopedDb &) = delete;
    ScopedDb &operator=(const ScopedDb &) = delete;
    [[nodiscard]] bool isOpen() const { return m_open; }
    [[nodiscard]] QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_open = false;
};

QStringList sideFiles(const QString &dbPath)
{
    return { dbPath + QStringLiteral("-journal"), dbPath + QStringLiteral("-wal"), dbPath + QStringLiteral("-shm") };
}

// What identifies one state of a file cheaply: a write changes the time, a replacement the inode.
QByteArray fingerprint(const QString &path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0) {
        return {};
    }
    return QByteArray::number(qint64(st.st_ino)) + ' ' + QByteArray::number(qint64(st.st_size)) + ' '
        + QByteArray::number(qint64(st.st_mtim.tv_sec)) + '.' + QByteArray::number(qint64(st.st_mtim.tv_nsec));
}

QString verifiedRecord(const QString &dbPath)
{
    return dbPath + QStringLiteral(".verified");
}

bool knownWhole(const QString &dbPath)
{
    QFile f(verifiedRecord(dbPath));
    const auto print = fingerprint(dbPath);
    return !print.isEmpty() && f.open(QIODevice::ReadOnly) && f.read(256).trimmed() == print;
}

void recordWhole(const QString &dbPath)
{
    QFile f(verifiedRecord(dbPath));
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        f.write(fingerprint(dbPath) + '\n');
    }
}

// The rename into place must be on disk before the installer calls the job done.
void syncDirectory(const QString &dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}
} // namespace

ContentInstaller::ContentInstaller(QString bundledDb, QString bundledStamp)
    : m_bundledDb(std::move(bundledDb))
    , m_bundledStamp(std::move(bundledStamp))
{ }

ContentInstaller::Stamp ContentInstaller::readStamp(const QString &stampFile)
{
    Stamp s;
    QFile f(stampFile);
    if (!f.open(QIODevice::ReadOnly)) {
        return s;
    }
    const auto parts = QString::fromUtf8(f.read(4096)).simplified().split(QLatin1Char(' '));
    if (parts.size() == 2) {
        bool ok = false;
        const auto v = parts[0].toLongLong(&ok);
        if (ok) {
            s.version = v;
            s.hash = parts[1];
            s.origin = QStringLiteral("build");
        }
    }
    return s;
}

bool ContentInstaller::verify(const QString &dbPath, QString *problem)
{
    ScopedDb c(dbPath, true);
    QString result = QStringLiteral("cannot be opened");
    if (c.isOpen()) {
        QSqlQuery q(c.db());
        // quick_check: every page and b-tree is read and checked, indexes are not compared with their tables;
        // linear in the file's size.
        result = q.exec(QStringLiteral("PRAGMA quick_check(1)")) && q.next() ? q.value(0).toString()
                                                                             : QStringLiteral("cannot be read");
    }
    if (problem) {
        *problem = result;
    }
    return result == QLatin1String("ok");
}

ContentInstaller::Stamp ContentInstaller::readInstalled(const QString &dbPath, bool check)
{
    Stamp s;
    if (!QFile::exists(dbPath)) {
        return s;
    }
    {
        ScopedDb c(dbPath, true);
        QHash<QString, QString> meta;
        bool readable = false;
        if (c.isOpen()) {
            QSqlQuery q(c.db());
            readable = q.exec(QStringLiteral("SELECT key, value FROM meta"));
            while (readable && q.next()) {
                meta.insert(q.value(0).toString(), q.value(1).toString());
            }
        }
        if (!readable) {
            s.damaged = true;
            return s;
        }
        // Another format is content an older or newer app wrote, not damage.
        if (meta.value(QStringLiteral("format")).toInt() != ContentSchema::formatVersion) {
            return s;
        }
        s.version = meta.value(QStringLiteral("version")).toLongLong();
        s.hash = meta.value(QStringLiteral("source_hash"));
        s.origin = meta.value(QStringLiteral("origin"), QStringLiteral("build"));
    }
    if (check && !verify(dbPath)) {
        s = {};
        s.damaged = true;
    }
    return s;
}

bool ContentInstaller::recover(const QString &dbPath, bool *interrupted)
{
    const auto sides = sideFiles(dbPath);
    if (interrupted) {
        *interrupted = QFile::exists(sides[0]) || QFile::exists(sides[1]);
    }
    if (!QFile::exists(dbPath)) {
        // Journals of a file that is gone (the installer moved it aside and was interrupted) belong to nothing; left
        // here, they would be replayed into whatever content.db comes next.
        for (const auto &f : sides) {
            QFile::remove(f);
        }
        return true;
    }
    if (!QFile::exists(sides[0]) && !QFile::exists(sides[1])) {
        return true;
    }
    // The first read of a read-write connection rolls a hot journal back (a read-only one cannot, and then fails
    // every read); SQLite itself decides whether the journal is hot (see "Hot Journals", sqlite.org/lockingv3.html).
    ScopedDb c(dbPath, false);
    if (!c.isOpen()) {
        return false;
    }
    QSqlQuery q(c.db());
    return q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && q.next();
}

ContentInstaller::Result ContentInstaller::install(const QString &dataDir)
{
    m_error.clear();
    if (!QDir().mkpath(dataDir)) {
        m_error = QStringLiteral("Cannot create the data folder %1.").arg(dataDir);
        return Result::Failed;
    }
    DataFolderLock lock(dataDir);
    if (!lock.tryLock()) {
        m_error = lock.errorString();
        return lock.heldElsewhere() ? Result::Busy : Result::Failed;
    }
    return installLocked(dataDir, false);
}

ContentInstaller::Result ContentInstaller::reinstall(const QString &dataDir)
{
    m_error.clear();
    return installLocked(dataDir, true);
}

ContentInstaller::Result ContentInstaller::installLocked(const QString &dataDir, bool force)
{
    const auto bundled = readStamp(m_bundledStamp);
    if (bundled.version < 0) {
        m_error = QStringLiteral("The app carries no readable content stamp (%1).").arg(m_bundledStamp);
        return Result::Failed;
    }
    const QDir dir(dataDir);
    const auto target = dir.filePath(QStringLiteral("content.db"));
    // What an interrupted run of this installer left.
    QFile::remove(target + QStringLiteral(".old"));
    bool interrupted = false;
    const bool recovered = recover(target, &interrupted);
    const bool check = force || interrupted || !knownWhole(target);
    const auto installed = readInstalled(target, check);
    if (check && installed.version >= 0) {
        recordWhole(target);
    }
    const bool damaged = force || !recovered || installed.damaged;
    // A newer bundle wins. At equal versions a different build of the same version (an editor's local change)
    // replaces bundled content, but never content that came through a signed update.
    const bool newer = bundled.version > installed.version;
    const bool rebuilt = bundled.version == installed.version && installed.origin != QLatin1String("sync")
        && bundled.hash != installed.hash;
    if (!damaged && !newer && !rebuilt) {
        return Result::UpToDate;
    }
    const QString part = target + QStringLiteral(".part");
    QFile::remove(part);
    QFile in(m_bundledDb);
    QFile out(part);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly)) {
        m_error = QStringLiteral("Cannot copy the bundled content: %1")
                      .arg(in.isOpen() ? out.errorString() : in.errorString());
        return Result::Failed;
    }
    const auto data = in.readAll();
    if (out.write(data) != data.size() || !out.flush()) {
        m_error = QStringLiteral("Cannot write the content to %1: %2").arg(part, out.errorString());
        out.close();
        QFile::remove(part);
        return Result::Failed;
    }
    ::fsync(out.handle()); // the rename below must not land before the data
    out.close();
    const auto copied = readInstalled(part, true);
    if (copied.version != bundled.version) {
        m_error = QStringLiteral("The copied content did not verify; the installed content is unchanged.");
        QFile::remove(part);
        return Result::Failed;
    }
    if (!replace(part, target)) {
        QFile::remove(part);
        return Result::Failed;
    }
    return installed.damaged || !recovered ? Result::Repaired : Result::Installed;
}

bool ContentInstaller::replace(const QString &part, const QString &target)
{
    // 1. The old file moves aside first: from here on no content.db exists that its journal could be replayed into.
    // 2. Its journal, WAL and shared memory go. Interrupted before this step, recover() drops them on the next start.
    // 3. The new file takes the name. Each rename is atomic; at no moment does a journal sit beside a file it does not
    //    belong to.
    const auto old = target + QStringLiteral(".old");
    if (QFile::exists(target)
        && std::rename(QFile::encodeName(target).constData(), QFile::encodeName(old).constData()) != 0) {
        m_error = QStringLiteral("Cannot replace %1.").arg(target);
        return false;
    }
    for (const auto &f : sideFiles(target)) {
        if (QFile::exists(f) && !QFile::remove(f)) {
            m_error = QStringLiteral("Cannot remove %1.").arg(f);
            std::rename(QFile::encodeName(old).constData(), QFile::encodeName(target).constData());
            return false;
        }
    }
    if (std::rename(QFile::encodeName(part).constData(), QFile::encodeName(target).constData()) != 0) {
        m_error = QStringLiteral("Cannot replace %1.").arg(target);
        return false;
    }
    syncDirectory(QFileInfo(target).absolutePath());
    QFile::remove(old);
    recordWhole(target); // checked as .part; the rename keeps its time and inode
    return true;
}

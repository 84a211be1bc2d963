// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentinstaller.h"
#include "contentschema.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

#include <cstdio>
#include <unistd.h>

#include <utility>

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
    const auto parts = QString::fromUtf8(f.readAll()).simplified().split(QLatin1Char(' '));
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

ContentInstaller::Stamp ContentInstaller::readInstalled(const QString &dbPath)
{
    Stamp s;
    if (!QFile::exists(dbPath)) {
        return s;
    }
    const QString name = QStringLiteral("stamp-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dbPath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            QHash<QString, QString> meta;
            if (q.exec(QStringLiteral("SELECT key, value FROM meta"))) {
                while (q.next()) {
                    meta.insert(q.value(0).toString(), q.value(1).toString());
                }
            }
            if (meta.value(QStringLiteral("format")).toInt() == ContentSchema::formatVersion) {
                s.version = meta.value(QStringLiteral("version")).toLongLong();
                s.hash = meta.value(QStringLiteral("source_hash"));
                s.origin = meta.value(QStringLiteral("origin"), QStringLiteral("build"));
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return s;
}

ContentInstaller::Result ContentInstaller::install(const QString &dataDir)
{
    m_error.clear();
    const auto bundled = readStamp(m_bundledStamp);
    if (bundled.version < 0) {
        m_error = QStringLiteral("The app carries no readable content stamp (%1).").arg(m_bundledStamp);
        return Result::Failed;
    }
    const QDir dir(dataDir);
    const auto target = dir.filePath(QStringLiteral("content.db"));
    const auto installed = readInstalled(target);
    // A newer bundle wins. At equal versions a different build of the same version (an editor's local change)
    // replaces bundled content, but never content that came through a signed update.
    const bool newer = bundled.version > installed.version;
    const bool rebuilt = bundled.version == installed.version && installed.origin != QLatin1String("sync")
        && bundled.hash != installed.hash;
    if (!newer && !rebuilt) {
        return Result::UpToDate;
    }
    if (!dir.mkpath(QStringLiteral("."))) {
        m_error = QStringLiteral("Cannot create the data folder %1.").arg(dataDir);
        return Result::Failed;
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
    const auto check = readInstalled(part);
    if (check.version != bundled.version) {
        m_error = QStringLiteral("The copied content did not verify; the installed content is unchanged.");
        QFile::remove(part);
        return Result::Failed;
    }
    // rename() replaces atomically on POSIX; QFile::rename would refuse to overwrite.
    if (std::rename(QFile::encodeName(part).constData(), QFile::encodeName(target).constData()) != 0) {
        m_error = QStringLiteral("Cannot replace %1.").arg(target);
        QFile::remove(part);
        return Result::Failed;
    }
    // A stale WAL or journal of the old file must not be applied to the new one.
    QFile::remove(target + QStringLiteral("-wal"));
    QFile::remove(target + QStringLiteral("-shm"));
    return Result::Installed;
}

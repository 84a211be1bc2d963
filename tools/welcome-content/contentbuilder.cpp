// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentbuilder.h"
#include "contentpackager.h"
#include "contentschema.h"
#include "contentwriter.h"
#include "searchindex.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <cstdio>

namespace {
// QtSql binds a null QString as SQL NULL; every text column here is NOT NULL.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}
} // namespace

ContentBuilder::ContentBuilder(const ContentSource &source)
    : m_source(source)
    , m_hash(source.sourceHash())
{ }

bool ContentBuilder::writeStamp(const QString &stampFile)
{
    QSaveFile f(stampFile);
    if (!f.open(QIODevice::WriteOnly)) {
        m_error = f.errorString();
        return false;
    }
    f.write(QStringLiteral("%1 %2\n").arg(m_source.site.version).arg(m_hash).toUtf8());
    if (!f.commit()) {
        m_error = f.errorString();
        return false;
    }
    return true;
}

bool ContentBuilder::build(const QString &out, const QDateTime &builtAt)
{
    const QString part = out + QStringLiteral(".part");
    QFile::remove(part);
    const QString connection = QStringLiteral("build-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = false;
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(part);
        if (!db.open()) {
            m_error = db.lastError().text();
        } else {
            ok = fill(connection, builtAt);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    if (!ok) {
        QFile::remove(part);
        return false;
    }
    if (std::rename(QFile::encodeName(part).constData(), QFile::encodeName(out).constData()) != 0) {
        m_error = QStringLiteral("cannot rename %1 to %2").arg(part, out);
        QFile::remove(part);
        return false;
    }
    return true;
}

bool ContentBuilder::fill(const QString &connection, const QDateTime &builtAt)
{
    auto db = QSqlDatabase::database(connection);
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA journal_mode = OFF"));
    q.exec(QStringLiteral("PRAGMA page_size = 4096"));
    if (!db.transaction()) {
        m_error = db.lastError().text();
        return false;
    }
    for (const auto &stmt : ContentSchema::createStatements()) {
        if (!q.exec(stmt)) {
            m_error = q.lastError().text() + QStringLiteral(" in: ") + stmt;
            return false;
        }
    }
    const auto &site = m_source.site;
    const QList<std::pair<QString, QString>> meta = {
        { QStringLiteral("format"), QString::number(ContentSchema::formatVersion) },
        { QStringLiteral("version"), QString::number(site.version) },
        { QStringLiteral("region"), site.region },
        { QStringLiteral("built_at"), builtAt.toUTC().toString(Qt::ISODate) },
        { QStringLiteral("source_hash"), m_hash },
        { QStringLiteral("origin"), QStringLiteral("build") },
    };
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (:k, :v)"));
    for (const auto &[k, v] : meta) {
        q.bindValue(QStringLiteral(":k"), k);
        q.bindValue(QStringLiteral(":v"), text(v));
        if (!q.exec()) {
            m_error = q.lastError().text();
            return false;
        }
    }
    // The same objects `publish` puts online, written by the same code the app's sync uses.
    ContentWriter writer(db);
    for (const auto &o : ContentPackager::objects(m_source)) {
        if (!writer.put(o.id, o.kind, o.lang, o.data)
            || !writer.record(o.id, o.kind, o.lang, o.sha256, o.stored.size())) {
            m_error = writer.errorString();
            return false;
        }
    }
    if (!writer.finish()) {
        m_error = writer.errorString();
        return false;
    }
    if (!SearchIndex::optimize(db, &m_error)) {
        return false;
    }
    if (!db.commit()) {
        m_error = db.lastError().text();
        return false;
    }
    q.exec(QStringLiteral("VACUUM"));
    return true;
}

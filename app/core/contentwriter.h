// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "searchindex.h"

#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

/**
 * Writes content objects (see ContentObject) into the tables of content.db, search index and R*Tree included.
 * The content tool builds a database with it and the app applies updates with it, so both write the same rows.
 * The caller owns the transaction and calls finish() before committing it: search index rows are written in one
 * batch at the end (see SearchIndex).
 */
class ContentWriter
{
public:
    explicit ContentWriter(QSqlDatabase db);

    /** Writes @p data as object @p id of @p kind, replacing what an earlier version of it wrote. */
    bool put(const QString &id, const QString &kind, const QString &lang, const QJsonObject &data);
    /** Removes everything object @p id wrote. */
    bool remove(const QString &id, const QString &kind, const QString &lang);
    /** Keeps the published hash and size of an object in the objects table, so a sync can tell what changed. */
    bool record(const QString &id, const QString &kind, const QString &lang, const QString &sha256, qint64 size);
    bool unrecord(const QString &id);
    /** Writes the queued search index changes. */
    bool finish();

    /** The UTF-8 size of an article's text as ContentLimits::maxArticleBytes counts it: title, summary and body. */
    static qint64 articleBytes(const QJsonObject &article);
    /** Whether @p data of @p kind is within ContentLimits (so far: an article's text); false with the reason. */
    static bool fitsLimits(const QString &kind, const QJsonObject &data, QString *error);

    [[nodiscard]] QString errorString() const { return m_error; }

private:
    bool putSite(const QJsonObject &d);
    bool putTopics(const QJsonObject &d);
    bool putSynonyms(const QJsonObject &d);
    bool putPlaces(const QJsonObject &d);
    bool putArticle(const QString &lang, const QJsonObject &d);
    bool putOffer(const QJsonObject &d);
    bool putStep(const QJsonObject &d);
    bool removeArticle(const QString &slug, const QString &lang);
    bool removeOffer(const QString &offerId);
    bool removeStep(const QString &stepId);
    /** Runs @p sql with named values; false and m_error set on failure. */
    bool exec(const QString &sql, const QVariantMap &values = {});

    QSqlDatabase m_db;
    SearchIndex m_index;
    QHash<QString, QSqlQuery> m_statements; ///< by SQL text, see exec()
    QString m_error;
};

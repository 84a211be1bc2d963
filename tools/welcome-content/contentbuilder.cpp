// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentbuilder.h"
#include "contentschema.h"
#include "textfold.h"

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
    const auto run = [&](QSqlQuery &query) {
        if (!query.exec()) {
            m_error = query.lastError().text() + QStringLiteral(" in: ") + query.lastQuery();
            return false;
        }
        return true;
    };
    q.exec(QStringLiteral("PRAGMA journal_mode = OFF"));
    q.exec(QStringLiteral("PRAGMA page_size = 4096"));
    if (!db.transaction()) {
        m_error = db.lastError().text();
        return false;
    }
    for (const auto &stmt : ContentSchema::createStatements()) {
        q.prepare(stmt);
        if (!run(q)) {
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
        { QStringLiteral("trusted_keys"), site.trustedKeys.join(QLatin1Char(' ')) },
        { QStringLiteral("required_languages"), site.requiredLanguages.join(QLatin1Char(' ')) },
        { QStringLiteral("home_articles"), site.homeArticles.join(QLatin1Char(' ')) },
        { QStringLiteral("center"),
            QStringLiteral("%1 %2").arg(site.centerLat, 0, 'f', 6).arg(site.centerLon, 0, 'f', 6) },
        { QStringLiteral("tile_url"), site.tileUrl },
        { QStringLiteral("tile_attribution"), site.tileAttribution },
        { QStringLiteral("tile_max_zoom"), QString::number(site.tileMaxZoom) },
        { QStringLiteral("update_url"), site.updateUrl },
    };
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"));
    for (const auto &[k, v] : meta) {
        q.bindValue(0, k);
        q.bindValue(1, text(v));
        if (!run(q)) {
            return false;
        }
    }
    q.prepare(QStringLiteral("INSERT INTO languages (code, name, rtl, fallback, position) VALUES (?, ?, ?, ?, ?)"));
    for (int i = 0; i < site.languages.size(); ++i) {
        const auto &l = site.languages[i];
        q.bindValue(0, l.code);
        q.bindValue(1, l.name);
        q.bindValue(2, l.rightToLeft);
        q.bindValue(3, text(l.fallback.join(QLatin1Char(' '))));
        q.bindValue(4, i);
        if (!run(q)) {
            return false;
        }
    }
    q.prepare(QStringLiteral("INSERT INTO site_names (lang, name) VALUES (?, ?)"));
    for (auto it = site.names.cbegin(); it != site.names.cend(); ++it) {
        q.bindValue(0, it.key());
        q.bindValue(1, text(it.value()));
        if (!run(q)) {
            return false;
        }
    }
    QSqlQuery qt(db);
    qt.prepare(QStringLiteral("INSERT INTO topic_texts (topic, lang, name, description) VALUES (?, ?, ?, ?)"));
    q.prepare(QStringLiteral("INSERT INTO topics (id, icon, position) VALUES (?, ?, ?)"));
    for (int i = 0; i < m_source.topics.size(); ++i) {
        const auto &t = m_source.topics[i];
        q.bindValue(0, t.id);
        q.bindValue(1, t.icon);
        q.bindValue(2, i);
        if (!run(q)) {
            return false;
        }
        for (auto it = t.names.cbegin(); it != t.names.cend(); ++it) {
            qt.bindValue(0, t.id);
            qt.bindValue(1, it.key());
            qt.bindValue(2, text(it.value()));
            qt.bindValue(3, text(t.descriptions.value(it.key())));
            if (!run(qt)) {
                return false;
            }
        }
    }
    // Articles keep the order of the master-language folder listing (by slug) within a topic.
    QSqlQuery qa(db);
    qa.prepare(QStringLiteral("INSERT INTO articles (slug, topic, position) VALUES (?, ?, ?)"));
    q.prepare(QStringLiteral("INSERT INTO article_texts (slug, lang, title, summary, body, tags, sources, reviewed, "
                             "needs_review) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QString lastSlug;
    int position = 0;
    for (const auto &sa : m_source.articles) {
        const auto &a = sa.article;
        if (sa.slug != lastSlug) {
            qa.bindValue(0, sa.slug);
            qa.bindValue(1, a.topic);
            qa.bindValue(2, position++);
            if (!run(qa)) {
                return false;
            }
            lastSlug = sa.slug;
        }
        QJsonArray sources;
        for (const auto &s : a.sources) {
            sources.push_back(QJsonObject { { QStringLiteral("title"), s.title }, { QStringLiteral("url"), s.url } });
        }
        q.bindValue(0, sa.slug);
        q.bindValue(1, sa.lang);
        q.bindValue(2, text(a.title));
        q.bindValue(3, text(a.summary));
        q.bindValue(4, text(a.body));
        q.bindValue(
            5, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(a.tags)).toJson(QJsonDocument::Compact)));
        q.bindValue(6, QString::fromUtf8(QJsonDocument(sources).toJson(QJsonDocument::Compact)));
        q.bindValue(7, text(a.reviewed));
        q.bindValue(8, a.needsReview);
        if (!run(q)) {
            return false;
        }
    }
    if (!fillOffers(connection)) {
        return false;
    }
    if (!fillPlaces(connection)) {
        return false;
    }
    if (!fillChecklists(connection)) {
        return false;
    }
    if (!fillSearch(connection)) {
        return false;
    }
    if (!db.commit()) {
        m_error = db.lastError().text();
        return false;
    }
    q.exec(QStringLiteral("VACUUM"));
    return true;
}

bool ContentBuilder::fillSearch(const QString &connection)
{
    static const QRegularExpression nonWord(QStringLiteral("[^\\w]+"), QRegularExpression::UseUnicodePropertiesOption);
    auto db = QSqlDatabase::database(connection);
    QSqlQuery q(db);
    QSqlQuery fuzzy(db);
    q.prepare(QStringLiteral("INSERT INTO search (title, tags, summary, body, alt, kind, ref, lang) "
                             "VALUES (?, ?, ?, ?, ?, 'article', ?, ?)"));
    fuzzy.prepare(QStringLiteral("INSERT INTO search_fuzzy (words, kind, ref, lang, title, summary) "
                                 "VALUES (?, 'article', ?, ?, ?, ?)"));
    for (const auto &sa : m_source.articles) {
        const auto &a = sa.article;
        const auto tags = a.tags.join(QStringLiteral(", "));
        const auto body = TextFold::markdownToPlain(a.body);
        // German spellings without umlauts, so "Fuehrerschein" finds "Führerschein".
        QStringList alt;
        for (const auto &part : { a.title, tags, a.summary, body }) {
            for (const auto &w : part.toLower().split(nonWord, Qt::SkipEmptyParts)) {
                for (const auto &t :
                    { TextFold::germanTransliteration(w), TextFold::withoutArabicArticle(TextFold::fold(w)) }) {
                    if (!t.isEmpty() && !alt.contains(t)) {
                        alt.push_back(t);
                    }
                }
            }
        }
        q.bindValue(0, text(a.title));
        q.bindValue(1, text(tags));
        q.bindValue(2, text(a.summary));
        q.bindValue(3, text(body));
        q.bindValue(4, text(alt.join(QLatin1Char(' '))));
        q.bindValue(5, sa.slug);
        q.bindValue(6, sa.lang);
        if (!q.exec()) {
            m_error = q.lastError().text();
            return false;
        }
        auto words = TextFold::words(a.title + QLatin1Char(' ') + tags + QLatin1Char(' ') + a.summary);
        words.removeDuplicates();
        fuzzy.bindValue(0, text(words.join(QLatin1Char(' '))));
        fuzzy.bindValue(1, sa.slug);
        fuzzy.bindValue(2, sa.lang);
        fuzzy.bindValue(3, text(a.title));
        fuzzy.bindValue(4, text(a.summary));
        if (!fuzzy.exec()) {
            m_error = fuzzy.lastError().text();
            return false;
        }
    }
    // Offers: name as title, category and languages as tags, description as summary, address as body.
    q.prepare(QStringLiteral("INSERT INTO search (title, tags, summary, body, alt, kind, ref, lang) "
                             "VALUES (?, ?, ?, ?, ?, 'offer', ?, ?)"));
    fuzzy.prepare(QStringLiteral("INSERT INTO search_fuzzy (words, kind, ref, lang, title, summary) "
                                 "VALUES (?, 'offer', ?, ?, ?, ?)"));
    for (const auto &o : m_source.offers) {
        const auto tags
            = QStringList { o.category }.join(QLatin1Char(' ')) + QLatin1Char(' ') + o.languages.join(QLatin1Char(' '));
        const auto address = o.address.value(QLatin1String("street")).toString() + QLatin1Char(' ')
            + o.address.value(QLatin1String("postcode")).toVariant().toString() + QLatin1Char(' ')
            + o.address.value(QLatin1String("city")).toString();
        for (auto it = o.names.cbegin(); it != o.names.cend(); ++it) {
            const auto description = o.descriptions.value(it.key());
            QStringList alt;
            for (const auto &w :
                (it.value() + QLatin1Char(' ') + description).toLower().split(nonWord, Qt::SkipEmptyParts)) {
                const auto t = TextFold::germanTransliteration(w);
                if (!t.isEmpty() && !alt.contains(t)) {
                    alt.push_back(t);
                }
            }
            q.bindValue(0, it.value());
            q.bindValue(1, text(tags));
            q.bindValue(2, text(description));
            q.bindValue(3, text(address));
            q.bindValue(4, text(alt.join(QLatin1Char(' '))));
            q.bindValue(5, o.id);
            q.bindValue(6, it.key());
            if (!q.exec()) {
                m_error = q.lastError().text();
                return false;
            }
            auto words = TextFold::words(it.value() + QLatin1Char(' ') + description);
            words.removeDuplicates();
            fuzzy.bindValue(0, text(words.join(QLatin1Char(' '))));
            fuzzy.bindValue(1, o.id);
            fuzzy.bindValue(2, it.key());
            fuzzy.bindValue(3, it.value());
            fuzzy.bindValue(4, text(description));
            if (!fuzzy.exec()) {
                m_error = fuzzy.lastError().text();
                return false;
            }
        }
    }
    q.prepare(QStringLiteral("INSERT INTO synonyms (grp, term) VALUES (?, ?)"));
    for (int g = 0; g < m_source.synonyms.size(); ++g) {
        for (const auto &term : m_source.synonyms[g]) {
            q.bindValue(0, g);
            q.bindValue(1, TextFold::words(term).join(QLatin1Char(' ')));
            if (!q.exec()) {
                m_error = q.lastError().text();
                return false;
            }
        }
    }
    // Merge the index's segments: smaller file, faster queries.
    return q.exec(QStringLiteral("INSERT INTO search(search) VALUES ('optimize')"))
        && q.exec(QStringLiteral("INSERT INTO search_fuzzy(search_fuzzy) VALUES ('optimize')"));
}

bool ContentBuilder::fillChecklists(const QString &connection)
{
    auto db = QSqlDatabase::database(connection);
    QSqlQuery q(db);
    QSqlQuery t(db);
    q.prepare(
        QStringLiteral("INSERT INTO checklist_steps (id, position, article, offer_category, applies_to, conditions, "
                       "due, remind_days, needs_review, sources) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    t.prepare(QStringLiteral(
        "INSERT INTO checklist_texts (step, lang, title, description, documents) VALUES (?, ?, ?, ?, ?)"));
    const auto json = [](const auto &v) { return QString::fromUtf8(QJsonDocument(v).toJson(QJsonDocument::Compact)); };
    for (const auto &s : m_source.steps) {
        QJsonArray sources;
        for (const auto &src : s.sources) {
            sources.push_back(
                QJsonObject { { QStringLiteral("title"), src.title }, { QStringLiteral("url"), src.url } });
        }
        q.bindValue(0, s.id);
        q.bindValue(1, s.position);
        q.bindValue(2, text(s.article));
        q.bindValue(3, text(s.offerCategory));
        q.bindValue(4, s.appliesTo);
        q.bindValue(5, json(s.when.toJson()));
        q.bindValue(6, json(s.due.toJson()));
        q.bindValue(7, s.remindDaysBefore);
        q.bindValue(8, s.needsReview);
        q.bindValue(9, json(sources));
        if (!q.exec()) {
            m_error = q.lastError().text();
            return false;
        }
        for (auto it = s.titles.cbegin(); it != s.titles.cend(); ++it) {
            t.bindValue(0, s.id);
            t.bindValue(1, it.key());
            t.bindValue(2, it.value());
            t.bindValue(3, text(s.descriptions.value(it.key())));
            t.bindValue(4, json(QJsonArray::fromStringList(s.documents.value(it.key()))));
            if (!t.exec()) {
                m_error = t.lastError().text();
                return false;
            }
        }
    }
    return true;
}

bool ContentBuilder::fillOffers(const QString &connection)
{
    auto db = QSqlDatabase::database(connection);
    QSqlQuery q(db);
    QSqlQuery t(db);
    QSqlQuery tree(db);
    q.prepare(QStringLiteral("INSERT INTO offers (id, category, lat, lon, street, postcode, city, phone, email, web, "
                             "languages, free, wheelchair, appointment, hours, articles, needs_review, sources) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    t.prepare(QStringLiteral("INSERT INTO offer_texts (offer, lang, name, description) VALUES (?, ?, ?, ?)"));
    tree.prepare(
        QStringLiteral("INSERT INTO offers_rtree (id, min_lat, max_lat, min_lon, max_lon) VALUES (?, ?, ?, ?, ?)"));
    const auto json = [](const auto &v) { return QString::fromUtf8(QJsonDocument(v).toJson(QJsonDocument::Compact)); };
    const auto flag
        = [](const std::optional<bool> &b) { return b ? QVariant(int(*b)) : QVariant(QMetaType::fromType<int>()); };
    const auto field = [](const QJsonObject &o, const char *key) {
        return text(o.value(QLatin1String(key)).toVariant().toString());
    };
    for (const auto &o : m_source.offers) {
        QJsonArray sources;
        for (const auto &src : o.sources) {
            sources.push_back(
                QJsonObject { { QStringLiteral("title"), src.title }, { QStringLiteral("url"), src.url } });
        }
        const QVariantList values = { o.id, o.category, o.lat, o.lon, field(o.address, "street"),
            field(o.address, "postcode"), field(o.address, "city"), text(o.phone), text(o.email), text(o.web),
            json(QJsonArray::fromStringList(o.languages)), flag(o.free), flag(o.wheelchair), flag(o.appointment),
            json(o.hours), json(QJsonArray::fromStringList(o.articles)), o.needsReview, json(sources) };
        for (int i = 0; i < values.size(); ++i) {
            q.bindValue(i, values[i]);
        }
        if (!q.exec()) {
            m_error = q.lastError().text();
            return false;
        }
        tree.bindValue(0, q.lastInsertId());
        tree.bindValue(1, o.lat);
        tree.bindValue(2, o.lat);
        tree.bindValue(3, o.lon);
        tree.bindValue(4, o.lon);
        if (!tree.exec()) {
            m_error = tree.lastError().text();
            return false;
        }
        for (auto it = o.names.cbegin(); it != o.names.cend(); ++it) {
            t.bindValue(0, o.id);
            t.bindValue(1, it.key());
            t.bindValue(2, it.value());
            t.bindValue(3, text(o.descriptions.value(it.key())));
            if (!t.exec()) {
                m_error = t.lastError().text();
                return false;
            }
        }
    }
    return true;
}

// Places the user can measure distances from (places.yaml), in the editors' order.
bool ContentBuilder::fillPlaces(const QString &connection)
{
    QSqlQuery q(QSqlDatabase::database(connection));
    q.prepare(QStringLiteral(
        "INSERT INTO places (postcode, name, lat, lon, position) VALUES (:postcode, :name, :lat, :lon, :position)"));
    for (int i = 0; i < m_source.places.size(); ++i) {
        const auto &p = m_source.places[i];
        q.bindValue(QStringLiteral(":postcode"), text(p.postcode));
        q.bindValue(QStringLiteral(":name"), text(p.name));
        q.bindValue(QStringLiteral(":lat"), p.lat);
        q.bindValue(QStringLiteral(":lon"), p.lon);
        q.bindValue(QStringLiteral(":position"), i);
        if (!q.exec()) {
            m_error = q.lastError().text();
            return false;
        }
    }
    return true;
}

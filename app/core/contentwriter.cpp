// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentwriter.h"
#include "contentlimits.h"
#include "searchindex.h"
#include "textfold.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <utility>

namespace {
// QtSql binds a null QString as SQL NULL; every text column is NOT NULL.
QString str(const QJsonObject &o, const char *key)
{
    const auto s = o.value(QLatin1String(key)).toVariant().toString();
    return s.isNull() ? QStringLiteral("") : s;
}

QString json(const QJsonValue &v)
{
    if (v.isObject()) {
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    }
    return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
}

QString joined(const QJsonValue &v, const QString &sep)
{
    QStringList parts;
    for (const auto &x : v.toArray()) {
        parts.push_back(x.toString());
    }
    return parts.join(sep);
}

// Yes/no fields may be unknown: NULL then.
QVariant flag(const QJsonValue &v)
{
    return v.isBool() ? QVariant(int(v.toBool())) : QVariant(QMetaType::fromType<int>());
}
} // namespace

ContentWriter::ContentWriter(QSqlDatabase db)
    : m_db(db)
    , m_index(std::move(db))
{ }

bool ContentWriter::finish()
{
    m_error.clear();
    return m_index.flush(&m_error);
}

bool ContentWriter::exec(const QString &sql, const QVariantMap &values)
{
    // Each statement is prepared once per writer: an update runs the same few thousands of times.
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery q(m_db);
        if (!q.prepare(sql)) {
            m_error = q.lastError().text() + QStringLiteral(" in: ") + sql;
            return false;
        }
        it = m_statements.insert(sql, q);
    }
    auto &q = *it;
    for (auto v = values.cbegin(); v != values.cend(); ++v) {
        // An empty list joins to a null string, which would bind as NULL.
        const bool nullText = v.value().typeId() == QMetaType::QString && v.value().toString().isNull();
        q.bindValue(QLatin1Char(':') + v.key(), nullText ? QVariant(QStringLiteral("")) : v.value());
    }
    if (!q.exec()) {
        m_error = q.lastError().text() + QStringLiteral(" in: ") + sql;
        return false;
    }
    return true;
}

qint64 ContentWriter::articleBytes(const QJsonObject &article)
{
    qint64 n = 0;
    for (const char *key : { "title", "summary", "body" }) {
        n += article.value(QLatin1String(key)).toString().toUtf8().size();
    }
    return n;
}

bool ContentWriter::fitsLimits(const QString &kind, const QJsonObject &data, QString *error)
{
    if (kind == QLatin1String("article")) {
        if (const auto n = articleBytes(data); n > ContentLimits::maxArticleBytes) {
            if (error) {
                *error = QStringLiteral("the article's text is %1 KiB, more than the %2 KiB allowed")
                             .arg((n + 1023) / 1024)
                             .arg(ContentLimits::maxArticleBytes / 1024);
            }
            return false;
        }
    }
    return true;
}

bool ContentWriter::put(const QString &id, const QString &kind, const QString &lang, const QJsonObject &data)
{
    m_error.clear();
    if (!fitsLimits(kind, data, &m_error)) {
        m_error = QStringLiteral("object %1: %2").arg(id, m_error);
        return false;
    }
    if (kind == QLatin1String("site")) {
        return putSite(data);
    }
    if (kind == QLatin1String("topics")) {
        return putTopics(data);
    }
    if (kind == QLatin1String("synonyms")) {
        return putSynonyms(data);
    }
    if (kind == QLatin1String("places")) {
        return putPlaces(data);
    }
    if (kind == QLatin1String("article")) {
        // The id names the page; data that claims another page is refused rather than written in the wrong place.
        if (id != QStringLiteral("article/%1/%2").arg(str(data, "slug"), lang)) {
            m_error = QStringLiteral("object %1 holds article %2").arg(id, str(data, "slug"));
            return false;
        }
        return removeArticle(str(data, "slug"), lang) && putArticle(lang, data);
    }
    if (kind == QLatin1String("offer") || kind == QLatin1String("step")) {
        if (id != kind + QLatin1Char('/') + str(data, "id")) {
            m_error = QStringLiteral("object %1 holds %2 %3").arg(id, kind, str(data, "id"));
            return false;
        }
        return kind == QLatin1String("offer") ? removeOffer(str(data, "id")) && putOffer(data)
                                              : removeStep(str(data, "id")) && putStep(data);
    }
    m_error = QStringLiteral("object %1 has the unknown kind '%2'").arg(id, kind);
    return false;
}

bool ContentWriter::remove(const QString &id, const QString &kind, const QString &lang)
{
    m_error.clear();
    const auto parts = id.split(QLatin1Char('/'));
    if (kind == QLatin1String("article") && parts.size() == 3) {
        return removeArticle(parts[1], lang);
    }
    if (kind == QLatin1String("offer") && parts.size() == 2) {
        return removeOffer(parts[1]);
    }
    if (kind == QLatin1String("step") && parts.size() == 2) {
        return removeStep(parts[1]);
    }
    // Site, topics, synonyms and places are replaced, never dropped: an update without them would leave an empty guide.
    m_error = QStringLiteral("object %1 of kind '%2' cannot be removed").arg(id, kind);
    return false;
}

bool ContentWriter::record(
    const QString &id, const QString &kind, const QString &lang, const QString &sha256, qint64 size)
{
    return exec(QStringLiteral("INSERT OR REPLACE INTO objects (id, kind, lang, sha256, size) "
                               "VALUES (:id, :kind, :lang, :sha, :size)"),
        { { QStringLiteral("id"), id }, { QStringLiteral("kind"), kind },
            { QStringLiteral("lang"), lang.isNull() ? QStringLiteral("") : lang }, { QStringLiteral("sha"), sha256 },
            { QStringLiteral("size"), size } });
}

bool ContentWriter::unrecord(const QString &id)
{
    return exec(QStringLiteral("DELETE FROM objects WHERE id = :id"), { { QStringLiteral("id"), id } });
}

bool ContentWriter::putSite(const QJsonObject &d)
{
    const auto center = d.value(QLatin1String("center")).toObject();
    const auto tiles = d.value(QLatin1String("tiles")).toObject();
    const QList<std::pair<QString, QString>> meta = {
        { QStringLiteral("trusted_keys"), joined(d.value(QLatin1String("trusted_keys")), QStringLiteral(" ")) },
        { QStringLiteral("required_languages"),
            joined(d.value(QLatin1String("required_languages")), QStringLiteral(" ")) },
        { QStringLiteral("home_articles"), joined(d.value(QLatin1String("home_articles")), QStringLiteral(" ")) },
        { QStringLiteral("center"),
            QStringLiteral("%1 %2")
                .arg(center.value(QLatin1String("lat")).toDouble(), 0, 'f', 6)
                .arg(center.value(QLatin1String("lon")).toDouble(), 0, 'f', 6) },
        { QStringLiteral("tile_url"), str(tiles, "url") },
        { QStringLiteral("tile_attribution"), str(tiles, "attribution") },
        { QStringLiteral("tile_max_zoom"), QString::number(tiles.value(QLatin1String("max_zoom")).toInt(19)) },
        { QStringLiteral("update_url"), str(d, "update_url") },
        { QStringLiteral("link_host"), str(d, "link_host") },
    };
    for (const auto &[k, v] : meta) {
        if (!exec(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (:k, :v)"),
                { { QStringLiteral("k"), k }, { QStringLiteral("v"), v } })) {
            return false;
        }
    }
    if (!exec(QStringLiteral("DELETE FROM languages")) || !exec(QStringLiteral("DELETE FROM site_names"))) {
        return false;
    }
    const auto languages = d.value(QLatin1String("languages")).toArray();
    for (int i = 0; i < languages.size(); ++i) {
        const auto l = languages[i].toObject();
        if (!exec(QStringLiteral("INSERT INTO languages (code, name, rtl, fallback, position) "
                                 "VALUES (:code, :name, :rtl, :fallback, :position)"),
                { { QStringLiteral("code"), str(l, "code") }, { QStringLiteral("name"), str(l, "name") },
                    { QStringLiteral("rtl"), int(l.value(QLatin1String("rtl")).toBool()) },
                    { QStringLiteral("fallback"), joined(l.value(QLatin1String("fallback")), QStringLiteral(" ")) },
                    { QStringLiteral("position"), i } })) {
            return false;
        }
    }
    const auto names = d.value(QLatin1String("names")).toObject();
    for (auto it = names.constBegin(); it != names.constEnd(); ++it) {
        if (!exec(QStringLiteral("INSERT INTO site_names (lang, name) VALUES (:lang, :name)"),
                { { QStringLiteral("lang"), it.key() }, { QStringLiteral("name"), it.value().toString() } })) {
            return false;
        }
    }
    return true;
}

bool ContentWriter::putTopics(const QJsonObject &d)
{
    if (!exec(QStringLiteral("DELETE FROM topic_texts")) || !exec(QStringLiteral("DELETE FROM topics"))) {
        return false;
    }
    const auto topics = d.value(QLatin1String("topics")).toArray();
    for (int i = 0; i < topics.size(); ++i) {
        const auto t = topics[i].toObject();
        const auto id = str(t, "id");
        if (!exec(QStringLiteral("INSERT INTO topics (id, icon, position) VALUES (:id, :icon, :position)"),
                { { QStringLiteral("id"), id }, { QStringLiteral("icon"), str(t, "icon") },
                    { QStringLiteral("position"), i } })) {
            return false;
        }
        const auto names = t.value(QLatin1String("names")).toObject();
        const auto descriptions = t.value(QLatin1String("descriptions")).toObject();
        for (auto it = names.constBegin(); it != names.constEnd(); ++it) {
            if (!exec(QStringLiteral("INSERT INTO topic_texts (topic, lang, name, description) "
                                     "VALUES (:topic, :lang, :name, :description)"),
                    { { QStringLiteral("topic"), id }, { QStringLiteral("lang"), it.key() },
                        { QStringLiteral("name"), it.value().toString() },
                        { QStringLiteral("description"), str(descriptions, it.key().toUtf8().constData()) } })) {
                return false;
            }
        }
    }
    return true;
}

bool ContentWriter::putSynonyms(const QJsonObject &d)
{
    if (!exec(QStringLiteral("DELETE FROM synonyms"))) {
        return false;
    }
    const auto groups = d.value(QLatin1String("groups")).toArray();
    for (int g = 0; g < groups.size(); ++g) {
        for (const auto &term : groups[g].toArray()) {
            if (!exec(QStringLiteral("INSERT INTO synonyms (grp, term) VALUES (:grp, :term)"),
                    { { QStringLiteral("grp"), g },
                        { QStringLiteral("term"), TextFold::words(term.toString()).join(QLatin1Char(' ')) } })) {
                return false;
            }
        }
    }
    return true;
}

bool ContentWriter::putPlaces(const QJsonObject &d)
{
    if (!exec(QStringLiteral("DELETE FROM places"))) {
        return false;
    }
    const auto places = d.value(QLatin1String("places")).toArray();
    for (int i = 0; i < places.size(); ++i) {
        const auto pl = places[i].toObject();
        if (!exec(QStringLiteral("INSERT INTO places (postcode, name, lat, lon, position) "
                                 "VALUES (:postcode, :name, :lat, :lon, :position)"),
                { { QStringLiteral("postcode"), str(pl, "postcode") }, { QStringLiteral("name"), str(pl, "name") },
                    { QStringLiteral("lat"), pl.value(QLatin1String("lat")).toDouble() },
                    { QStringLiteral("lon"), pl.value(QLatin1String("lon")).toDouble() },
                    { QStringLiteral("position"), i } })) {
            return false;
        }
    }
    return true;
}

bool ContentWriter::putArticle(const QString &lang, const QJsonObject &d)
{
    const auto slug = str(d, "slug");
    // Articles list by slug within a topic; the position column is kept for an editor-chosen order later.
    if (!exec(QStringLiteral("INSERT OR REPLACE INTO articles (slug, topic, position) VALUES (:slug, :topic, 0)"),
            { { QStringLiteral("slug"), slug }, { QStringLiteral("topic"), str(d, "topic") } })) {
        return false;
    }
    if (!exec(QStringLiteral("INSERT INTO article_texts (slug, lang, title, summary, body, tags, sources, reviewed, "
                             "needs_review) VALUES (:slug, :lang, :title, :summary, :body, :tags, :sources, :reviewed, "
                             ":needs_review)"),
            { { QStringLiteral("slug"), slug }, { QStringLiteral("lang"), lang },
                { QStringLiteral("title"), str(d, "title") }, { QStringLiteral("summary"), str(d, "summary") },
                { QStringLiteral("body"), str(d, "body") },
                { QStringLiteral("tags"), json(d.value(QLatin1String("tags"))) },
                { QStringLiteral("sources"), json(d.value(QLatin1String("sources"))) },
                { QStringLiteral("reviewed"), str(d, "reviewed") },
                { QStringLiteral("needs_review"), int(d.value(QLatin1String("needs_review")).toBool()) } })) {
        return false;
    }
    const SearchDocument doc { QStringLiteral("article"), slug, lang, str(d, "title"),
        joined(d.value(QLatin1String("tags")), QStringLiteral(", ")), str(d, "summary"),
        TextFold::markdownToPlain(str(d, "body")) };
    return m_index.add(doc, &m_error);
}

bool ContentWriter::removeArticle(const QString &slug, const QString &lang)
{
    const QVariantMap key = { { QStringLiteral("slug"), slug }, { QStringLiteral("lang"), lang } };
    return m_index.remove(QStringLiteral("article"), slug, lang, &m_error)
        && exec(QStringLiteral("DELETE FROM article_texts WHERE slug = :slug AND lang = :lang"), key)
        // The article itself goes with its last language.
        && exec(QStringLiteral("DELETE FROM articles WHERE slug = :slug AND NOT EXISTS "
                               "(SELECT 1 FROM article_texts WHERE slug = :slug)"),
            { { QStringLiteral("slug"), slug } });
}

bool ContentWriter::putOffer(const QJsonObject &d)
{
    const auto id = str(d, "id");
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO offers (id, category, lat, lon, location_source, street, postcode, city, phone, email, web, "
        "languages, free, wheelchair, appointment, hours, articles, needs_review, sources) "
        "VALUES (:id, :category, :lat, :lon, :location_source, :street, :postcode, :city, :phone, :email, :web, "
        ":languages, :free, :wheelchair, :appointment, :hours, :articles, :needs_review, :sources)"));
    // An offer without a cited location has no coordinates at all: NULL, never a stand-in point.
    const auto location = d.value(QLatin1String("location")).toObject();
    const bool located
        = location.value(QLatin1String("lat")).isDouble() && location.value(QLatin1String("lon")).isDouble();
    const QVariant noPoint(QMetaType::fromType<double>());
    const auto lat = location.value(QLatin1String("lat")).toDouble();
    const auto lon = location.value(QLatin1String("lon")).toDouble();
    const QVariantMap values = { { QStringLiteral("id"), id }, { QStringLiteral("category"), str(d, "category") },
        { QStringLiteral("lat"), located ? QVariant(lat) : noPoint },
        { QStringLiteral("lon"), located ? QVariant(lon) : noPoint },
        { QStringLiteral("location_source"), str(location, "source") }, { QStringLiteral("street"), str(d, "street") },
        { QStringLiteral("postcode"), str(d, "postcode") }, { QStringLiteral("city"), str(d, "city") },
        { QStringLiteral("phone"), str(d, "phone") }, { QStringLiteral("email"), str(d, "email") },
        { QStringLiteral("web"), str(d, "web") },
        { QStringLiteral("languages"), json(d.value(QLatin1String("languages"))) },
        { QStringLiteral("free"), flag(d.value(QLatin1String("free"))) },
        { QStringLiteral("wheelchair"), flag(d.value(QLatin1String("wheelchair"))) },
        { QStringLiteral("appointment"), flag(d.value(QLatin1String("appointment"))) },
        { QStringLiteral("hours"), json(d.value(QLatin1String("hours"))) },
        { QStringLiteral("articles"), json(d.value(QLatin1String("articles"))) },
        { QStringLiteral("needs_review"), int(d.value(QLatin1String("needs_review")).toBool()) },
        { QStringLiteral("sources"), json(d.value(QLatin1String("sources"))) } };
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        q.bindValue(QLatin1Char(':') + it.key(), it.value());
    }
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    // Only places with a point are in the R*Tree: "nearest" never measures to a place without one.
    if (located
        && !exec(QStringLiteral("INSERT INTO offers_rtree (id, min_lat, max_lat, min_lon, max_lon) "
                                "VALUES (:row, :lat, :lat, :lon, :lon)"),
            { { QStringLiteral("row"), q.lastInsertId() }, { QStringLiteral("lat"), lat },
                { QStringLiteral("lon"), lon } })) {
        return false;
    }
    for (const auto &key : d.value(QLatin1String("plan_keys")).toArray()) {
        if (!exec(QStringLiteral("INSERT OR IGNORE INTO plan_keys (offer, key) VALUES (:offer, :key)"),
                { { QStringLiteral("offer"), id }, { QStringLiteral("key"), key.toString() } })) {
            return false;
        }
    }
    // Offers in search: name as title, category and languages as tags, description as summary, address as body.
    const auto tags
        = str(d, "category") + QLatin1Char(' ') + joined(d.value(QLatin1String("languages")), QStringLiteral(" "));
    const auto address = str(d, "street") + QLatin1Char(' ') + str(d, "postcode") + QLatin1Char(' ') + str(d, "city");
    const auto names = d.value(QLatin1String("names")).toObject();
    const auto descriptions = d.value(QLatin1String("descriptions")).toObject();
    const auto hoursNotes = d.value(QLatin1String("hours_notes")).toObject();
    for (auto it = names.constBegin(); it != names.constEnd(); ++it) {
        const auto description = descriptions.value(it.key()).toString();
        const auto hoursNote = hoursNotes.value(it.key()).toString();
        if (!exec(QStringLiteral("INSERT INTO offer_texts (offer, lang, name, description, hours_note) "
                                 "VALUES (:offer, :lang, :name, :description, :hours_note)"),
                { { QStringLiteral("offer"), id }, { QStringLiteral("lang"), it.key() },
                    { QStringLiteral("name"), it.value().toString() },
                    { QStringLiteral("description"), description.isNull() ? QStringLiteral("") : description },
                    { QStringLiteral("hours_note"), hoursNote.isNull() ? QStringLiteral("") : hoursNote } })) {
            return false;
        }
        const SearchDocument doc { QStringLiteral("offer"), id, it.key(), it.value().toString(), tags, description,
            address };
        if (!m_index.add(doc, &m_error)) {
            return false;
        }
    }
    return true;
}

bool ContentWriter::removeOffer(const QString &offerId)
{
    const QVariantMap key = { { QStringLiteral("id"), offerId } };
    return m_index.remove(QStringLiteral("offer"), offerId, QString(), &m_error)
        && exec(QStringLiteral("DELETE FROM offers_rtree WHERE id IN (SELECT rowid FROM offers WHERE id = :id)"), key)
        && exec(QStringLiteral("DELETE FROM offer_texts WHERE offer = :id"), key)
        && exec(QStringLiteral("DELETE FROM plan_keys WHERE offer = :id"), key)
        && exec(QStringLiteral("DELETE FROM offers WHERE id = :id"), key);
}

bool ContentWriter::putStep(const QJsonObject &d)
{
    const auto id = str(d, "id");
    const auto importance = str(d, "importance");
    if (!exec(QStringLiteral("INSERT INTO checklist_steps (id, position, article, offer_category, applies_to, "
                             "conditions, due, remind_days, importance, document_conditions, needs_review, sources) "
                             "VALUES (:id, :position, :article, :offer_category, :applies_to, :conditions, :due, "
                             ":remind_days, :importance, :document_conditions, :needs_review, :sources)"),
            { { QStringLiteral("id"), id }, { QStringLiteral("position"), d.value(QLatin1String("position")).toInt() },
                { QStringLiteral("article"), str(d, "article") },
                { QStringLiteral("offer_category"), str(d, "offer_category") },
                { QStringLiteral("applies_to"), str(d, "applies_to") },
                { QStringLiteral("conditions"), json(d.value(QLatin1String("conditions"))) },
                { QStringLiteral("due"), json(d.value(QLatin1String("due"))) },
                { QStringLiteral("remind_days"), d.value(QLatin1String("remind_days")).toInt() },
                { QStringLiteral("importance"), importance.isEmpty() ? QStringLiteral("normal") : importance },
                { QStringLiteral("document_conditions"),
                    json(d.value(QLatin1String("document_conditions")).toArray()) },
                { QStringLiteral("needs_review"), int(d.value(QLatin1String("needs_review")).toBool()) },
                { QStringLiteral("sources"), json(d.value(QLatin1String("sources"))) } })) {
        return false;
    }
    const auto titles = d.value(QLatin1String("titles")).toObject();
    const auto descriptions = d.value(QLatin1String("descriptions")).toObject();
    const auto documents = d.value(QLatin1String("documents")).toObject();
    for (auto it = titles.constBegin(); it != titles.constEnd(); ++it) {
        const auto description = descriptions.value(it.key()).toString();
        if (!exec(QStringLiteral("INSERT INTO checklist_texts (step, lang, title, description, documents) "
                                 "VALUES (:step, :lang, :title, :description, :documents)"),
                { { QStringLiteral("step"), id }, { QStringLiteral("lang"), it.key() },
                    { QStringLiteral("title"), it.value().toString() },
                    { QStringLiteral("description"), description.isNull() ? QStringLiteral("") : description },
                    { QStringLiteral("documents"), json(documents.value(it.key()).toArray()) } })) {
            return false;
        }
        // Steps in search: title, description as summary, the documents to bring as body.
        const SearchDocument doc { QStringLiteral("step"), id, it.key(), it.value().toString(), QString(), description,
            joined(documents.value(it.key()), QStringLiteral(", ")) };
        if (!m_index.add(doc, &m_error)) {
            return false;
        }
    }
    return true;
}

bool ContentWriter::removeStep(const QString &stepId)
{
    const QVariantMap key = { { QStringLiteral("id"), stepId } };
    return m_index.remove(QStringLiteral("step"), stepId, QString(), &m_error)
        && exec(QStringLiteral("DELETE FROM checklist_texts WHERE step = :id"), key)
        && exec(QStringLiteral("DELETE FROM checklist_steps WHERE id = :id"), key);
}

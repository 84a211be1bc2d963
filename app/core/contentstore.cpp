// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentstore.h"
#include "contentschema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace {
// Index of a language in the chain; languages outside it sort last.
int rank(const QStringList &chain, const QString &lang)
{
    const auto i = chain.indexOf(lang);
    return i < 0 ? int(chain.size()) : int(i);
}
// Texts come grouped by id, one row per language; of each group the row earliest in the chain wins.
// Returns whether the current row (id, lang) should be added; drops the group's kept row if this one is better.
template<typename T>
bool admit(QList<T> &result, const QStringList &chain, const QString &id, const QString &lang,
    const QString &(*idOf)(const T &))
{
    if (result.isEmpty() || idOf(result.last()) != id) {
        return true;
    }
    if (rank(chain, lang) >= rank(chain, result.last().lang)) {
        return false;
    }
    result.removeLast();
    return true;
}

const QString &topicId(const Topic &t)
{
    return t.id;
}
const QString &articleSlug(const ArticleSummary &a)
{
    return a.slug;
}
const QString &stepId(const ChecklistStep &s)
{
    return s.id;
}
const QString &offerId(const Offer &o)
{
    return o.id;
}

} // namespace

ContentStore::ContentStore(QObject *parent)
    : QObject(parent)
    , m_connection(QStringLiteral("content-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

ContentStore::~ContentStore()
{
    close();
}

bool ContentStore::open(const QString &path)
{
    close();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    const auto fail = [this](const QString &why) {
        m_error = why;
        close();
        Q_EMIT contentChanged();
        return false;
    };
    if (!m_db.open()) {
        return fail(tr("Cannot open the content database: %1").arg(m_db.lastError().text()));
    }
    const auto format = metaValue(QStringLiteral("format")).toInt();
    if (format != ContentSchema::formatVersion) {
        return fail(tr("The content database has format %1, this app reads format %2.")
                        .arg(format)
                        .arg(ContentSchema::formatVersion));
    }
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("SELECT code, name, rtl, fallback FROM languages ORDER BY position"));
    while (q.next()) {
        m_languages.push_back({ q.value(0).toString(), q.value(1).toString(), q.value(2).toBool(),
            q.value(3).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts) });
    }
    if (m_languages.isEmpty()) {
        return fail(tr("The content database lists no languages."));
    }
    m_error.clear();
    Q_EMIT contentChanged();
    return true;
}

void ContentStore::close()
{
    m_languages.clear();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool ContentStore::isOpen() const
{
    return m_db.isValid() && m_db.isOpen();
}

QString ContentStore::errorString() const
{
    return m_error;
}

QString ContentStore::metaValue(const QString &key) const
{
    if (!m_db.isOpen()) {
        return {};
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

qint64 ContentStore::version() const
{
    return metaValue(QStringLiteral("version")).toLongLong();
}

QString ContentStore::builtAt() const
{
    return metaValue(QStringLiteral("built_at"));
}

QString ContentStore::region() const
{
    return metaValue(QStringLiteral("region"));
}

QStringList ContentStore::homeArticles() const
{
    return metaValue(QStringLiteral("home_articles")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QList<Language> ContentStore::languages() const
{
    return m_languages;
}

QString ContentStore::defaultLanguage() const
{
    return m_languages.isEmpty() ? QString() : m_languages.first().code;
}

QStringList ContentStore::fallbackChain(const QString &lang) const
{
    QStringList chain;
    const auto it
        = std::find_if(m_languages.cbegin(), m_languages.cend(), [&](const Language &l) { return l.code == lang; });
    if (it != m_languages.cend()) {
        chain.push_back(lang);
        for (const auto &f : it->fallback) {
            if (!chain.contains(f)) {
                chain.push_back(f);
            }
        }
    }
    const auto def = defaultLanguage();
    if (!def.isEmpty() && !chain.contains(def)) {
        chain.push_back(def);
    }
    return chain;
}

QString ContentStore::siteName(const QString &lang) const
{
    if (!isOpen()) {
        return {};
    }
    const auto chain = fallbackChain(lang);
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("SELECT lang, name FROM site_names"));
    QString best;
    int bestRank = INT_MAX;
    while (q.next()) {
        const int r = rank(chain, q.value(0).toString());
        if (r < bestRank) {
            bestRank = r;
            best = q.value(1).toString();
        }
    }
    return best;
}

QList<Topic> ContentStore::topics(const QString &lang) const
{
    QList<Topic> result;
    if (!isOpen()) {
        return result;
    }
    const auto chain = fallbackChain(lang);
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("SELECT t.id, t.icon, x.lang, x.name, x.description, "
                          "(SELECT count(*) FROM articles a WHERE a.topic = t.id) "
                          "FROM topics t JOIN topic_texts x ON x.topic = t.id ORDER BY t.position"));
    while (q.next()) {
        if (admit(result, chain, q.value(0).toString(), q.value(2).toString(), &topicId)) {
            result.push_back({ q.value(0).toString(), q.value(1).toString(), q.value(3).toString(),
                q.value(4).toString(), q.value(2).toString(), q.value(5).toInt() });
        }
    }
    return result;
}

std::optional<Topic> ContentStore::topic(const QString &id, const QString &lang) const
{
    const auto all = topics(lang);
    const auto it = std::find_if(all.cbegin(), all.cend(), [&](const Topic &t) { return t.id == id; });
    return it == all.cend() ? std::nullopt : std::optional<Topic>(*it);
}

QString ContentStore::topicName(const QString &id, const QString &lang) const
{
    const auto t = topic(id, lang);
    return t ? t->name : QString();
}

QList<ArticleSummary> ContentStore::articles(const QString &topicId, const QString &lang) const
{
    QList<ArticleSummary> result;
    if (!isOpen()) {
        return result;
    }
    const auto chain = fallbackChain(lang);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT a.slug, a.topic, x.lang, x.title, x.summary FROM articles a "
                             "JOIN article_texts x ON x.slug = a.slug JOIN topics t ON t.id = a.topic "
                             "WHERE :topic = '' OR a.topic = :topic ORDER BY t.position, a.position, a.slug"));
    q.bindValue(QStringLiteral(":topic"), topicId.isNull() ? QStringLiteral("") : topicId); // null would bind as NULL
    q.exec();
    while (q.next()) {
        if (admit(result, chain, q.value(0).toString(), q.value(2).toString(), &articleSlug)) {
            result.push_back({ q.value(0).toString(), q.value(1).toString(), q.value(3).toString(),
                q.value(4).toString(), q.value(2).toString() });
        }
    }
    return result;
}

std::optional<Article> ContentStore::article(const QString &slug, const QString &lang) const
{
    if (!isOpen()) {
        return std::nullopt;
    }
    const auto chain = fallbackChain(lang);
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT x.lang, a.topic, x.title, x.summary, x.body, x.tags, x.sources, x.reviewed, "
                       "x.needs_review FROM articles a JOIN article_texts x ON x.slug = a.slug WHERE a.slug = ?"));
    q.addBindValue(slug);
    q.exec();
    std::optional<Article> best;
    int bestRank = INT_MAX;
    while (q.next()) {
        const int r = rank(chain, q.value(0).toString());
        if (r >= bestRank) {
            continue;
        }
        bestRank = r;
        Article a;
        a.slug = slug;
        a.lang = q.value(0).toString();
        a.topic = q.value(1).toString();
        a.title = q.value(2).toString();
        a.summary = q.value(3).toString();
        a.body = q.value(4).toString();
        const auto tags = QJsonDocument::fromJson(q.value(5).toByteArray()).array();
        for (const auto &t : tags) {
            a.tags.push_back(t.toString());
        }
        const auto sources = QJsonDocument::fromJson(q.value(6).toByteArray()).array();
        for (const auto &s : sources) {
            a.sources.push_back({ s[QLatin1String("title")].toString(), s[QLatin1String("url")].toString() });
        }
        a.reviewed = q.value(7).toString();
        a.needsReview = q.value(8).toBool();
        best = a;
    }
    return best;
}

QList<ChecklistStep> ContentStore::checklistSteps(const QString &lang) const
{
    QList<ChecklistStep> result;
    if (!isOpen()) {
        return result;
    }
    const auto chain = fallbackChain(lang);
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("SELECT s.id, s.position, s.article, s.offer_category, s.applies_to, s.conditions, s.due, "
                          "s.remind_days, s.needs_review, x.lang, x.title, x.description, x.documents, s.importance, "
                          "s.document_conditions "
                          "FROM checklist_steps s JOIN checklist_texts x ON x.step = s.id ORDER BY s.position"));
    while (q.next()) {
        const auto stepLang = q.value(9).toString();
        if (!admit(result, chain, q.value(0).toString(), stepLang, &stepId)) {
            continue;
        }
        ChecklistStep s;
        s.id = q.value(0).toString();
        s.position = q.value(1).toInt();
        s.article = q.value(2).toString();
        s.offerCategory = q.value(3).toString();
        s.appliesTo = q.value(4).toString();
        // Written by the content tool from checked sources; a bad value leaves the condition or date empty.
        s.when = StepConditions::fromJson(QJsonDocument::fromJson(q.value(5).toByteArray()).object(), nullptr)
                     .value_or(StepConditions {});
        s.due = DueRule::fromJson(QJsonDocument::fromJson(q.value(6).toByteArray()).object(), nullptr)
                    .value_or(DueRule {});
        s.remindDaysBefore = q.value(7).toInt();
        s.needsReview = q.value(8).toBool();
        s.lang = stepLang;
        s.title = q.value(10).toString();
        s.description = q.value(11).toString();
        for (const auto &d : QJsonDocument::fromJson(q.value(12).toByteArray()).array()) {
            s.documents.push_back(d.toString());
        }
        s.importance = ChecklistStep::importanceFromString(q.value(13).toString()).value_or(s.importance);
        // A condition that cannot be read hides its document rather than showing it to everyone.
        StepConditions never;
        never.from = QStringList { QStringLiteral("nowhere") };
        for (const auto &c : QJsonDocument::fromJson(q.value(14).toByteArray()).array()) {
            s.documentConditions.push_back(StepConditions::fromJson(c.toObject(), nullptr).value_or(never));
        }
        result.push_back(s);
    }
    return result;
}

QList<Offer> ContentStore::offers(const QString &category, const QString &lang) const
{
    QList<Offer> result;
    if (!isOpen()) {
        return result;
    }
    const auto chain = fallbackChain(lang);
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT o.id, o.category, x.lang, x.name, x.description, o.lat, o.lon, o.street, o.postcode, "
                       "o.city, o.phone, o.email, o.web, o.languages, o.articles, o.hours, o.needs_review, o.free, "
                       "o.wheelchair, o.appointment, o.location_source, x.hours_note "
                       "FROM offers o JOIN offer_texts x ON x.offer = o.id WHERE :c = '' OR o.category = :c "
                       "ORDER BY o.rowid"));
    q.bindValue(QStringLiteral(":c"), category.isNull() ? QStringLiteral("") : category);
    q.exec();
    const auto list = [](const QVariant &v) {
        QStringList out;
        for (const auto &s : QJsonDocument::fromJson(v.toByteArray()).array()) {
            out.push_back(s.toString());
        }
        return out;
    };
    while (q.next()) {
        const auto offerLang = q.value(2).toString();
        if (!admit(result, chain, q.value(0).toString(), offerLang, &offerId)) {
            continue;
        }
        Offer o;
        o.id = q.value(0).toString();
        o.category = q.value(1).toString();
        o.lang = offerLang;
        o.name = q.value(3).toString();
        o.description = q.value(4).toString();
        o.hasLocation = !q.value(5).isNull() && !q.value(6).isNull();
        o.lat = q.value(5).toDouble();
        o.lon = q.value(6).toDouble();
        o.street = q.value(7).toString();
        o.postcode = q.value(8).toString();
        o.city = q.value(9).toString();
        o.phone = q.value(10).toString();
        o.email = q.value(11).toString();
        o.web = q.value(12).toString();
        o.languages = list(q.value(13));
        o.articles = list(q.value(14));
        o.hoursJson = q.value(15).toString();
        o.needsReview = q.value(16).toBool();
        const auto flag = [&](int column) {
            return q.value(column).isNull() ? std::nullopt : std::optional<bool>(q.value(column).toInt() == 1);
        };
        o.free = flag(17);
        o.wheelchair = flag(18);
        o.appointment = flag(19);
        o.locationSource = q.value(20).toString();
        o.hoursNote = q.value(21).toString();
        result.push_back(o);
    }
    return result;
}

QString ContentStore::articleTitle(const QString &slug, const QString &lang) const
{
    const auto a = article(slug, lang);
    return a ? a->title : QString();
}

int ContentStore::tileMaxZoom() const
{
    bool ok = false;
    const int z = metaValue(QStringLiteral("tile_max_zoom")).toInt(&ok);
    return ok ? z : 19;
}

QVariantList ContentStore::center() const
{
    const auto parts = metaValue(QStringLiteral("center")).split(QLatin1Char(' '));
    return parts.size() == 2 ? QVariantList { parts[0].toDouble(), parts[1].toDouble() } : QVariantList { 0.0, 0.0 };
}

QList<Place> ContentStore::places() const
{
    QList<Place> out;
    QSqlQuery q(m_db);
    // A content.db built before places existed has no such table: no places, no error.
    if (!q.exec(QStringLiteral("SELECT postcode, name, lat, lon FROM places ORDER BY position"))) {
        return out;
    }
    while (q.next()) {
        out.push_back({ q.value(0).toString(), q.value(1).toString(), q.value(2).toDouble(), q.value(3).toDouble() });
    }
    return out;
}

QHash<QString, QStringList> ContentStore::planKeys() const
{
    QHash<QString, QStringList> keys;
    if (!isOpen()) {
        return keys;
    }
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("SELECT offer, key FROM plan_keys ORDER BY offer, key"));
    while (q.next()) {
        keys[q.value(0).toString()].push_back(q.value(1).toString());
    }
    return keys;
}

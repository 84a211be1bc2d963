// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentpackager.h"
#include "contentobject.h"

#include <QJsonArray>

namespace {
QJsonObject perLanguage(const QMap<QString, QString> &map)
{
    QJsonObject o;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        o.insert(it.key(), it.value());
    }
    return o;
}

QJsonArray sourcesJson(const QList<Source> &sources)
{
    QJsonArray a;
    for (const auto &s : sources) {
        a.push_back(QJsonObject { { QStringLiteral("title"), s.title }, { QStringLiteral("url"), s.url } });
    }
    return a;
}

QJsonValue flag(const std::optional<bool> &b)
{
    return b ? QJsonValue(*b) : QJsonValue(QJsonValue::Null);
}

QJsonObject siteData(const SourceSite &site)
{
    QJsonArray languages;
    for (const auto &l : site.languages) {
        languages.push_back(QJsonObject { { QStringLiteral("code"), l.code }, { QStringLiteral("name"), l.name },
            { QStringLiteral("rtl"), l.rightToLeft },
            { QStringLiteral("fallback"), QJsonArray::fromStringList(l.fallback) } });
    }
    return {
        { QStringLiteral("names"), perLanguage(site.names) },
        { QStringLiteral("languages"), languages },
        { QStringLiteral("required_languages"), QJsonArray::fromStringList(site.requiredLanguages) },
        { QStringLiteral("home_articles"), QJsonArray::fromStringList(site.homeArticles) },
        { QStringLiteral("center"),
            QJsonObject { { QStringLiteral("lat"), site.centerLat }, { QStringLiteral("lon"), site.centerLon } } },
        { QStringLiteral("trusted_keys"), QJsonArray::fromStringList(site.trustedKeys) },
        { QStringLiteral("tiles"),
            QJsonObject { { QStringLiteral("url"), site.tileUrl },
                { QStringLiteral("attribution"), site.tileAttribution },
                { QStringLiteral("max_zoom"), site.tileMaxZoom } } },
        { QStringLiteral("update_url"), site.updateUrl },
        { QStringLiteral("link_host"), site.linkHost },
    };
}
} // namespace

QList<PackagedObject> ContentPackager::objects(const ContentSource &source)
{
    QList<PackagedObject> result;
    const auto add = [&result](QString id, QString kind, QString lang, QJsonObject data) {
        PackagedObject o { std::move(id), std::move(kind), std::move(lang), std::move(data), {}, {} };
        o.stored = ContentObject::encode(o.data);
        o.sha256 = ContentObject::sha256(o.stored);
        result.push_back(std::move(o));
    };
    add(QStringLiteral("site"), QStringLiteral("site"), {}, siteData(source.site));
    QJsonArray topics;
    for (const auto &t : source.topics) {
        topics.push_back(QJsonObject { { QStringLiteral("id"), t.id }, { QStringLiteral("icon"), t.icon },
            { QStringLiteral("names"), perLanguage(t.names) },
            { QStringLiteral("descriptions"), perLanguage(t.descriptions) } });
    }
    add(QStringLiteral("topics"), QStringLiteral("topics"), {}, { { QStringLiteral("topics"), topics } });
    QJsonArray groups;
    for (const auto &g : source.synonyms) {
        groups.push_back(QJsonArray::fromStringList(g));
    }
    add(QStringLiteral("synonyms"), QStringLiteral("synonyms"), {}, { { QStringLiteral("groups"), groups } });
    // Always present, possibly empty: an update never removes the list, it replaces it.
    QJsonArray places;
    for (const auto &pl : source.places) {
        places.push_back(QJsonObject { { QStringLiteral("postcode"), pl.postcode }, { QStringLiteral("name"), pl.name },
            { QStringLiteral("lat"), pl.lat }, { QStringLiteral("lon"), pl.lon } });
    }
    add(QStringLiteral("places"), QStringLiteral("places"), {}, { { QStringLiteral("places"), places } });
    for (const auto &sa : source.articles) {
        const auto &a = sa.article;
        add(QStringLiteral("article/%1/%2").arg(sa.slug, sa.lang), QStringLiteral("article"), sa.lang,
            { { QStringLiteral("slug"), sa.slug }, { QStringLiteral("topic"), a.topic },
                { QStringLiteral("title"), a.title }, { QStringLiteral("summary"), a.summary },
                { QStringLiteral("body"), a.body }, { QStringLiteral("tags"), QJsonArray::fromStringList(a.tags) },
                { QStringLiteral("sources"), sourcesJson(a.sources) }, { QStringLiteral("reviewed"), a.reviewed },
                { QStringLiteral("needs_review"), a.needsReview } });
    }
    for (const auto &o : source.offers) {
        const auto field = [&o](const char *key) { return o.address.value(QLatin1String(key)).toVariant().toString(); };
        QJsonObject data { { QStringLiteral("id"), o.id }, { QStringLiteral("category"), o.category },
            { QStringLiteral("street"), field("street") }, { QStringLiteral("postcode"), field("postcode") },
            { QStringLiteral("city"), field("city") }, { QStringLiteral("phone"), o.phone },
            { QStringLiteral("email"), o.email }, { QStringLiteral("web"), o.web },
            { QStringLiteral("languages"), QJsonArray::fromStringList(o.languages) },
            { QStringLiteral("free"), flag(o.free) }, { QStringLiteral("wheelchair"), flag(o.wheelchair) },
            { QStringLiteral("appointment"), flag(o.appointment) }, { QStringLiteral("hours"), o.hours },
            { QStringLiteral("articles"), QJsonArray::fromStringList(o.articles) },
            { QStringLiteral("needs_review"), o.needsReview }, { QStringLiteral("sources"), sourcesJson(o.sources) },
            { QStringLiteral("names"), perLanguage(o.names) },
            { QStringLiteral("descriptions"), perLanguage(o.descriptions) },
            { QStringLiteral("hours_notes"), perLanguage(o.hoursNotes) },
            { QStringLiteral("plan_keys"), QJsonArray::fromStringList(o.planKeys) } };
        // No location, no coordinates: an offer is never given a stand-in point.
        if (o.hasLocation) {
            data.insert(QStringLiteral("location"),
                QJsonObject { { QStringLiteral("lat"), o.lat }, { QStringLiteral("lon"), o.lon },
                    { QStringLiteral("source"), o.locationSource } });
        }
        add(QStringLiteral("offer/") + o.id, QStringLiteral("offer"), {}, data);
    }
    for (const auto &s : source.steps) {
        QJsonObject documents;
        for (auto it = s.documents.cbegin(); it != s.documents.cend(); ++it) {
            documents.insert(it.key(), QJsonArray::fromStringList(it.value()));
        }
        QJsonArray documentConditions;
        for (const auto &c : s.documentConditions) {
            documentConditions.push_back(c.toJson());
        }
        add(QStringLiteral("step/") + s.id, QStringLiteral("step"), {},
            { { QStringLiteral("id"), s.id }, { QStringLiteral("position"), s.position },
                { QStringLiteral("article"), s.article }, { QStringLiteral("offer_category"), s.offerCategory },
                { QStringLiteral("applies_to"), s.appliesTo }, { QStringLiteral("conditions"), s.when.toJson() },
                { QStringLiteral("due"), s.due.toJson() }, { QStringLiteral("remind_days"), s.remindDaysBefore },
                { QStringLiteral("importance"), ChecklistStep::importanceName(s.importance) },
                { QStringLiteral("document_conditions"), documentConditions },
                { QStringLiteral("needs_review"), s.needsReview },
                { QStringLiteral("sources"), sourcesJson(s.sources) },
                { QStringLiteral("titles"), perLanguage(s.titles) },
                { QStringLiteral("descriptions"), perLanguage(s.descriptions) },
                { QStringLiteral("documents"), documents } });
    }
    return result;
}

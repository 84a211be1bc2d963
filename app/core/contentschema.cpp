// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentschema.h"
#include "searchindex.h"

QStringList ContentSchema::topicIcons()
{
    return { QStringLiteral("book"), QStringLiteral("chat"), QStringLiteral("compass"), QStringLiteral("document"),
        QStringLiteral("emergency"), QStringLiteral("family"), QStringLiteral("forum"), QStringLiteral("health"),
        QStringLiteral("home"), QStringLiteral("money"), QStringLiteral("school"), QStringLiteral("translate"),
        QStringLiteral("work") };
}

QStringList ContentSchema::createStatements()
{
    QStringList statements = {
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        // position keeps the editor's order; fallback is a space-separated list of language codes.
        QStringLiteral("CREATE TABLE languages (code TEXT PRIMARY KEY, name TEXT NOT NULL, rtl INTEGER NOT NULL, "
                       "fallback TEXT NOT NULL, position INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE site_names (lang TEXT PRIMARY KEY, name TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE topics (id TEXT PRIMARY KEY, icon TEXT NOT NULL, position INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE topic_texts (topic TEXT NOT NULL REFERENCES topics(id), lang TEXT NOT NULL, "
                       "name TEXT NOT NULL, description TEXT NOT NULL, PRIMARY KEY (topic, lang))"),
        QStringLiteral("CREATE TABLE articles (slug TEXT PRIMARY KEY, topic TEXT NOT NULL REFERENCES topics(id), "
                       "position INTEGER NOT NULL)"),
        // sources is a JSON array of {title, url}; tags a JSON array of strings.
        QStringLiteral("CREATE TABLE article_texts (slug TEXT NOT NULL REFERENCES articles(slug), lang TEXT NOT NULL, "
                       "title TEXT NOT NULL, summary TEXT NOT NULL, body TEXT NOT NULL, tags TEXT NOT NULL, "
                       "sources TEXT NOT NULL, reviewed TEXT NOT NULL, needs_review INTEGER NOT NULL, "
                       "PRIMARY KEY (slug, lang))"),
        QStringLiteral("CREATE INDEX articles_by_topic ON articles(topic, position)"),
        // Checklist step templates; conditions and due rules as JSON in the shape of checklists/*.yaml;
        // document_conditions is a JSON array of conditions, one per document in the texts' order.
        QStringLiteral(
            "CREATE TABLE checklist_steps (id TEXT PRIMARY KEY, position INTEGER NOT NULL, article TEXT NOT NULL, "
            "offer_category TEXT NOT NULL, applies_to TEXT NOT NULL, conditions TEXT NOT NULL, due TEXT NOT NULL, "
            "remind_days INTEGER NOT NULL, importance TEXT NOT NULL, document_conditions TEXT NOT NULL, "
            "needs_review INTEGER NOT NULL, sources TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE checklist_texts (step TEXT NOT NULL REFERENCES checklist_steps(id), lang TEXT NOT NULL, "
            "title TEXT NOT NULL, description TEXT NOT NULL, documents TEXT NOT NULL, PRIMARY KEY (step, lang))"),
        // Offers: places and services that help. Flags are NULL when unknown; so are lat and lon when no source gives
        // the place's coordinates (then it has no map point, location_source is empty and offers_rtree has no row).
        // Hours, languages, articles and sources are JSON in the shape of offers/*.yaml. offers_rtree indexes
        // the located ones by position (rowid = offers.rowid).
        QStringLiteral(
            "CREATE TABLE offers (id TEXT NOT NULL UNIQUE, category TEXT NOT NULL, lat REAL, lon REAL, "
            "location_source TEXT NOT NULL, street TEXT NOT NULL, postcode TEXT NOT NULL, city TEXT NOT NULL, "
            "phone TEXT NOT NULL, email TEXT NOT NULL, web TEXT NOT NULL, languages TEXT NOT NULL, free INTEGER, "
            "wheelchair INTEGER, appointment INTEGER, hours TEXT NOT NULL, articles TEXT NOT NULL, "
            "needs_review INTEGER NOT NULL, sources TEXT NOT NULL)"),
        // hours_note: a short text beside the opening hours ("by appointment"), empty when there is none.
        QStringLiteral("CREATE TABLE offer_texts (offer TEXT NOT NULL REFERENCES offers(id), lang TEXT NOT NULL, "
                       "name TEXT NOT NULL, description TEXT NOT NULL, hours_note TEXT NOT NULL, "
                       "PRIMARY KEY (offer, lang))"),
        QStringLiteral("CREATE INDEX offers_by_category ON offers(category)"),
        // The public keys (base64 Ed25519) a counselling point signs plan codes with; they come and go with its offer.
        QStringLiteral("CREATE TABLE plan_keys (offer TEXT NOT NULL REFERENCES offers(id), key TEXT NOT NULL, "
                       "PRIMARY KEY (offer, key))"),
        QStringLiteral("CREATE VIRTUAL TABLE offers_rtree USING rtree(id, min_lat, max_lat, min_lon, max_lon)"),
        // Synonym groups from synonyms.yaml; term is folded, words separated by one space.
        QStringLiteral("CREATE TABLE synonyms (grp INTEGER NOT NULL, term TEXT NOT NULL)"),
        // Every content object this database holds, with the hash it was published under: a sync downloads only
        // objects whose hash differs.
        QStringLiteral("CREATE TABLE objects (id TEXT PRIMARY KEY, kind TEXT NOT NULL, lang TEXT NOT NULL, "
                       "sha256 TEXT NOT NULL, size INTEGER NOT NULL)"),
        // What the last applied update changed, for the app's "What's new" list; empty in a fresh build.
        QStringLiteral("CREATE TABLE whats_new (id TEXT PRIMARY KEY, kind TEXT NOT NULL, lang TEXT NOT NULL, "
                       "change TEXT NOT NULL)"),
        // Postcodes and quarters the user can pick to measure distances from (places.yaml), in editor order.
        QStringLiteral("CREATE TABLE places (postcode TEXT NOT NULL, name TEXT NOT NULL, lat REAL NOT NULL, "
                       "lon REAL NOT NULL, position INTEGER NOT NULL)"),
    };
    statements.append(SearchIndex::createStatements());
    return statements;
}

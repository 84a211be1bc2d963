// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist.h"
#include "contenttypes.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

/** One problem in the content source, printed as "file:line: message". */
struct Diagnostic
{
    enum class Severity { Error, Warning };
    QString file; ///< relative to the content folder
    int line = 1;
    QString message;
    Severity severity = Severity::Error;

    [[nodiscard]] QString toString(const QString &dir = {}) const;
    bool operator==(const Diagnostic &) const = default;
};

/** A link found in an article body. */
struct BodyLink
{
    QString target;
    int line = 1;
};

struct SourceTopic
{
    QString id;
    QString icon;
    QMap<QString, QString> names; ///< language → name
    QMap<QString, QString> descriptions;
    int line = 1;
};

struct SourceArticle
{
    QString slug;
    QString lang;
    QString file; ///< relative path
    Article article;
    int topicLine = 1;
    QList<BodyLink> links;
};

/** A checklist step template as read from a file in checklists/. */
struct SourceStep
{
    QString id;
    QString file;
    int line = 1;
    int position = 0;
    QMap<QString, QString> titles;
    QMap<QString, QString> descriptions;
    QMap<QString, QStringList> documents;
    /** Who each document is for, in the order of documents (empty conditions: everyone). */
    QList<StepConditions> documentConditions;
    QString article;
    int articleLine = 1;
    QString offerCategory;
    QString appliesTo;
    StepConditions when;
    DueRule due;
    int dueLine = 1;
    int remindDaysBefore = 3;
    ChecklistStep::Importance importance = ChecklistStep::Importance::Normal;
    bool needsReview = false;
    QList<Source> sources;
};

/** An offer (a place or service that helps) as read from a file in offers/. */
struct SourceOffer
{
    QString id;
    QString file;
    int line = 1;
    QString category;
    QMap<QString, QString> names;
    QMap<QString, QString> descriptions;
    QJsonObject address; ///< street, postcode, city
    /** Whether the offer has a map point; it always comes with the page its coordinates are from. */
    bool hasLocation = false;
    double lat = 0;
    double lon = 0;
    QString locationSource;
    QJsonObject hours; ///< mon … sun: ["08:00-12:00"], or always: true
    QMap<QString, QString> hoursNotes; ///< language → a short text beside the hours; optional
    QString phone;
    QString email;
    QString web;
    QStringList languages;
    std::optional<bool> free;
    std::optional<bool> wheelchair;
    std::optional<bool> appointment;
    QStringList articles;
    int articlesLine = 1;
    bool needsReview = false;
    QList<Source> sources;
    QStringList planKeys; ///< base64 Ed25519 keys this counselling point signs plan codes with
    int planKeysLine = 1;
};

/** A place the user can pick instead of a position (places.yaml): a postcode or quarter and its centre. */
struct SourcePlace
{
    QString postcode;
    QString name;
    double lat = 0;
    double lon = 0;
    int line = 1;
};

struct SourceSite
{
    QString region;
    qint64 version = 0;
    QMap<QString, QString> names;
    QList<Language> languages;
    QStringList requiredLanguages;
    QStringList trustedKeys;
    QStringList homeArticles; ///< featured on Home, in order
    double centerLat = 0;
    double centerLon = 0;
    QString tileUrl; ///< XYZ template with {z} {x} {y}; empty: no online tiles
    QString tileAttribution;
    int tileMaxZoom = 19;
    QString updateUrl; ///< where signed updates are published; empty: no automatic sync
    QString linkHost; ///< host of plan links, https://<linkHost>/r#<code>; empty: app links only
    int homeArticlesLine = 1;
};

/** Everything in a content folder, as read; check() adds the cross-file rules. */
struct ContentSource
{
    QString dir;
    SourceSite site;
    QList<SourceTopic> topics;
    QList<SourceArticle> articles; ///< sorted by slug, then language
    /** Groups of words or phrases that mean the same for search (synonyms.yaml, optional). */
    QList<QStringList> synonyms;
    /** Checklist step templates in file order (files sorted by name). */
    QList<SourceStep> steps;
    /** Offers in file order. */
    QList<SourceOffer> offers;
    /** Places to measure distances from (places.yaml, optional), in file order. */
    QList<SourcePlace> places;
    /** "slug/lang" of article files that exist but could not be read; they count as present. */
    QSet<QString> unreadable;

    /** Reads site.yaml, topics.yaml and articles/<slug>/<lang>.md; syntax and field problems go to @p diagnostics. */
    static ContentSource load(const QString &dir, QList<Diagnostic> &diagnostics);
    /** Cross-file rules: unknown topics and languages, broken links, missing required languages. */
    void check(QList<Diagnostic> &diagnostics) const;
    /** SHA-256 over every source file, to tell two builds of one version apart. */
    [[nodiscard]] QString sourceHash() const;
};

[[nodiscard]] bool hasErrors(const QList<Diagnostic> &diagnostics);

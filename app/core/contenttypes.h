// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/** A language the content offers, with the chain of languages to fall back to. */
struct Language
{
    QString code;
    QString name; ///< in the language itself
    bool rightToLeft = false;
    QStringList fallback; ///< tried in order when a page is missing in this language
};

struct Topic
{
    QString id;
    QString icon;
    QString name;
    QString description;
    QString lang; ///< the language name and description are in
    int articleCount = 0;
};

struct ArticleSummary
{
    QString slug;
    QString topic;
    QString title;
    QString summary;
    QString lang;
};

struct Source
{
    QString title;
    QString url;
};

/** A place or service that helps, with its texts in one language. */
struct Offer
{
    QString id;
    QString category;
    QString lang;
    QString name;
    QString description;
    /** Whether a cited source gives the place's coordinates; without, lat and lon mean nothing and it has no map point.
     */
    bool hasLocation = false;
    double lat = 0;
    double lon = 0;
    QString locationSource; ///< the page the coordinates come from
    QString street;
    QString postcode;
    QString city;
    QString phone;
    QString email;
    QString web;
    QStringList languages;
    QStringList articles;
    QString hoursJson; ///< mon … sun: ["08:00-12:00"], or always: true
    QString hoursNote; ///< a short text beside the hours, e.g. "by appointment"; may be empty
    std::optional<bool> free; ///< free of charge; nullopt when unknown
    std::optional<bool> wheelchair; ///< wheelchair accessible; nullopt when unknown
    std::optional<bool> appointment; ///< only by appointment; nullopt when unknown
    bool needsReview = false;
};

struct Article
{
    QString slug;
    QString topic;
    QString lang;
    QString title;
    QString summary;
    QString body; ///< Markdown
    QStringList tags;
    QList<Source> sources;
    QString reviewed; ///< ISO date
    bool needsReview = false;
};

/** A postcode or quarter the user can pick to measure distances from. */
struct Place
{
    QString postcode;
    QString name;
    double lat = 0;
    double lon = 0;
};

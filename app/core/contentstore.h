// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist.h"
#include "contenttypes.h"

#include <QHash>
#include <QObject>
#include <QSqlDatabase>

#include <optional>

/**
 * Read-only access to an installed content.db: languages, topics and articles,
 * each resolved through the language's fallback chain.
 */
class ContentStore : public QObject
{
    Q_OBJECT
    /** Whether a content database is open. */
    Q_PROPERTY(bool isOpen READ isOpen NOTIFY contentChanged)
    /** The content version (monotonic, from site.yaml); a double because QML has no 64-bit integer. */
    Q_PROPERTY(double version READ versionNumber NOTIFY contentChanged)
    /** When the content was built, ISO 8601. */
    Q_PROPERTY(QString builtAt READ builtAt NOTIFY contentChanged)
    /** Region id, e.g. "bern". */
    Q_PROPERTY(QString region READ region NOTIFY contentChanged)
    /** Why the last open failed, empty when it did not. */
    Q_PROPERTY(QString errorString READ errorString NOTIFY contentChanged)
    /** Slugs of the articles featured on Home, in order. */
    Q_PROPERTY(QStringList homeArticles READ homeArticles NOTIFY contentChanged)
    /** Online map tiles: an XYZ URL template ({z} {x} {y}), empty when the content names no tile server. */
    Q_PROPERTY(QString tileUrl READ tileUrl NOTIFY contentChanged)
    /** Shown on the map whenever tiles from tileUrl are drawn. */
    Q_PROPERTY(QString tileAttribution READ tileAttribution NOTIFY contentChanged)
    Q_PROPERTY(int tileMaxZoom READ tileMaxZoom NOTIFY contentChanged)
    /** Where signed content updates are published; empty when there is no automatic sync. */
    Q_PROPERTY(QString updateUrl READ updateUrl NOTIFY contentChanged)
    /** Host of plan links (https://<linkHost>/r#<code>); empty when the content names none. */
    Q_PROPERTY(QString linkHost READ linkHost NOTIFY contentChanged)

public:
    explicit ContentStore(QObject *parent = nullptr);
    ~ContentStore() override;

    /** Opens (or reopens) the database at @p path; emits contentChanged either way. */
    bool open(const QString &path);
    void close();

    [[nodiscard]] bool isOpen() const;
    [[nodiscard]] QString errorString() const;
    [[nodiscard]] qint64 version() const;
    [[nodiscard]] double versionNumber() const { return double(version()); }
    [[nodiscard]] QString builtAt() const;
    [[nodiscard]] QString region() const;
    [[nodiscard]] QString metaValue(const QString &key) const;
    /** The file that is open, for components that need their own connection. */
    [[nodiscard]] QString databasePath() const { return m_db.databaseName(); }

    [[nodiscard]] QStringList homeArticles() const;
    [[nodiscard]] QString tileUrl() const { return metaValue(QStringLiteral("tile_url")); }
    [[nodiscard]] QString tileAttribution() const { return metaValue(QStringLiteral("tile_attribution")); }
    [[nodiscard]] int tileMaxZoom() const;
    [[nodiscard]] QString updateUrl() const { return metaValue(QStringLiteral("update_url")); }
    [[nodiscard]] QString linkHost() const { return metaValue(QStringLiteral("link_host")); }
    /** Offer id → the base64 Ed25519 keys that counselling point signs plan codes with. */
    [[nodiscard]] QHash<QString, QStringList> planKeys() const;
    /** The site's centre as [lat, lon]: distances count from here until the user picks a place. */
    Q_INVOKABLE QVariantList center() const;
    [[nodiscard]] QList<Language> languages() const;
    /** The default language of the site (the first one listed). */
    [[nodiscard]] QString defaultLanguage() const;
    /** @p lang first, then its fallbacks, then the default language; no duplicates. */
    [[nodiscard]] QStringList fallbackChain(const QString &lang) const;
    [[nodiscard]] Q_INVOKABLE QString siteName(const QString &lang) const;

    [[nodiscard]] QList<Topic> topics(const QString &lang) const;
    [[nodiscard]] std::optional<Topic> topic(const QString &id, const QString &lang) const;
    /** A topic's name in @p lang or its fallback; empty for an unknown topic. */
    [[nodiscard]] Q_INVOKABLE QString topicName(const QString &id, const QString &lang) const;
    /** Articles of @p topicId in editor order; an empty id lists every article. */
    [[nodiscard]] QList<ArticleSummary> articles(const QString &topicId, const QString &lang) const;
    [[nodiscard]] std::optional<Article> article(const QString &slug, const QString &lang) const;
    /** An article's title in @p lang or its fallback; empty if there is no such article. */
    [[nodiscard]] Q_INVOKABLE QString articleTitle(const QString &slug, const QString &lang) const;
    /** Offers of @p category (every offer when empty), texts in @p lang or its fallback, by name. */
    [[nodiscard]] QList<Offer> offers(const QString &category, const QString &lang) const;
    /** Every checklist step template, texts in @p lang or its fallback, in template order. */
    [[nodiscard]] QList<ChecklistStep> checklistSteps(const QString &lang) const;
    /** Postcodes and quarters to measure distances from, in the editors' order; empty for older content. */
    [[nodiscard]] QList<Place> places() const;

Q_SIGNALS:
    void contentChanged();

private:
    QSqlDatabase m_db;
    QString m_connection;
    QString m_error;
    QList<Language> m_languages; // cached: read on every fallback resolution
};

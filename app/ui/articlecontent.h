// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contenttypes.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantList>

#include <optional>

#include "contentstore.h"

/** One article, resolved through the language's fallback chain, for the article page. */
class ArticleContent : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(ContentStore *content READ content WRITE setContent NOTIFY inputChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY inputChanged)
    Q_PROPERTY(QString slug READ slug WRITE setSlug NOTIFY inputChanged)
    /** False when no article has this slug. */
    Q_PROPERTY(bool found READ found NOTIFY loaded)
    Q_PROPERTY(QString title READ title NOTIFY loaded)
    Q_PROPERTY(QString summary READ summary NOTIFY loaded)
    /** Markdown. */
    Q_PROPERTY(QString body READ body NOTIFY loaded)
    /** The language the text is in; differs from `language` when a fallback was used. */
    Q_PROPERTY(QString shownLanguage READ shownLanguage NOTIFY loaded)
    Q_PROPERTY(bool isFallback READ isFallback NOTIFY loaded)
    Q_PROPERTY(QString topic READ topic NOTIFY loaded)
    Q_PROPERTY(QString topicName READ topicName NOTIFY loaded)
    /** A list of {title, url}. */
    Q_PROPERTY(QVariantList sources READ sources NOTIFY loaded)
    Q_PROPERTY(QString reviewed READ reviewed NOTIFY loaded)
    Q_PROPERTY(bool needsReview READ needsReview NOTIFY loaded)

public:
    explicit ArticleContent(QObject *parent = nullptr);

    [[nodiscard]] ContentStore *content() const { return m_content; }
    void setContent(ContentStore *content);
    [[nodiscard]] QString language() const { return m_language; }
    void setLanguage(const QString &language);
    [[nodiscard]] QString slug() const { return m_slug; }
    void setSlug(const QString &slug);

    [[nodiscard]] bool found() const { return !m_article.slug.isEmpty(); }
    [[nodiscard]] QString title() const { return m_article.title; }
    [[nodiscard]] QString summary() const { return m_article.summary; }
    [[nodiscard]] QString body() const { return m_article.body; }
    [[nodiscard]] QString shownLanguage() const { return m_article.lang; }
    [[nodiscard]] bool isFallback() const { return found() && m_article.lang != m_language; }
    [[nodiscard]] QString topic() const { return m_article.topic; }
    [[nodiscard]] QString topicName() const;
    [[nodiscard]] QVariantList sources() const;
    [[nodiscard]] QString reviewed() const { return m_article.reviewed; }
    [[nodiscard]] bool needsReview() const { return m_article.needsReview; }

Q_SIGNALS:
    void inputChanged();
    void loaded();

private:
    void load();

    QPointer<ContentStore> m_content;
    QString m_language;
    QString m_slug;
    Article m_article;
    // Read on first use: cards that show only the title and summary never need it.
    mutable std::optional<QString> m_topicName;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlecontent.h"
#include "contentstore.h"

#include <QRegularExpression>
#include <QVariantMap>

ArticleContent::ArticleContent(QObject *parent)
    : QObject(parent)
{
    connect(this, &ArticleContent::inputChanged, this, &ArticleContent::load);
}

void ArticleContent::setContent(ContentStore *content)
{
    if (content == m_content) {
        return;
    }
    if (m_content) {
        disconnect(m_content, nullptr, this, nullptr);
    }
    m_content = content;
    if (m_content) {
        connect(m_content, &ContentStore::contentChanged, this, &ArticleContent::load);
    }
    Q_EMIT inputChanged();
}

void ArticleContent::setLanguage(const QString &language)
{
    if (language != m_language) {
        m_language = language;
        Q_EMIT inputChanged();
    }
}

void ArticleContent::setSlug(const QString &slug)
{
    if (slug != m_slug) {
        m_slug = slug;
        Q_EMIT inputChanged();
    }
}

QVariantList ArticleContent::sources() const
{
    QVariantList out;
    for (const auto &s : m_article.sources) {
        out.push_back(QVariantMap { { QStringLiteral("title"), s.title }, { QStringLiteral("url"), s.url } });
    }
    return out;
}

void ArticleContent::load()
{
    const auto a = m_content && !m_slug.isEmpty() ? m_content->article(m_slug, m_language) : std::nullopt;
    m_article = a.value_or(Article {});
    // Editors start sections at "##"; one level smaller reads better on a phone under the page title.
    static const QRegularExpression heading(QStringLiteral("^(#{2,5}) "), QRegularExpression::MultilineOption);
    m_article.body.replace(heading, QStringLiteral("#\\1 "));
    m_topicName.reset();
    Q_EMIT loaded();
}

QString ArticleContent::topicName() const
{
    if (!m_topicName) {
        const auto t = m_content && found() ? m_content->topic(m_article.topic, m_language) : std::nullopt;
        m_topicName = t ? t->name : QString();
    }
    return *m_topicName;
}

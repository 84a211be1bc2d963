// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchmodel.h"
#include "contentstore.h"
#include "route.h"

SearchWorker::SearchWorker(std::shared_ptr<std::atomic<int>> latest)
    : m_latest(std::move(latest))
{ }

SearchWorker::~SearchWorker() = default;

void SearchWorker::run(
    int generation, int contentGeneration, const QString &dbPath, const QString &query, const QStringList &chain)
{
    if (generation != m_latest->load()) {
        return; // the user typed on: only the newest query matters
    }
    // The engine caches synonyms at open: reopen it for new content, even in the same file.
    if (!m_engine || dbPath != m_dbPath || contentGeneration != m_contentGeneration) {
        m_engine.reset(); // close the old connection before opening another
        m_engine = std::make_unique<SearchEngine>(dbPath);
        m_dbPath = dbPath;
        m_contentGeneration = contentGeneration;
    }
    const auto results = m_engine->search(query, chain);
    Q_EMIT finished(generation, results);
}

SearchModel::SearchModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_generation(std::make_shared<std::atomic<int>>(0))
{
    qRegisterMetaType<QList<SearchResult>>();
    m_worker = new SearchWorker(m_generation);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SearchWorker::finished, this, &SearchModel::onFinished);
    m_thread.start();
}

SearchModel::~SearchModel()
{
    m_thread.quit();
    m_thread.wait();
}

void SearchModel::setContent(ContentStore *content)
{
    if (content == m_content) {
        return;
    }
    if (m_content) {
        disconnect(m_content, nullptr, this, nullptr);
    }
    m_content = content;
    if (m_content) {
        connect(m_content, &ContentStore::contentChanged, this, [this] {
            ++m_contentGeneration;
            start();
        });
    }
    Q_EMIT contentChanged();
    start();
}

void SearchModel::setLanguage(const QString &language)
{
    if (language != m_language) {
        m_language = language;
        Q_EMIT languageChanged();
        start();
    }
}

void SearchModel::setQuery(const QString &query)
{
    if (query != m_query) {
        m_query = query;
        Q_EMIT queryChanged();
        start();
    }
}

void SearchModel::setBusy(bool busy)
{
    if (busy != m_busy) {
        m_busy = busy;
        Q_EMIT busyChanged();
    }
}

void SearchModel::start()
{
    const int generation = ++*m_generation;
    if (!m_content || !m_content->isOpen() || m_query.trimmed().isEmpty()) {
        onFinished(generation, {});
        return;
    }
    setBusy(true);
    QMetaObject::invokeMethod(m_worker, "run", Qt::QueuedConnection, Q_ARG(int, generation),
        Q_ARG(int, m_contentGeneration), Q_ARG(QString, m_content->databasePath()), Q_ARG(QString, m_query),
        Q_ARG(QStringList, m_content->fallbackChain(m_language)));
}

void SearchModel::onFinished(int generation, const QList<SearchResult> &results)
{
    if (generation != m_generation->load()) {
        return;
    }
    const int before = rowCount();
    beginResetModel();
    m_results = results;
    endResetModel();
    if (before != rowCount()) {
        Q_EMIT countChanged();
    }
    setBusy(false);
    Q_EMIT searchFinished();
}

int SearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

QString SearchModel::snippetHtml(const QString &snippet)
{
    auto html = snippet.toHtmlEscaped();
    html.replace(SearchEngine::markStart, QLatin1String("<b>"));
    html.replace(SearchEngine::markEnd, QLatin1String("</b>"));
    return html;
}

QVariant SearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const auto &r = m_results[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return r.title;
    case KindRole:
        return r.kind;
    case RefRole:
        return r.ref;
    case SnippetRole:
        return snippetHtml(r.snippet);
    case LanguageRole:
        return r.lang;
    case ShownLanguageRole:
        return r.shownLang;
    case IsFallbackRole:
        return r.shownLang != m_language;
    case FuzzyRole:
        return r.fuzzy;
    case PageRole:
        // The index's kinds (article, topic, offer, step) are route kinds.
        if (const auto kind = Route::kindNamed(r.kind)) {
            return Route::format(*kind, { r.ref });
        }
        return QString();
    default:
        return {};
    }
}

QHash<int, QByteArray> SearchModel::roleNames() const
{
    return { { KindRole, "kind" }, { RefRole, "ref" }, { TitleRole, "title" }, { SnippetRole, "snippet" },
        { LanguageRole, "lang" }, { ShownLanguageRole, "shownLang" }, { IsFallbackRole, "isFallback" },
        { FuzzyRole, "fuzzy" }, { PageRole, "target" } };
}

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "searchengine.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlEngine>
#include <QThread>

#include <atomic>
#include <memory>

class ContentStore;

/** Runs searches on its own thread with its own database connection, newest request only. */
class SearchWorker : public QObject
{
    Q_OBJECT
public:
    explicit SearchWorker(std::shared_ptr<std::atomic<int>> latest);
    ~SearchWorker() override;

public Q_SLOTS:
    /** @p contentGeneration grows whenever the content is reopened (e.g. after a sync). */
    void run(
        int generation, int contentGeneration, const QString &dbPath, const QString &query, const QStringList &chain);

Q_SIGNALS:
    void finished(int generation, const QList<SearchResult> &results);

private:
    std::shared_ptr<std::atomic<int>> m_latest;
    std::unique_ptr<SearchEngine> m_engine;
    QString m_dbPath;
    int m_contentGeneration = -1;
};

/** Search results for the query as typed, updated off the UI thread, grouped by kind. */
class SearchModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(ContentStore *content READ content WRITE setContent NOTIFY contentChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    /** What the user typed. */
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    /** True while a search for the current query is running. */
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        KindRole = Qt::UserRole + 1,
        RefRole,
        TitleRole,
        SnippetRole,
        LanguageRole,
        ShownLanguageRole,
        IsFallbackRole,
        FuzzyRole,
        PageRole
    };
    Q_ENUM(Role)

    explicit SearchModel(QObject *parent = nullptr);
    ~SearchModel() override;

    [[nodiscard]] ContentStore *content() const { return m_content; }
    void setContent(ContentStore *content);
    [[nodiscard]] QString language() const { return m_language; }
    void setLanguage(const QString &language);
    [[nodiscard]] QString query() const { return m_query; }
    void setQuery(const QString &query);
    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] int count() const { return rowCount(); }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /** Snippet text as rich text with the matched words in bold; everything else escaped. */
    static QString snippetHtml(const QString &snippet);

Q_SIGNALS:
    void contentChanged();
    void languageChanged();
    void queryChanged();
    void busyChanged();
    void countChanged();
    /** A search for the current query finished (for tests). */
    void searchFinished();

private:
    void start();
    void onFinished(int generation, const QList<SearchResult> &results);
    void setBusy(bool busy);

    QPointer<ContentStore> m_content;
    QString m_language;
    QString m_query;
    bool m_busy = false;
    QList<SearchResult> m_results;
    std::shared_ptr<std::atomic<int>> m_generation;
    int m_contentGeneration = 0;
    QThread m_thread;
    SearchWorker *m_worker = nullptr;
};

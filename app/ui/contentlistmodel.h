// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlEngine>
#include <QQmlParserStatus>

#include "contentstore.h"

/**
 * Base of the list models that show content in one language: they reload
 * when the content, the language or their own filter changes.
 */
class ContentListModel : public QAbstractListModel, public QQmlParserStatus
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ANONYMOUS
    /** Where the content comes from; usually the Content singleton. */
    Q_PROPERTY(ContentStore *content READ content WRITE setContent NOTIFY contentChanged)
    /** The language asked for; each row may come from a fallback language. */
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    /** Number of rows, for bindings. */
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    using QAbstractListModel::QAbstractListModel;

    [[nodiscard]] ContentStore *content() const { return m_content; }
    void setContent(ContentStore *content);
    [[nodiscard]] QString language() const { return m_language; }
    void setLanguage(const QString &language);
    [[nodiscard]] int count() const { return rowCount(); }

Q_SIGNALS:
    void contentChanged();
    void languageChanged();
    void countChanged();

protected:
    // Built from QML, the model reads its rows once, when all its properties are set, not once per property.
    void classBegin() override;
    void componentComplete() override;

    /** Re-reads the rows; subclasses fill their data between begin/endResetModel. */
    void reload();
    virtual void load() = 0;

private:
    QPointer<ContentStore> m_content;
    QString m_language;
    bool m_complete = true;
};

// SPDX-License-Identifier: GPL-3.0-or-later
#include "whatsnewmodel.h"
#include "route.h"

#include <QCollator>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace {
struct Change
{
    QString kind;
    QString id;
    QString lang;
    QString change;
};

// A removed page's title is gone with it; its id, made readable, is the best name left.
QString readable(const QString &id)
{
    auto text = id;
    text.replace(QLatin1Char('-'), QLatin1Char(' ')).replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!text.isEmpty()) {
        text[0] = text[0].toUpper();
    }
    return text;
}

int kindOrder(const QString &kind)
{
    static const QStringList order
        = { QStringLiteral("article"), QStringLiteral("offer"), QStringLiteral("step"), QStringLiteral("topics") };
    return int(order.indexOf(kind));
}
} // namespace

int WhatsNewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant WhatsNewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const auto &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return e.title;
    case KindRole:
        return e.kind;
    case ChangeRole:
        return e.change;
    case PageRole:
        return e.page;
    default:
        return {};
    }
}

QHash<int, QByteArray> WhatsNewModel::roleNames() const
{
    return { { TitleRole, "title" }, { KindRole, "kind" }, { ChangeRole, "change" }, { PageRole, "page" } };
}

void WhatsNewModel::load()
{
    m_entries.clear();
    auto *store = content();
    const auto notes = store && store->isOpen() ? store->metaValue(QStringLiteral("update_notes")) : QString();
    if (notes != m_notes) {
        m_notes = notes;
        Q_EMIT notesChanged();
    }
    if (!store || !store->isOpen()) {
        return;
    }
    // ContentStore keeps its connection to itself; a second read-only one is cheap and sees the same file.
    const auto connection = QStringLiteral("whatsnew-%1").arg(quintptr(this));
    QList<Change> changes;
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(store->databasePath());
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT kind, id, lang, change FROM whats_new ORDER BY id"));
            while (q.next()) {
                changes.push_back(
                    { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString() });
            }
        }
    }
    QSqlDatabase::removeDatabase(connection);

    const auto lang = language();
    const auto chain = store->fallbackChain(lang);
    QHash<QString, QString> offerNames;
    for (const auto &o : store->offers({}, lang)) {
        offerNames.insert(o.id, o.name);
    }
    QHash<QString, QString> stepTitles;
    for (const auto &s : store->checklistSteps(lang)) {
        stepTitles.insert(s.id, s.title);
    }

    // Articles come as one object per language: fold them into one row per article.
    QMap<QString, QList<std::pair<QString, QString>>> articleChanges; // slug → (lang, change)
    for (const auto &c : std::as_const(changes)) {
        const auto parts = c.id.split(QLatin1Char('/'));
        if (c.kind == QLatin1String("article") && parts.size() == 3) {
            articleChanges[parts[1]].push_back({ c.lang, c.change });
        } else if (c.kind == QLatin1String("offer") && parts.size() == 2) {
            const bool exists = offerNames.contains(parts[1]);
            m_entries.push_back({ exists ? offerNames.value(parts[1]) : readable(parts[1]), c.kind,
                exists ? c.change : QStringLiteral("removed"),
                exists ? Route::format(Route::Kind::Offer, { parts[1] }) : QString() });
        } else if (c.kind == QLatin1String("step") && parts.size() == 2) {
            // A step opens for one household member; the checklist is the page that shows it for everyone.
            const bool exists = stepTitles.contains(parts[1]);
            m_entries.push_back({ exists ? stepTitles.value(parts[1]) : readable(parts[1]), c.kind,
                exists ? c.change : QStringLiteral("removed"),
                exists ? Route::format(Route::Kind::Checklist) : QString() });
        } else if (c.kind == QLatin1String("topics")) {
            m_entries.push_back({ tr("Topics of the guide"), c.kind, c.change, Route::format(Route::Kind::Guide) });
        }
        // Site settings and search synonyms are no page anyone reads.
    }
    for (auto it = articleChanges.cbegin(); it != articleChanges.cend(); ++it) {
        const auto shown = store->article(it.key(), lang);
        // What the reader sees comes from one language of the chain: a change counts if it is in that language or
        // in a better one that was removed. A changed Ukrainian text is no news to a German reader.
        const auto shownRank = shown ? chain.indexOf(shown->lang) : chain.size();
        QStringList relevant;
        for (const auto &[l, change] : it.value()) {
            const auto rank = chain.indexOf(l);
            if (rank >= 0 && rank <= shownRank) {
                relevant.push_back(change);
            }
        }
        if (relevant.isEmpty()) {
            continue;
        }
        const auto change = !shown                                ? QStringLiteral("removed")
            : relevant == QStringList { QStringLiteral("added") } ? QStringLiteral("added")
                                                                  : QStringLiteral("changed");
        m_entries.push_back({ shown ? shown->title : readable(it.key()), QStringLiteral("article"), change,
            shown ? Route::format(Route::Kind::Article, { it.key() }) : QString() });
    }

    // New and changed pages first (articles, offers, steps, topics), removed ones last; by title within.
    QCollator collator { QLocale(lang) };
    std::stable_sort(m_entries.begin(), m_entries.end(), [&collator](const Entry &a, const Entry &b) {
        const bool ar = a.change == QLatin1String("removed");
        const bool br = b.change == QLatin1String("removed");
        if (ar != br) {
            return br;
        }
        if (kindOrder(a.kind) != kindOrder(b.kind)) {
            return kindOrder(a.kind) < kindOrder(b.kind);
        }
        return collator.compare(a.title, b.title) < 0;
    });
}

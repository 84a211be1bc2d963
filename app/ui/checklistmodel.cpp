// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklistmodel.h"

#include <QLocale>
#include <QSet>

void ChecklistModel::setController(ChecklistController *controller)
{
    if (controller == m_controller) {
        return;
    }
    if (m_controller) {
        disconnect(m_controller, nullptr, this, nullptr);
    }
    m_controller = controller;
    if (m_controller) {
        connect(m_controller, &ChecklistController::changed, this, &ChecklistModel::reload);
    }
    Q_EMIT settingsChanged();
    reload();
}

void ChecklistModel::setMember(const QString &member)
{
    if (member != m_member) {
        m_member = member;
        Q_EMIT settingsChanged();
        reload();
    }
}

void ChecklistModel::setStep(const QString &step)
{
    if (step != m_step) {
        m_step = step;
        Q_EMIT settingsChanged();
        reload();
    }
}

void ChecklistModel::setOnlyOpen(bool onlyOpen)
{
    if (onlyOpen != m_onlyOpen) {
        m_onlyOpen = onlyOpen;
        Q_EMIT settingsChanged();
        reload();
    }
}

void ChecklistModel::setLimit(int limit)
{
    if (limit != m_limit) {
        m_limit = limit;
        Q_EMIT settingsChanged();
        reload();
    }
}

QString ChecklistModel::urgency(const QDate &due, const QDate &today, bool closed)
{
    if (closed) {
        return QStringLiteral("closed");
    }
    if (!due.isValid()) {
        return QStringLiteral("none");
    }
    if (due < today) {
        return QStringLiteral("overdue");
    }
    return today.daysTo(due) <= 7 ? QStringLiteral("soon") : QStringLiteral("later");
}

void ChecklistModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (m_controller) {
        const auto &states = m_controller->states();
        QSet<QString> planned;
        for (const auto &p : m_controller->planned()) {
            planned.insert(p.key());
            if ((!m_member.isEmpty() && p.member != m_member) || (!m_step.isEmpty() && p.recordId() != m_step)) {
                continue;
            }
            const auto state = states.value(p.key());
            if (m_onlyOpen && state.state != StepState::State::Open) {
                continue;
            }
            m_rows.push_back({ p, state });
        }
        // What the user recorded for steps the guide no longer has stays visible, marked as such.
        if (!m_onlyOpen) {
            for (auto it = states.cbegin(); it != states.cend(); ++it) {
                const auto member = it.key().section(QLatin1Char('/'), 0, 0);
                const bool recorded = it->state != StepState::State::Open || !it->note.isEmpty();
                const auto step = it.key().section(QLatin1Char('/'), 1);
                if (planned.contains(it.key()) || !recorded || (!m_member.isEmpty() && member != m_member)
                    || (!m_step.isEmpty() && step != m_step)) {
                    continue;
                }
                PlannedStep gone;
                gone.member = member;
                gone.stepId = step; // the record id as recorded: occurrence 0 keeps it whole
                m_rows.push_back({ gone, *it });
            }
        }
        if (m_onlyOpen) {
            std::stable_sort(m_rows.begin(), m_rows.end(),
                [](const Row &a, const Row &b) { return ChecklistRules::comesFirst(a.plan, b.plan); });
        }
        if (m_limit > 0 && m_rows.size() > m_limit) {
            m_rows.resize(m_limit);
        }
    }
    endResetModel();
    Q_EMIT countChanged();
}

int ChecklistModel::closedCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
        [](const Row &r) { return r.plan.step && r.state.state != StepState::State::Open; }));
}

int ChecklistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ChecklistModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_controller) {
        return {};
    }
    const auto &r = m_rows[index.row()];
    const auto *t = r.plan.step;
    switch (role) {
    case MemberRole:
        return r.plan.member;
    case MemberNameRole:
        return m_controller->memberName(r.plan.member);
    case StepRole:
        return r.plan.recordId();
    case Qt::DisplayRole:
    case TitleRole:
        return t ? t->title : r.state.title;
    case DescriptionRole:
        return t ? t->description : QString();
    case DueRole:
        return r.plan.due.isValid() ? r.plan.due.toString(Qt::ISODate) : QString();
    case UrgencyRole:
        return urgency(r.plan.due, m_controller->today(), r.state.state != StepState::State::Open);
    case StateRole:
        return r.state.state == StepState::State::Done     ? QStringLiteral("done")
            : r.state.state == StepState::State::NotNeeded ? QStringLiteral("not_needed")
                                                           : QStringLiteral("open");
    case NoteRole:
        return r.state.note;
    case ArticleRole:
        return t ? t->article : QString();
    case OfferCategoryRole:
        return t ? t->offerCategory : QString();
    case DocumentsRole:
        return r.plan.documents;
    case RemovedRole:
        return t == nullptr;
    case NeedsReviewRole:
        return t && t->needsReview;
    case ImportanceRole:
        return t ? ChecklistStep::importanceName(t->importance) : QString();
    default:
        return {};
    }
}

QHash<int, QByteArray> ChecklistModel::roleNames() const
{
    return { { MemberRole, "member" }, { MemberNameRole, "memberName" }, { StepRole, "step" }, { TitleRole, "title" },
        { DescriptionRole, "description" }, { DueRole, "due" }, { UrgencyRole, "urgency" }, { StateRole, "state" },
        { NoteRole, "note" }, { ArticleRole, "article" }, { OfferCategoryRole, "offerCategory" },
        { DocumentsRole, "documents" }, { RemovedRole, "removed" }, { NeedsReviewRole, "needsReview" },
        { ImportanceRole, "importance" } };
}

QVariantMap ChecklistModel::find(const QString &step) const
{
    QVariantMap out;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].plan.recordId() == step) {
            const auto names = roleNames();
            for (auto it = names.cbegin(); it != names.cend(); ++it) {
                out.insert(QString::fromLatin1(it.value()), data(index(i, 0), it.key()));
            }
            break;
        }
    }
    return out;
}

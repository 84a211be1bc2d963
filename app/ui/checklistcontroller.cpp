// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklistcontroller.h"
#include "appcontroller.h"
#include "calendarexport.h"
#include "checklistpdf.h"
#include "contentstore.h"
#include "personaldata.h"
#include "route.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {
QString exportsPath(const QString &dataDir, const QString &name)
{
    const QDir dir(QDir(dataDir).filePath(QStringLiteral("exports")));
    dir.mkpath(QStringLiteral("."));
    return dir.filePath(name);
}
} // namespace

QHash<QString, QString> ChecklistController::memberNamesById() const
{
    QHash<QString, QString> names;
    if (m_household) {
        for (const auto &m : m_household->members) {
            names.insert(m.id, memberName(m.id));
        }
    }
    return names;
}

ChecklistController::ChecklistController(ContentStore *content, UserStore *user, AppController *app, QObject *parent)
    : QObject(parent)
    , m_content(content)
    , m_user(user)
    , m_app(app)
{
    connect(m_content, &ContentStore::contentChanged, this, &ChecklistController::reload);
    connect(m_app, &AppController::languageChanged, this, &ChecklistController::reload);
    reload();
}

void ChecklistController::reload()
{
    m_household = m_user ? m_user->household() : std::nullopt;
    m_steps = m_content->checklistSteps(m_app->language());
    m_states = m_user ? m_user->stepStates() : QHash<QString, StepState>();
    replan();
    Q_EMIT changed();
}

void ChecklistController::replan()
{
    PlanContext context;
    context.today = m_today;
    for (auto it = m_states.cbegin(); it != m_states.cend(); ++it) {
        if (it->state != StepState::State::Open) {
            context.closed.insert(it.key());
        }
        if (it->state != StepState::State::Open || !it->note.isEmpty()) {
            context.recorded.insert(it.key());
        }
    }
    m_planned = m_household ? ChecklistRules::plan(*m_household, m_steps, context) : QList<PlannedStep>();
}

void ChecklistController::setToday(const QDate &today)
{
    if (today != m_today && today.isValid()) {
        m_today = today;
        replan();
        Q_EMIT changed();
    }
}

QVariantList ChecklistController::members() const
{
    QVariantList out;
    if (!m_household) {
        return out;
    }
    out.push_back(QVariantMap { { QStringLiteral("id"), ChecklistRules::householdId },
        { QStringLiteral("name"), memberName(ChecklistRules::householdId) } });
    for (const auto &m : m_household->members) {
        out.push_back(QVariantMap { { QStringLiteral("id"), m.id }, { QStringLiteral("name"), memberName(m.id) } });
    }
    return out;
}

QString ChecklistController::memberName(const QString &member) const
{
    if (member == ChecklistRules::householdId) {
        return tr("Whole household");
    }
    if (m_household) {
        for (int i = 0; i < m_household->members.size(); ++i) {
            const auto &m = m_household->members[i];
            if (m.id == member) {
                return m.name.isEmpty() ? tr("Person %1").arg(i + 1) : m.name;
            }
        }
    }
    return member;
}

QString ChecklistController::stepLink(const QString &step) const
{
    // The plan lists the household first, then the members in order; a yearly step's first open year.
    for (const auto &p : m_planned) {
        if (p.stepId == step && m_states.value(p.key()).state == StepState::State::Open) {
            return QStringLiteral("step:%1/%2").arg(p.member, p.recordId());
        }
    }
    for (const auto &p : m_planned) {
        if (p.stepId == step) {
            return Route::format(Route::Kind::Step, { p.member, p.recordId() });
        }
    }
    for (const auto &s : m_steps) {
        if (s.id == step && !s.article.isEmpty()) {
            return Route::format(Route::Kind::Article, { s.article });
        }
    }
    return {};
}

QVariantMap ChecklistController::householdMap() const
{
    return m_household ? m_household->toJson().toVariantMap() : QVariantMap();
}

QString ChecklistController::saveHousehold(const QVariantMap &profile)
{
    QString error;
    const auto h = Household::fromJson(QJsonObject::fromVariantMap(profile), &error);
    if (!h) {
        return error;
    }
    if (!m_user || !m_user->setHousehold(*h)) {
        return tr("Your household could not be saved.");
    }
    reload();
    return {};
}

void ChecklistController::setState(const QString &member, const QString &step, const QString &state)
{
    const auto s = state == QLatin1String("done") ? StepState::State::Done
        : state == QLatin1String("not_needed")    ? StepState::State::NotNeeded
                                                  : StepState::State::Open;
    const auto id = ChecklistRules::stepIdOf(step);
    const auto it = std::find_if(m_steps.cbegin(), m_steps.cend(), [&](const ChecklistStep &c) { return c.id == id; });
    const auto title = it != m_steps.cend() ? it->title : m_states.value(member + QLatin1Char('/') + step).title;
    if (m_user && m_user->setStepState(member, step, s, title)) {
        m_states = m_user->stepStates();
        replan();
        Q_EMIT changed();
    }
}

void ChecklistController::setNote(const QString &member, const QString &step, const QString &note)
{
    const auto id = ChecklistRules::stepIdOf(step);
    const auto it = std::find_if(m_steps.cbegin(), m_steps.cend(), [&](const ChecklistStep &c) { return c.id == id; });
    if (m_user && m_user->setStepNote(member, step, note, it != m_steps.cend() ? it->title : QString())) {
        m_states = m_user->stepStates();
        replan();
        Q_EMIT changed();
    }
}

QString ChecklistController::exportCalendar()
{
    QSet<QString> closed;
    for (auto it = m_states.cbegin(); it != m_states.cend(); ++it) {
        if (it->state != StepState::State::Open) {
            closed.insert(it.key());
        }
    }
    QSaveFile f(exportsPath(m_app->dataDir(), QStringLiteral("welcome-deadlines.ics")));
    if (!f.open(QIODevice::WriteOnly)) {
        return {};
    }
    f.write(CalendarExport::toIcs(m_planned, closed, memberNamesById(), QDateTime::currentDateTimeUtc()));
    return f.commit() ? f.fileName() : QString();
}

QVariantMap ChecklistController::stepTexts(const QString &step, const QString &lang, const QString &member) const
{
    const auto id = ChecklistRules::stepIdOf(step);
    for (const auto &s : m_content->checklistSteps(lang)) {
        if (s.id == id) {
            auto documents = s.documents;
            if (m_household && !member.isEmpty()) {
                const auto it = std::find_if(m_household->members.cbegin(), m_household->members.cend(),
                    [&](const HouseholdMember &m) { return m.id == member; });
                documents
                    = ChecklistRules::documentsFor(s, *m_household, it != m_household->members.cend() ? &*it : nullptr);
            }
            return { { QStringLiteral("title"), s.title }, { QStringLiteral("description"), s.description },
                { QStringLiteral("documents"), documents }, { QStringLiteral("lang"), s.lang } };
        }
    }
    return {};
}

QStringList ChecklistController::memberNames() const
{
    QStringList out;
    for (const auto &m : members()) {
        out.push_back(m.toMap().value(QStringLiteral("name")).toString());
    }
    return out;
}

QString ChecklistController::exportPdf()
{
    QHash<QString, QString> states;
    for (auto it = m_states.cbegin(); it != m_states.cend(); ++it) {
        states.insert(it.key(),
            it->state == StepState::State::Done            ? QStringLiteral("done")
                : it->state == StepState::State::NotNeeded ? QStringLiteral("not_needed")
                                                           : QStringLiteral("open"));
    }
    const QHash<QString, QString> labels = {
        { QStringLiteral("due"), tr("Due") },
        { QStringLiteral("done"), tr("Done") },
        { QStringLiteral("open"), tr("Open") },
        { QStringLiteral("not_needed"), tr("Not needed") },
        { QStringLiteral("documents"), tr("Bring along") },
        { QStringLiteral("member_household"), tr("Whole household") },
        { QStringLiteral("step"), tr("Step") },
        { QStringLiteral("state"), tr("State") },
    };
    const auto path = exportsPath(m_app->dataDir(), QStringLiteral("welcome-checklist.pdf"));
    QString error;
    return ChecklistPdf::write(path, tr("My checklist"), m_planned, states, memberNamesById(), labels, &error)
        ? path
        : QString();
}

QString ChecklistController::exportData()
{
    QString error;
    const auto data = PersonalData::exportJson(QDir(m_app->dataDir()).filePath(QStringLiteral("user.db")), &error);
    if (data.isEmpty()) {
        return {};
    }
    QSaveFile f(exportsPath(m_app->dataDir(), QStringLiteral("welcome-my-data.json")));
    if (!f.open(QIODevice::WriteOnly)) {
        return {};
    }
    f.write(QJsonDocument(data).toJson());
    return f.commit() ? f.fileName() : QString();
}

QString ChecklistController::importData(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return tr("Cannot read %1: %2").arg(path, f.errorString());
    }
    QString error;
    if (!PersonalData::importFile(QDir(m_app->dataDir()).filePath(QStringLiteral("user.db")), f.readAll(), &error)) {
        return error;
    }
    reload();
    return {};
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "appcontroller.h"
#include "contentstore.h"
#include "userstore.h"

#include <QCoreApplication>
#include <QDate>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QQmlEngine>
#include <QUrl>

#include <algorithm>

namespace {
const auto languageKey = QStringLiteral("language");
}

AppController::AppController(ContentStore *content, UserStore *user, QString dataDir, QObject *parent)
    : QObject(parent)
    , m_content(content)
    , m_user(user)
    , m_dataDir(std::move(dataDir))
{
    connect(m_content, &ContentStore::contentChanged, this, &AppController::languageChanged);
}

AppController::~AppController()
{
    if (m_appTranslator) {
        QCoreApplication::removeTranslator(m_appTranslator.get());
    }
    if (m_qtTranslator) {
        QCoreApplication::removeTranslator(m_qtTranslator.get());
    }
}

QString AppController::initialLanguage() const
{
    const auto langs = m_content->languages();
    const auto known = [&](const QString &code) {
        return std::any_of(langs.cbegin(), langs.cend(), [&](const Language &l) { return l.code == code; });
    };
    const auto saved = m_user ? m_user->setting(languageKey) : QString();
    if (known(saved)) {
        return saved;
    }
    for (const auto &ui : QLocale::system().uiLanguages()) {
        const auto code = ui.section(QLatin1Char('-'), 0, 0).toLower();
        if (known(code)) {
            return code;
        }
    }
    return m_content->defaultLanguage();
}

void AppController::setLanguage(const QString &language)
{
    applyLanguage(language, true);
}

void AppController::applyLanguage(const QString &language, bool persist)
{
    if (persist && m_user) {
        m_user->setSetting(languageKey, language);
    }
    if (language == m_language) {
        return;
    }
    m_language = language;
    loadTranslations();
    QGuiApplication::setLayoutDirection(rightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    Q_EMIT languageChanged();
    if (!m_problems.isEmpty()) {
        Q_EMIT noticeChanged(); // worded in the new language
    }
}

void AppController::loadTranslations()
{
    for (auto *t : { m_appTranslator.get(), m_qtTranslator.get() }) {
        if (t) {
            QCoreApplication::removeTranslator(t);
        }
    }
    m_appTranslator = std::make_unique<QTranslator>();
    if (m_appTranslator->load(QStringLiteral(":/i18n/welcome_%1.qm").arg(m_language))) {
        QCoreApplication::installTranslator(m_appTranslator.get());
    }
    // Qt's own strings (dialog buttons and the like).
    m_qtTranslator = std::make_unique<QTranslator>();
    if (m_qtTranslator->load(QLocale(m_language), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(m_qtTranslator.get());
    }
    if (m_engine) {
        m_engine->retranslate();
    }
}

void AppController::setEngine(QQmlEngine *engine)
{
    m_engine = engine;
}

bool AppController::rightToLeft() const
{
    const auto langs = m_content->languages();
    const auto it = std::find_if(langs.cbegin(), langs.cend(), [&](const Language &l) { return l.code == m_language; });
    return it != langs.cend() && it->rightToLeft;
}

QString AppController::siteName() const
{
    return m_content->siteName(m_language);
}

void AppController::setCurrentPage(const QString &page)
{
    auto route = page.isEmpty() ? std::nullopt : Route::parse(page);
    if (!page.isEmpty() && !route) {
        qWarning("welcome: the shell shows '%s', which is no page address", qPrintable(page));
    }
    if (route != m_currentPage) {
        m_currentPage = std::move(route);
        Q_EMIT currentPageChanged();
    }
}

QString AppController::notice() const
{
    QStringList lines;
    for (const auto &[problem, raw] : m_problems) {
        // Paths and technical reasons are left-to-right text: isolated, they keep their order inside Arabic or
        // Persian sentences.
        const auto detail = QChar(0x2066) + raw + QChar(0x2069);
        switch (problem) {
        case Problem::ContentNotInstalled:
            lines.push_back(tr("The guide's content could not be installed, so what is shown may be missing or old. "
                               "Free some storage space and restart the app. (%1)")
                                .arg(detail));
            break;
        case Problem::ContentUnreadable:
            lines.push_back(tr("The guide's content cannot be read. Please reinstall the app. (%1)").arg(detail));
            break;
        case Problem::ContentRepaired:
            lines.push_back(tr("The guide's content on this device was damaged and has been restored from the app; "
                               "updates are downloaded again when you are online."));
            break;
        case Problem::PersonalDataRecovered:
            lines.push_back(tr("Your personal data file was damaged. It was kept as a backup (%1) and a new one was "
                               "started.")
                                .arg(detail));
            break;
        case Problem::PersonalDataRefused:
            lines.push_back(tr("Your personal data was saved by a newer version of Welcome. Please update the app; "
                               "your data was left untouched."));
            break;
        case Problem::PersonalDataFailed:
            lines.push_back(
                tr("Your personal data cannot be opened, so nothing you enter now will be kept. (%1)").arg(detail));
            break;
        }
    }
    return lines.join(QLatin1Char('\n'));
}

void AppController::addProblem(Problem problem, const QString &detail)
{
    m_problems.push_back({ problem, detail });
    Q_EMIT noticeChanged();
}

void AppController::dismissNotice()
{
    if (!m_problems.isEmpty()) {
        m_problems.clear();
        Q_EMIT noticeChanged();
    }
}

void AppController::navigate(Route route, bool reset)
{
    // The query is the search field's text, not part of the page: the page is the search page.
    if (route.kind() == Route::Kind::Search && !route.arguments().isEmpty()) {
        m_searchQuery = route.argument(0);
        Q_EMIT searchQueryChanged();
        route = Route::make(Route::Kind::Search).value();
    }
    Q_EMIT navigateRequested(Route::kindName(route.kind()), route.arguments(), reset);
}

bool AppController::open(const QString &kind, const QStringList &arguments)
{
    const auto route = Route::make(kind, arguments);
    if (route) {
        navigate(*route, false);
    }
    return route.has_value();
}

bool AppController::openPage(const QString &route)
{
    const auto parsed = Route::parse(route);
    if (parsed) {
        navigate(*parsed, true);
    }
    return parsed.has_value();
}

QString AppController::formatRoute(const QString &kind, const QStringList &arguments) const
{
    const auto route = Route::make(kind, arguments);
    return route ? route->toString() : QString();
}

bool AppController::openLink(const QString &url)
{
    if (const auto route = Route::fromLink(url)) {
        navigate(*route, false);
        return true;
    }
    const QUrl u(url);
    const auto scheme = u.scheme();
    if (scheme == QLatin1String("tel") || scheme == QLatin1String("mailto") || scheme == QLatin1String("https")
        || scheme == QLatin1String("geo")) {
        return QDesktopServices::openUrl(u);
    }
    // Anything else (http:, file:, javascript:) is not followed.
    return false;
}

QString AppController::languageName(const QString &code) const
{
    const auto langs = m_content->languages();
    const auto it = std::find_if(langs.cbegin(), langs.cend(), [&](const Language &l) { return l.code == code; });
    return it != langs.cend() ? it->name : code;
}

QString AppController::formatDate(const QString &isoDate) const
{
    const auto d = QDate::fromString(isoDate, Qt::ISODate);
    return d.isValid() ? QLocale(m_language).toString(d, QLocale::LongFormat) : isoDate;
}

QStringList AppController::recentSearches() const
{
    return m_user ? m_user->recentSearches() : QStringList();
}

void AppController::addRecentSearch(const QString &query)
{
    if (m_user && m_user->addRecentSearch(query)) {
        Q_EMIT recentSearchesChanged();
    }
}

void AppController::clearRecentSearches()
{
    if (m_user && m_user->clearRecentSearches()) {
        Q_EMIT recentSearchesChanged();
    }
}

bool AppController::onboardingDone() const
{
    return !m_user || m_user->setting(QStringLiteral("onboarding_done")) == QLatin1String("1");
}

void AppController::setOnboardingDone()
{
    if (m_user && !onboardingDone() && m_user->setSetting(QStringLiteral("onboarding_done"), QStringLiteral("1"))) {
        Q_EMIT onboardingDoneChanged();
    }
}

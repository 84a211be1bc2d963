// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "route.h"

#include <QObject>
#include <QPointer>
#include <QTranslator>

#include <memory>
#include <optional>

class ContentStore;
class QQmlEngine;
class UserStore;

/**
 * The app-wide state QML binds to: the chosen language (persisted), its direction,
 * navigation requests, and messages for the user.
 */
class AppController : public QObject
{
    Q_OBJECT
    /** The content and interface language, e.g. "de". */
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    /** Whether the language is written right to left (Arabic, Persian). */
    Q_PROPERTY(bool rightToLeft READ rightToLeft NOTIFY languageChanged)
    /** The site's name in the current language. */
    Q_PROPERTY(QString siteName READ siteName NOTIFY languageChanged)
    /** The page shown now as route text, e.g. "article:registration"; the shell keeps it current. */
    Q_PROPERTY(QString currentPage READ currentPage WRITE setCurrentPage NOTIFY currentPageChanged)
    /** A message for the user (e.g. a damaged file was set aside); empty when none. */
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged)
    /** Where the app keeps its data. */
    Q_PROPERTY(QString dataDir READ dataDir CONSTANT)
    /** The user's recent searches, newest first. */
    Q_PROPERTY(QStringList recentSearches READ recentSearches NOTIFY recentSearchesChanged)
    /** What is typed in the search field; kept while the user reads a result and comes back. */
    Q_PROPERTY(QString searchQuery MEMBER m_searchQuery NOTIFY searchQueryChanged)
    /** False until the first-run questions were answered or skipped. */
    Q_PROPERTY(bool onboardingDone READ onboardingDone NOTIFY onboardingDoneChanged)
    /** Whether to offer the first-run questions now: not yet done, and no page was asked for on the command line. */
    Q_PROPERTY(bool showFirstRun READ showFirstRun NOTIFY onboardingDoneChanged)

public:
    AppController(ContentStore *content, UserStore *user, QString dataDir, QObject *parent = nullptr);
    ~AppController() override;

    [[nodiscard]] QString language() const { return m_language; }
    void setLanguage(const QString &language);
    /** Applies @p language; only a user's choice is saved, not a --lang override. */
    void applyLanguage(const QString &language, bool persist);
    /** The saved choice, else the system's language if the content has it, else the site default. */
    [[nodiscard]] QString initialLanguage() const;

    [[nodiscard]] bool rightToLeft() const;
    [[nodiscard]] QString siteName() const;
    [[nodiscard]] QString currentPage() const { return m_currentPage ? m_currentPage->toString() : QString(); }
    [[nodiscard]] std::optional<Route> currentRoute() const { return m_currentPage; }
    /** Set by the shell from the page on top; anything but route text is refused with a warning. */
    void setCurrentPage(const QString &page);
    /** What went wrong at start-up, for the user, in the current language (empty when nothing did). */
    [[nodiscard]] QString notice() const;
    /** Start-up problems the user is told about on Home; worded here, so they follow the language setting. */
    enum class Problem {
        ContentNotInstalled,
        ContentUnreadable,
        ContentRepaired,
        PersonalDataRecovered,
        PersonalDataRefused,
        PersonalDataFailed
    };
    /** Records @p problem; @p detail is a file path (PersonalDataRecovered) or the technical reason. */
    void addProblem(Problem problem, const QString &detail = {});
    [[nodiscard]] QString dataDir() const { return m_dataDir; }

    /** UI translations are applied through this engine. */
    void setEngine(QQmlEngine *engine);

    /** Shows the page of kind @p kind (e.g. "offer") with @p arguments on top of the current one; a tab's own page
     * (home, guide, checklist, settings) switches to its tab. False, and nothing happens, if it is no page. */
    Q_INVOKABLE bool open(const QString &kind, const QStringList &arguments = {});
    /** Shows the page @p route (route text, e.g. "article:registration") from the root of its tab. */
    Q_INVOKABLE bool openPage(const QString &route);
    void openPage(const Route &route) { navigate(route, true); }
    /** Follows a link: a page of the app (route text, as content and models write it) on top of the current one;
     * tel:, mailto:, https: and geo: outside the app. Anything else is not followed. */
    Q_INVOKABLE bool openLink(const QString &url);
    /** The route text of kind @p kind with @p arguments (what App.currentPage says for that page); empty if it is
     * no page. */
    Q_INVOKABLE QString formatRoute(const QString &kind, const QStringList &arguments = {}) const;
    Q_INVOKABLE void dismissNotice();
    [[nodiscard]] QStringList recentSearches() const;
    [[nodiscard]] bool onboardingDone() const;
    Q_INVOKABLE void setOnboardingDone();
    [[nodiscard]] bool showFirstRun() const { return !m_automated && !onboardingDone(); }
    /** Screenshots, self-tests and benchmarks show what they ask for, not the first-run questions. */
    void setAutomated(bool automated) { m_automated = automated; }
    Q_INVOKABLE void addRecentSearch(const QString &query);
    Q_INVOKABLE void clearRecentSearches();
    /** The name of a language in that language, e.g. "Français". */
    Q_INVOKABLE QString languageName(const QString &code) const;
    /** An ISO date in the current language's long format. */
    Q_INVOKABLE QString formatDate(const QString &isoDate) const;

Q_SIGNALS:
    void languageChanged();
    void currentPageChanged();
    void noticeChanged();
    void recentSearchesChanged();
    void searchQueryChanged();
    void onboardingDoneChanged();
    /** Show the page of @p kind (a route kind's name) with @p arguments. @p reset: from the root of its tab;
     * otherwise on top of the current page. */
    void navigateRequested(const QString &kind, const QStringList &arguments, bool reset);

private:
    void loadTranslations();
    void navigate(Route route, bool reset);

    ContentStore *m_content;
    UserStore *m_user;
    QString m_dataDir;
    QString m_language;
    std::optional<Route> m_currentPage;
    QList<std::pair<Problem, QString>> m_problems;
    QString m_searchQuery;
    bool m_automated = false;
    QPointer<QQmlEngine> m_engine;
    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
};

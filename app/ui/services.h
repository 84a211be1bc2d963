// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appoptions.h"

#include <QDate>
#include <QString>

#include <memory>
#include <optional>

class AppController;
class Automation;
class ChecklistController;
class ContentStore;
class PositionProvider;
class QNetworkAccessManager;
class QProcessEnvironment;
class QQmlEngine;
class QQuickWindow;
class SyncController;
class TileStore;
class UserStore;

/**
 * Everything the app runs on, built once, in start-up order, from the command line: the content and user stores,
 * the controllers QML binds to, the map tiles, the position, one network manager for content updates and tiles, and
 * what the command line asks of a running app. main() builds it; so do the Quick tests.
 */
class Services
{
public:
    struct Options
    {
        QString dataDir; ///< absolute; created when missing
        /** The bundled content, installed or updated on start; empty: what dataDir holds is used as it is. */
        QString bundledDb;
        QString bundledStamp;
        QString language; ///< empty: the saved choice, else the system's, else the content's default
        QString importFile; ///< personal data to import before anything reads it
        /**
         * Self-tests, screenshots, --page and the start-up benchmark: no network (unless tileUrl names a server), no
         * platform positioning, no automatic content sync, no first-run questions.
         */
        bool automated = false;
        QDate today; ///< the checklist's "today"; invalid: the real date
        QString updateUrl; ///< the publish root to ask for content updates; empty: the content's own
        int syncTimeoutMs = 0; ///< stall before a content download is given up; 0: the default
        int syncDeadlineMs = 0; ///< how long a whole sync may take; 0: the default
        QString tileUrl; ///< --tile-url: a tile server template, or "none"
        AppOptions command; ///< what the command line asks of the running app (Automation)

        /**
         * From the command line and the environment (WELCOME_TODAY, WELCOME_UPDATE_URL, WELCOME_SYNC_TIMEOUT_MS,
         * WELCOME_SYNC_DEADLINE_MS): the
         * one place the app reads environment variables. Nothing, and @p error set, when a value is bad.
         */
        [[nodiscard]] static std::optional<Options> from(
            const AppOptions &command, const QProcessEnvironment &environment, QString *error);
    };

    explicit Services(Options options);
    ~Services();
    Services(const Services &) = delete;
    Services &operator=(const Services &) = delete;

    /** Why the app cannot start (a failed --import, with nothing changed); empty when it can. */
    [[nodiscard]] QString fatalError() const { return m_fatal; }

    /** Hands the services to QML in @p engine: the singletons, the map packs' images, the translations. */
    void expose(QQmlEngine *engine);
    /** Takes over once @p window is shown: what the command line asked for, then the automatic content sync. */
    void start(QQuickWindow *window);

    [[nodiscard]] const Options &options() const { return m_options; }
    /** The one network manager for content updates and map tiles, made when first needed: start-up makes none. */
    [[nodiscard]] QNetworkAccessManager *network();
    [[nodiscard]] ContentStore *content() const { return m_content.get(); }
    [[nodiscard]] UserStore *user() const { return m_user.get(); }
    [[nodiscard]] AppController *app() const { return m_app.get(); }
    [[nodiscard]] ChecklistController *checklist() const { return m_checklist.get(); }
    [[nodiscard]] SyncController *sync() const { return m_sync.get(); }
    [[nodiscard]] TileStore *tiles() const { return m_tiles.get(); }
    [[nodiscard]] PositionProvider *position() const { return m_position.get(); }
    [[nodiscard]] Automation *automation() const { return m_automation.get(); }

private:
    Options m_options;
    QString m_fatal;
    // Destroyed in reverse order: nothing outlives what it points to.
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ContentStore> m_content;
    std::unique_ptr<UserStore> m_user;
    std::unique_ptr<AppController> m_app;
    std::unique_ptr<ChecklistController> m_checklist;
    std::unique_ptr<SyncController> m_sync;
    std::unique_ptr<TileStore> m_tiles;
    std::unique_ptr<PositionProvider> m_position;
    std::unique_ptr<Automation> m_automation;
};

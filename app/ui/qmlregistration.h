// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appcontroller.h"
#include "checklistcontroller.h"
#include "contentstore.h"
#include "positionprovider.h"
#include "synccontroller.h"
#include "tilestore.h"

#include <QQmlEngine>

/**
 * Services owned by main() (or a test) and handed to QML as singletons: set X::instance
 * before the engine loads anything. Tests inject their own instances the same way.
 */
#define WELCOME_REGISTER_SINGLETON_INSTANCE(Class, Name)                                                               \
    struct Class##Foreign                                                                                              \
    {                                                                                                                  \
        Q_GADGET                                                                                                       \
        QML_FOREIGN(Class)                                                                                             \
        QML_SINGLETON                                                                                                  \
        QML_NAMED_ELEMENT(Name)                                                                                        \
    public:                                                                                                            \
        inline static Class *instance = nullptr;                                                                       \
        static Class *create(QQmlEngine *, QJSEngine *)                                                                \
        {                                                                                                              \
            QJSEngine::setObjectOwnership(instance, QJSEngine::CppOwnership);                                          \
            return instance;                                                                                           \
        }                                                                                                              \
    };

WELCOME_REGISTER_SINGLETON_INSTANCE(ContentStore, Content)
WELCOME_REGISTER_SINGLETON_INSTANCE(AppController, App)
WELCOME_REGISTER_SINGLETON_INSTANCE(ChecklistController, Checklist)
WELCOME_REGISTER_SINGLETON_INSTANCE(SyncController, Sync)
WELCOME_REGISTER_SINGLETON_INSTANCE(PositionProvider, UserPosition)
WELCOME_REGISTER_SINGLETON_INSTANCE(TileStore, Tiles)

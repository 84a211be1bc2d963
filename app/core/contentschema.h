// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

/** The layout of content.db, shared by the content tool that writes it and the app that reads it. */
namespace ContentSchema {

/** Bumped whenever a table changes shape; the app refuses a content.db with a different format. */
constexpr int formatVersion = 4;

/** Topic icons the app carries (qml/icons/topic-<name>.svg); content may name only these. */
QStringList topicIcons();

/** The CREATE statements, in order. */
QStringList createStatements();

} // namespace ContentSchema

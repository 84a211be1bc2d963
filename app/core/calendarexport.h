// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist.h"

#include <QByteArray>
#include <QDateTime>
#include <QSet>

/**
 * The checklist's deadlines as an iCalendar file (RFC 5545): one all-day event per open step with a due date,
 * each with a reminder, so any phone's calendar reminds the user without a push server.
 */
namespace CalendarExport {

/** Escapes TEXT values: backslash, semicolon, comma and newlines (RFC 5545 3.3.11). */
QString escapeText(const QString &text);

/** Folds a content line to at most 75 octets per line, never inside a UTF-8 sequence (RFC 5545 3.1). */
QByteArray foldLine(const QByteArray &line);

/**
 * @p closed holds "member/step" keys of steps that are done or not needed; they are left out.
 * @p memberNames maps member ids to the names shown in the event titles.
 */
QByteArray toIcs(const QList<PlannedStep> &steps, const QSet<QString> &closed,
    const QHash<QString, QString> &memberNames, const QDateTime &now);

} // namespace CalendarExport

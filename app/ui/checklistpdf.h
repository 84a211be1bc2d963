// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist.h"

#include <QHash>
#include <QList>
#include <QString>

/**
 * The checklist as an A4 PDF to print or hand over, e.g. to a social worker helping the family.
 * Built from the planned steps as the app shows them; needs a QGuiApplication for fonts.
 */
namespace ChecklistPdf {

/**
 * Writes @p steps to @p path, replacing it only once the whole file is written.
 * @p stateByKey maps "member/step" to "open", "done" or "not_needed" (missing: open).
 * @p memberNames maps member ids to the names shown.
 * @p labels holds UI words already translated by the caller: "due", "done", "open", "not_needed",
 * "documents", "member_household"; optionally "step" and "state" as column headings.
 * Returns false and sets @p error when the file cannot be written.
 */
bool write(const QString &path, const QString &title, const QList<PlannedStep> &steps,
    const QHash<QString, QString> &stateByKey, const QHash<QString, QString> &memberNames,
    const QHash<QString, QString> &labels, QString *error);

} // namespace ChecklistPdf

// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklistpdf.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QStringList>
#include <QTextDocument>
#include <QTextOption>

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(ChecklistPdf)
};

void fail(QString *error, const QString &message)
{
    if (error) {
        *error = message;
    }
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString label(const QHash<QString, QString> &labels, const QString &key)
{
    // A missing word still prints something readable rather than an empty cell.
    return labels.value(key, key);
}

QString html(const QString &title, const QList<PlannedStep> &steps, const QHash<QString, QString> &stateByKey,
    const QHash<QString, QString> &memberNames, const QHash<QString, QString> &labels, bool rightToLeft)
{
    // Members in the order the plan gives them, the household first whatever that order is.
    QStringList members;
    for (const auto &p : steps) {
        if (!members.contains(p.member)) {
            members.push_back(p.member);
        }
    }
    if (members.removeOne(ChecklistRules::householdId)) {
        members.prepend(ChecklistRules::householdId);
    }

    const QString dir = rightToLeft ? QStringLiteral(" dir=\"rtl\"") : QString();
    QString out = QStringLiteral("<html><body%1><h1>%2</h1>").arg(dir, esc(title));
    for (const auto &member : members) {
        const auto name = member == ChecklistRules::householdId ? label(labels, QStringLiteral("member_household"))
                                                                : memberNames.value(member, member);
        out += QStringLiteral("<h2%1>%2</h2>").arg(dir, esc(name));
        out += QStringLiteral("<table%1 width=\"100%\" cellspacing=\"0\" cellpadding=\"5\" border=\"1\" "
                              "style=\"border-collapse: collapse; border-color: #888888;\">")
                   .arg(dir);
        // A header row in <thead> is repeated when a table runs over a page break.
        out += QStringLiteral("<thead><tr><th width=\"18%\">%1</th><th>%2</th><th width=\"18%\">%3</th></tr></thead>")
                   .arg(esc(label(labels, QStringLiteral("due"))), esc(labels.value(QStringLiteral("step"))),
                       esc(labels.value(QStringLiteral("state"))));
        for (const auto &p : steps) {
            if (p.member != member) {
                continue;
            }
            const auto due = p.due.isValid() ? p.due.toString(QStringLiteral("yyyy-MM-dd")) : QStringLiteral("–");
            const auto state = stateByKey.value(p.key(), QStringLiteral("open"));
            QString cell = esc(p.step && !p.step->title.isEmpty() ? p.step->title : p.stepId);
            if (!p.documents.isEmpty()) {
                QStringList documents;
                for (const auto &d : p.documents) {
                    documents.push_back(esc(d));
                }
                cell += QStringLiteral("<br/><span style=\"font-size: 8pt; color: #444444;\">%1: %2</span>")
                            .arg(esc(label(labels, QStringLiteral("documents"))), documents.join(QStringLiteral("; ")));
            }
            out += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                       .arg(esc(due), cell, esc(label(labels, state)));
        }
        out += QStringLiteral("</table>");
    }
    out += QStringLiteral("</body></html>");
    return out;
}

} // namespace

bool ChecklistPdf::write(const QString &path, const QString &title, const QList<PlannedStep> &steps,
    const QHash<QString, QString> &stateByKey, const QHash<QString, QString> &memberNames,
    const QHash<QString, QString> &labels, QString *error)
{
    // QSaveFile writes beside the target and renames over it on commit: an old PDF is never left half
    // overwritten, and a failed write leaves nothing behind.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        fail(error, Tr::tr("Cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }

    const bool rightToLeft = QGuiApplication::layoutDirection() == Qt::RightToLeft;
    QTextDocument doc;
    QTextOption option = doc.defaultTextOption();
    option.setTextDirection(QGuiApplication::layoutDirection());
    doc.setDefaultTextOption(option);
    doc.setDefaultStyleSheet(QStringLiteral("h1 { font-size: 18pt; } h2 { font-size: 13pt; margin-top: 14px; } "
                                            "th { background-color: #eeeeee; }"));
    QFont font = doc.defaultFont();
    font.setPointSizeF(10);
    doc.setDefaultFont(font);
    doc.setHtml(html(title, steps, stateByKey, memberNames, labels, rightToLeft));

    {
        // The writer must be gone before commit: it writes the PDF trailer when painting ends.
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Welcome"));
        doc.print(&writer);
    }
    if (file.size() == 0) {
        file.cancelWriting();
        fail(error, Tr::tr("Cannot write %1: the PDF could not be produced.").arg(path));
        return false;
    }
    if (!file.commit()) {
        fail(error, Tr::tr("Cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

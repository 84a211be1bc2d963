// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contentbuilder.h"
#include "contentsource.h"

#include <QDateTime>
#include <QString>
#include <QTest>

/**
 * Builds the content folder @p dir into @p out with the real content tool code. Problems in files under
 * @p ignoring (e.g. "offers/" for a test of the checklist alone) do not stop the build.
 */
inline bool buildContent(const QString &dir, const QString &out, qint64 version = -1, const QString &ignoring = {})
{
    QList<Diagnostic> diags;
    auto source = ContentSource::load(dir, diags);
    source.check(diags);
    if (!ignoring.isEmpty()) {
        diags.removeIf([&](const Diagnostic &d) { return d.file.startsWith(ignoring); });
    }
    if (hasErrors(diags)) {
        for (const auto &d : diags) {
            qWarning() << d.toString();
        }
        return false;
    }
    if (version >= 0) {
        source.site.version = version;
    }
    ContentBuilder builder(source);
    return builder.build(out, QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC))
        && builder.writeStamp(out + QStringLiteral(".stamp"));
}

/** Builds the fixture content folder @p name (under tests/fixtures) into @p out. */
inline bool buildFixture(const QString &name, const QString &out, qint64 version = -1)
{
    return buildContent(QStringLiteral(WELCOME_FIXTURES "/") + name, out, version);
}

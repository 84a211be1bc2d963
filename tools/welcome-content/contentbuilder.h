// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contentsource.h"

#include <QDateTime>

/**
 * Compiles a checked ContentSource into one SQLite file. The database is written to
 * "<out>.part" and renamed over @p out only when complete, so a failed build never
 * leaves a half-built database behind.
 */
class ContentBuilder
{
public:
    explicit ContentBuilder(const ContentSource &source);

    /** @p builtAt goes into the meta table; pass a fixed time for reproducible builds. */
    bool build(const QString &out, const QDateTime &builtAt);
    /** Writes "<version> <source hash>" for the app's installer. */
    bool writeStamp(const QString &stampFile);
    [[nodiscard]] QString errorString() const { return m_error; }

private:
    bool fill(const QString &connection, const QDateTime &builtAt);
    bool fillSearch(const QString &connection);
    bool fillChecklists(const QString &connection);
    bool fillOffers(const QString &connection);
    bool fillPlaces(const QString &connection);

    const ContentSource &m_source;
    QString m_hash;
    QString m_error;
};

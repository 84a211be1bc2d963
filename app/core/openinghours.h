// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>

/**
 * Opening hours per weekday, as the offers' YAML writes them: {"mon": ["08:00-12:00", "13:30-17:00"], …} or
 * {"always": true}. A range may cross midnight ("22:00-02:00" on Friday is open early on Saturday too).
 */
class OpeningHours
{
public:
    /** Parses the JSON of an offer; unknown or malformed entries are left out. */
    static OpeningHours fromJson(const QJsonObject &json);

    /** Whether any hours are known. */
    [[nodiscard]] bool isKnown() const { return m_always || !m_ranges.isEmpty(); }
    [[nodiscard]] bool isAlways() const { return m_always; }
    /** Open at @p when (local time of the offer: Bern). */
    [[nodiscard]] bool isOpen(const QDateTime &when) const;
    /** The next moment it opens after @p when, within a week; nullopt if never or always open. */
    [[nodiscard]] std::optional<QDateTime> nextOpening(const QDateTime &when) const;
    /** When the current opening ends, if open at @p when. */
    [[nodiscard]] std::optional<QDateTime> closesAt(const QDateTime &when) const;

private:
    // Minutes from Monday 00:00; a range crossing midnight ends past the next day's start.
    struct Range
    {
        int start;
        int end;
    };
    static int minuteOfWeek(const QDateTime &t);
    QList<Range> m_ranges;
    bool m_always = false;
};

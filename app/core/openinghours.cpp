// SPDX-License-Identifier: GPL-3.0-or-later
#include "openinghours.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QStringList>

namespace {
constexpr int week = 7 * 24 * 60;
}

OpeningHours OpeningHours::fromJson(const QJsonObject &json)
{
    OpeningHours h;
    h.m_always = json.value(QLatin1String("always")).toBool(false);
    static const QStringList days = { QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"),
        QStringLiteral("thu"), QStringLiteral("fri"), QStringLiteral("sat"), QStringLiteral("sun") };
    static const QRegularExpression re(QStringLiteral("^(\\d\\d):(\\d\\d)-(\\d\\d):(\\d\\d)$"));
    for (int d = 0; d < days.size(); ++d) {
        for (const auto &v : json.value(days[d]).toArray()) {
            const auto m = re.match(v.toString());
            if (!m.hasMatch()) {
                continue;
            }
            const int start = m.captured(1).toInt() * 60 + m.captured(2).toInt();
            int end = m.captured(3).toInt() * 60 + m.captured(4).toInt();
            if (start >= 24 * 60 || end > 24 * 60) {
                continue;
            }
            if (end <= start) {
                end += 24 * 60; // past midnight into the next day
            }
            h.m_ranges.push_back({ d * 24 * 60 + start, d * 24 * 60 + end });
        }
    }
    return h;
}

int OpeningHours::minuteOfWeek(const QDateTime &t)
{
    return (t.date().dayOfWeek() - 1) * 24 * 60 + t.time().hour() * 60 + t.time().minute();
}

bool OpeningHours::isOpen(const QDateTime &when) const
{
    if (m_always) {
        return true;
    }
    const int now = minuteOfWeek(when);
    for (const auto &r : m_ranges) {
        // Sunday night ranges reach into Monday: compare a week later too.
        if ((now >= r.start && now < r.end) || (now + week >= r.start && now + week < r.end)) {
            return true;
        }
    }
    return false;
}

std::optional<QDateTime> OpeningHours::nextOpening(const QDateTime &when) const
{
    if (m_always || m_ranges.isEmpty()) {
        return std::nullopt;
    }
    const int now = minuteOfWeek(when);
    int best = -1;
    for (const auto &r : m_ranges) {
        const int ahead = r.start > now ? r.start - now : r.start + week - now;
        if (best < 0 || ahead < best) {
            best = ahead;
        }
    }
    const auto base = QDateTime(when.date(), QTime(when.time().hour(), when.time().minute()), when.timeSpec());
    return base.addSecs(qint64(best) * 60);
}

std::optional<QDateTime> OpeningHours::closesAt(const QDateTime &when) const
{
    if (m_always) {
        return std::nullopt;
    }
    const int now = minuteOfWeek(when);
    const auto base = QDateTime(when.date(), QTime(when.time().hour(), when.time().minute()), when.timeSpec());
    for (const auto &r : m_ranges) {
        if (now >= r.start && now < r.end) {
            return base.addSecs(qint64(r.end - now) * 60);
        }
        if (now + week >= r.start && now + week < r.end) {
            return base.addSecs(qint64(r.end - now - week) * 60);
        }
    }
    return std::nullopt;
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarexport.h"

QString CalendarExport::escapeText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const auto c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char(';') || c == QLatin1Char(',')) {
            out += QLatin1Char('\\');
            out += c;
        } else if (c == QLatin1Char('\n')) {
            out += QLatin1String("\\n");
        } else if (c != QLatin1Char('\r')) {
            out += c;
        }
    }
    return out;
}

QByteArray CalendarExport::foldLine(const QByteArray &line)
{
    QByteArray out;
    int width = 0;
    for (qsizetype i = 0; i < line.size();) {
        // Length of the UTF-8 sequence starting here, so a fold never splits a character.
        const auto lead = static_cast<unsigned char>(line[i]);
        const int len = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        if (width + len > 75) {
            out += "\r\n ";
            width = 1;
        }
        out += line.mid(i, len);
        width += len;
        i += len;
    }
    return out;
}

QByteArray CalendarExport::toIcs(const QList<PlannedStep> &steps, const QSet<QString> &closed,
    const QHash<QString, QString> &memberNames, const QDateTime &now)
{
    QByteArray out;
    const auto add = [&](const QString &line) { out += foldLine(line.toUtf8()) + "\r\n"; };
    const auto stamp = now.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    add(QStringLiteral("BEGIN:VCALENDAR"));
    add(QStringLiteral("VERSION:2.0"));
    add(QStringLiteral("PRODID:-//Welcome//Bern checklist//EN"));
    add(QStringLiteral("CALSCALE:GREGORIAN"));
    add(QStringLiteral("METHOD:PUBLISH"));
    for (const auto &p : steps) {
        if (!p.due.isValid() || !p.step || closed.contains(p.key())) {
            continue;
        }
        const auto name = memberNames.value(p.member);
        const auto summary = name.isEmpty() ? p.step->title : QStringLiteral("%1 – %2").arg(p.step->title, name);
        QString description = p.step->description;
        if (!p.documents.isEmpty()) {
            description += QLatin1Char('\n') + p.documents.join(QLatin1Char('\n'));
        }
        add(QStringLiteral("BEGIN:VEVENT"));
        // Stable per member, step and year: importing again updates the event instead of doubling it.
        add(QStringLiteral("UID:%1-%2@welcome.bern").arg(p.member, p.recordId()));
        add(QStringLiteral("DTSTAMP:") + stamp);
        add(QStringLiteral("DTSTART;VALUE=DATE:") + p.due.toString(QStringLiteral("yyyyMMdd")));
        add(QStringLiteral("DTEND;VALUE=DATE:") + p.due.addDays(1).toString(QStringLiteral("yyyyMMdd")));
        add(QStringLiteral("SUMMARY:") + escapeText(summary));
        add(QStringLiteral("DESCRIPTION:") + escapeText(description));
        add(QStringLiteral("TRANSP:TRANSPARENT"));
        add(QStringLiteral("BEGIN:VALARM"));
        add(QStringLiteral("ACTION:DISPLAY"));
        add(QStringLiteral("DESCRIPTION:") + escapeText(summary));
        add(QStringLiteral("TRIGGER;RELATED=START:-P%1D").arg(std::max(0, p.step->remindDaysBefore)));
        add(QStringLiteral("END:VALARM"));
        add(QStringLiteral("END:VEVENT"));
    }
    add(QStringLiteral("END:VCALENDAR"));
    return out;
}

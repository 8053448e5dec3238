// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "icsexport.h"
#include "icstimezone.h"
#include "planformat.h"

#include <QCryptographicHash>

namespace jobprep {

using namespace planformat;

QString icsEscaped(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') || c == QLatin1Char(';') || c == QLatin1Char(','))
            out += QLatin1Char('\\') + c;
        else if (c == QLatin1Char('\r')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            out += QStringLiteral("\\n");
        } else if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else if (c.unicode() < 0x20 && c != QLatin1Char('\t'))
            continue; // other control characters are not allowed in TEXT
        else
            out += c;
    }
    return out;
}

QByteArray icsFolded(const QString &line)
{
    const QByteArray bytes = line.toUtf8();
    QByteArray out;
    qsizetype pos = 0;
    qsizetype limit = 75; // the first line has 75 octets; continuation lines start with a space
    while (bytes.size() - pos > limit) {
        qsizetype cut = pos + limit;
        // Never cut before a UTF-8 continuation byte (10xxxxxx): that would split a character.
        while (cut > pos && (uchar(bytes.at(cut)) & 0xC0) == 0x80)
            --cut;
        out += bytes.mid(pos, cut - pos) + "\r\n ";
        pos = cut;
        limit = 74;
    }
    out += bytes.mid(pos) + "\r\n";
    return out;
}

QString icsUidPrefix(const QString &databaseId)
{
    return databaseId.isEmpty() ? QStringLiteral("jobprep-") : QStringLiteral("jobprep-%1-").arg(databaseId);
}

QString icsUid(const PlanBlock &block, const QString &databaseId)
{
    return icsUidPrefix(databaseId) + QStringLiteral("%1-%2-%3")
                                          .arg(block.taskId)
                                          .arg(block.date.toString(QStringLiteral("yyyyMMdd")))
                                          .arg(block.indexInDay);
}

namespace {

QString localTime(const QDateTime &local) { return local.toString(QStringLiteral("yyyyMMdd'T'HHmmss")); }

QString description(const PlanBlock &b)
{
    QStringList parts{displayName(b.kind), quadrantName(b.quadrant)};
    if (!b.company.isEmpty())
        parts << b.company;
    if (!b.posting.isEmpty())
        parts << b.posting;
    QString text = parts.join(QStringLiteral(" · ")) + QLatin1Char('\n') + hoursText(b.minutes);
    if (b.deadline.isValid())
        text += QStringLiteral(", deadline %1").arg(dateText(b.deadline));
    return text;
}

} // namespace

namespace {

QStringList eventLines(const PlanBlock &b, const QString &databaseId, const QString &tzid, const QString &dtstamp)
{
    QStringList lines{QStringLiteral("BEGIN:VEVENT"), QStringLiteral("UID:") + icsUid(b, databaseId),
                      QStringLiteral("DTSTAMP:") + dtstamp,
                      QStringLiteral("DTSTART;TZID=%1:%2").arg(tzid, localTime(b.start())),
                      QStringLiteral("DTEND;TZID=%1:%2").arg(tzid, localTime(b.end())),
                      QStringLiteral("SUMMARY:") + icsEscaped(b.title),
                      QStringLiteral("DESCRIPTION:") + icsEscaped(description(b)),
                      QStringLiteral("CATEGORIES:") + icsEscaped(displayName(b.kind)),
                      QStringLiteral("TRANSP:OPAQUE")};
    if (!databaseId.isEmpty())
        lines << QLatin1String(kDatabaseProperty) + QLatin1Char(':') + databaseId;
    lines << QStringLiteral("END:VEVENT");
    return lines;
}

QByteArray joined(const QStringList &lines)
{
    QByteArray out;
    for (const QString &l : lines)
        out += icsFolded(l);
    return out;
}

QString utcStamp(const QDateTime &stamp) { return stamp.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")); }

QStringList calendarHead(const QString &name, const QString &tzid)
{
    QStringList lines{QStringLiteral("BEGIN:VCALENDAR"), QStringLiteral("VERSION:2.0"),
                      QStringLiteral("PRODID:-//JobPrep Planner//Weekly plan %1//EN").arg(QStringLiteral(JOBPREP_VERSION)),
                      QStringLiteral("CALSCALE:GREGORIAN")};
    if (!name.isEmpty())
        lines << QStringLiteral("METHOD:PUBLISH") << QStringLiteral("X-WR-CALNAME:") + icsEscaped(name)
              << QStringLiteral("X-WR-TIMEZONE:") + tzid;
    return lines;
}

} // namespace

QByteArray plansToIcs(const QList<WeeklyPlan> &plans, const QTimeZone &requestedZone, const QDateTime &stamp)
{
    if (plans.isEmpty())
        return {};
    const QTimeZone zone = requestedZone.isValid() ? requestedZone : QTimeZone::utc();
    const QString tzid = QString::fromUtf8(zone.id());
    // The range covers the weeks and a day more for blocks running past midnight on the last Sunday.
    const QDateTime from = QDateTime(plans.first().monday, QTime(0, 0), zone).toUTC();
    const QDateTime to = QDateTime(plans.last().sunday().addDays(2), QTime(0, 0), zone).toUTC();
    const QString name = plans.size() == 1
                             ? QStringLiteral("JobPrep %1").arg(plans.first().weekName())
                             : QStringLiteral("JobPrep %1 – %2").arg(plans.first().weekName(), plans.last().weekName());
    QStringList lines = calendarHead(name, tzid);
    lines += vtimezoneLines(zone, from, to);
    const QString dtstamp = utcStamp(stamp);
    for (const WeeklyPlan &plan : plans)
        for (const PlanBlock &b : plan.allBlocks())
            lines += eventLines(b, plan.databaseId, tzid, dtstamp);
    lines << QStringLiteral("END:VCALENDAR");
    return joined(lines);
}

QByteArray planToIcs(const WeeklyPlan &plan, const QTimeZone &zone, const QDateTime &stamp)
{
    return plansToIcs({plan}, zone, stamp);
}

QByteArray blockToIcs(const PlanBlock &block, const QString &databaseId, const QTimeZone &requestedZone,
                      const QDateTime &stamp)
{
    const QTimeZone zone = requestedZone.isValid() ? requestedZone : QTimeZone::utc();
    const QString tzid = QString::fromUtf8(zone.id());
    QStringList lines = calendarHead(QString(), tzid);
    lines += vtimezoneLines(zone, QDateTime(block.date, QTime(0, 0), zone).toUTC(),
                            QDateTime(block.date.addDays(2), QTime(0, 0), zone).toUTC());
    lines += eventLines(block, databaseId, tzid, utcStamp(stamp));
    lines << QStringLiteral("END:VCALENDAR");
    return joined(lines);
}

} // namespace jobprep

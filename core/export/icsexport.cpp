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

QString icsUid(const PlanBlock &block)
{
    const QByteArray key = QByteArray::number(block.taskId) + '|' + block.date.toString(Qt::ISODate).toLatin1() + '|' +
                           QByteArray::number(block.indexInDay);
    const QByteArray hash = QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex().left(32);
    return QStringLiteral("%1@jobprep-planner").arg(QString::fromLatin1(hash));
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

QByteArray planToIcs(const WeeklyPlan &plan, const QTimeZone &requestedZone, const QDateTime &stamp)
{
    const QTimeZone zone = requestedZone.isValid() ? requestedZone : QTimeZone::utc();
    const QString tzid = QString::fromUtf8(zone.id());
    // The range covers the week and a day more for blocks running past midnight on Sunday.
    const QDateTime from = QDateTime(plan.monday, QTime(0, 0), zone).toUTC();
    const QDateTime to = QDateTime(plan.sunday().addDays(2), QTime(0, 0), zone).toUTC();

    QStringList lines{QStringLiteral("BEGIN:VCALENDAR"),
                      QStringLiteral("VERSION:2.0"),
                      QStringLiteral("PRODID:-//JobPrep Planner//Weekly plan %1//EN").arg(QStringLiteral(JOBPREP_VERSION)),
                      QStringLiteral("CALSCALE:GREGORIAN"),
                      QStringLiteral("METHOD:PUBLISH"),
                      QStringLiteral("X-WR-CALNAME:") + icsEscaped(QStringLiteral("JobPrep %1").arg(plan.weekName())),
                      QStringLiteral("X-WR-TIMEZONE:") + tzid};
    lines += vtimezoneLines(zone, from, to);
    const QString dtstamp = stamp.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    for (const PlanBlock &b : plan.allBlocks()) {
        lines << QStringLiteral("BEGIN:VEVENT") << QStringLiteral("UID:") + icsUid(b)
              << QStringLiteral("DTSTAMP:") + dtstamp
              << QStringLiteral("DTSTART;TZID=%1:%2").arg(tzid, localTime(b.start()))
              << QStringLiteral("DTEND;TZID=%1:%2").arg(tzid, localTime(b.end()))
              << QStringLiteral("SUMMARY:") + icsEscaped(b.title)
              << QStringLiteral("DESCRIPTION:") + icsEscaped(description(b))
              << QStringLiteral("CATEGORIES:") + icsEscaped(quadrantName(b.quadrant))
              << QStringLiteral("TRANSP:OPAQUE") << QStringLiteral("END:VEVENT");
    }
    lines << QStringLiteral("END:VCALENDAR");
    QByteArray out;
    for (const QString &l : lines)
        out += icsFolded(l);
    return out;
}

} // namespace jobprep

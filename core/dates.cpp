// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "dates.h"

#include <QRegularExpression>
#include <cstdio>

namespace jobprep {

std::optional<QDate> parseIsoDate(QStringView text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QDate d(m.capturedView(1).toInt(), m.capturedView(2).toInt(), m.capturedView(3).toInt());
    if (!d.isValid())
        return std::nullopt;
    return d;
}

QString isoDateTimeText(const QDateTime &dt)
{
    const QDate d = dt.date();
    const QTime t = dt.time();
    const Qt::TimeSpec spec = dt.timeSpec();
    if (!dt.isValid() || (spec != Qt::LocalTime && spec != Qt::UTC) || d.year() < 1000 || d.year() > 9999)
        return dt.toString(Qt::ISODate);
    char text[21];
    const int n = std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d%s", d.year(), d.month(), d.day(),
                                t.hour(), t.minute(), t.second(), spec == Qt::UTC ? "Z" : "");
    return QString::fromLatin1(text, n);
}

QString dDay(const QDate &deadline, const QDate &today)
{
    if (!deadline.isValid() || !today.isValid())
        return {};
    const qint64 days = today.daysTo(deadline);
    if (days == 0)
        return QStringLiteral("D-day");
    if (days > 0)
        return QStringLiteral("D-%1").arg(days);
    return QStringLiteral("D+%1").arg(-days);
}

std::optional<QDate> parseIsoWeek(QStringView text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})-W(\\d{2})$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const int year = m.capturedView(1).toInt();
    const int week = m.capturedView(2).toInt();
    // January 4th is always in week 1.
    const QDate jan4(year, 1, 4);
    const QDate monday = jan4.addDays(1 - jan4.dayOfWeek()).addDays(7 * (week - 1));
    int y = 0;
    if (week < 1 || monday.weekNumber(&y) != week || y != year)
        return std::nullopt;
    return monday;
}

QString isoWeekName(const QDate &day)
{
    int year = 0;
    const int week = day.weekNumber(&year);
    return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
}

} // namespace jobprep

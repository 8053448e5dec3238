// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "planformat.h"

namespace jobprep::planformat {

QString hoursNumber(int minutes)
{
    // At most two decimals, no trailing zeros, always a '.' whatever the locale.
    QString s = QString::number(minutes / 60.0, 'f', 2);
    while (s.endsWith(QLatin1Char('0')))
        s.chop(1);
    if (s.endsWith(QLatin1Char('.')))
        s.chop(1);
    return s;
}

QString hoursText(int minutes) { return hoursNumber(minutes) + QLatin1Char('h'); }

QString clockText(int minuteOfDay)
{
    const int m = ((minuteOfDay % 1440) + 1440) % 1440;
    return QStringLiteral("%1:%2").arg(m / 60, 2, 10, QLatin1Char('0')).arg(m % 60, 2, 10, QLatin1Char('0'));
}

QString timeRange(const PlanBlock &b)
{
    return clockText(b.startMinute) + QChar(0x2013) + clockText(b.endMinute());
}

QString weekdayName(const QDate &date)
{
    static const char *const names[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    return date.isValid() ? QLatin1String(names[date.dayOfWeek() - 1]) : QString();
}

QString dateText(const QDate &date) { return date.toString(Qt::ISODate); }

QString quadrantKey(Quadrant q)
{
    switch (q) {
    case Quadrant::DoFirst: return QStringLiteral("do-first");
    case Quadrant::Schedule: return QStringLiteral("schedule");
    case Quadrant::Limit: return QStringLiteral("limit");
    case Quadrant::Drop: return QStringLiteral("drop");
    case Quadrant::None: break;
    }
    return QStringLiteral("none");
}

QString quadrantName(Quadrant q)
{
    switch (q) {
    case Quadrant::DoFirst: return QStringLiteral("Do first");
    case Quadrant::Schedule: return QStringLiteral("Schedule");
    case Quadrant::Limit: return QStringLiteral("Limit");
    case Quadrant::Drop: return QStringLiteral("Drop / later");
    case Quadrant::None: break;
    }
    return QStringLiteral("Not placed");
}

QString quadrantColor(Quadrant q)
{
    switch (q) {
    case Quadrant::DoFirst: return QStringLiteral("#c0392b");
    case Quadrant::Schedule: return QStringLiteral("#2471a3");
    case Quadrant::Limit: return QStringLiteral("#d68910");
    case Quadrant::Drop: return QStringLiteral("#7f8c8d");
    case Quadrant::None: break;
    }
    return QStringLiteral("#7f8c8d");
}

QString weekTitle(const WeeklyPlan &plan)
{
    return QStringLiteral("Week %1 · %2 %3 %4")
        .arg(plan.weekName(), dateText(plan.monday), QString(QChar(0x2013)), dateText(plan.sunday()));
}

QString moreText(int more, int allMinutes, const QString &what)
{
    if (more <= 0)
        return {};
    return QStringLiteral("…and %1 more (%2 %3 in all)").arg(more).arg(hoursText(allMinutes), what);
}

} // namespace jobprep::planformat

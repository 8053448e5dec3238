// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "streaks.h"

#include <algorithm>

namespace jobprep::habits {

QDate periodOf(const QDate &day, Repeat repeat)
{
    return repeat == Repeat::Weekly ? day.addDays(1 - day.dayOfWeek()) : day;
}

int periodDays(Repeat repeat) { return repeat == Repeat::Weekly ? 7 : 1; }

Streaks streaks(QList<QDate> doneDays, Repeat repeat, const QDate &today)
{
    Streaks s;
    if (doneDays.isEmpty())
        return s;
    std::sort(doneDays.begin(), doneDays.end());
    s.lastDone = doneDays.last();
    // Periods as Julian days, so that consecutive ones differ by exactly one step whatever the
    // month, the leap day or the clock change between them.
    QList<qint64> periods;
    for (const QDate &d : std::as_const(doneDays)) {
        const qint64 p = periodOf(d, repeat).toJulianDay();
        if (periods.isEmpty() || periods.last() != p)
            periods << p;
    }
    const int step = periodDays(repeat);
    const qint64 now = periodOf(today, repeat).toJulianDay();
    int length = 0;
    qint64 previous = 0;
    for (const qint64 p : std::as_const(periods)) {
        length = (length > 0 && p - previous == step) ? length + 1 : 1;
        previous = p;
        s.longest = std::max(s.longest, length);
        if (p == now || p == now - step)
            s.current = length; // the run reaching this period or the last one
    }
    s.run = length;
    return s;
}

QDate nextOccurrence(const QDate &lastDone, Repeat repeat)
{
    return lastDone.addDays(periodDays(repeat));
}

int liveStreak(int run, const QDate &nextDue, Repeat repeat, const QDate &today)
{
    if (run <= 0 || !nextDue.isValid())
        return 0;
    const int step = periodDays(repeat);
    const qint64 last = periodOf(nextDue.addDays(-step), repeat).toJulianDay();
    const qint64 now = periodOf(today, repeat).toJulianDay();
    return (last == now || last == now - step) ? run : 0;
}

Kept kept(const QList<QDate> &doneDays, Repeat repeat, const QDate &from, const QDate &to)
{
    Kept k;
    const int step = periodDays(repeat);
    for (QDate p = periodOf(from, repeat); p <= to; p = p.addDays(step)) {
        ++k.of;
        const QDate end = p.addDays(step - 1);
        k.done += std::any_of(doneDays.cbegin(), doneDays.cend(), [&](const QDate &d) { return d >= p && d <= end; });
    }
    return k;
}

} // namespace jobprep::habits

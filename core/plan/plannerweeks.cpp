// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// Several weeks in a row (the calendar sync and the rolling feed) and the busy time they plan
// around, read from the store; the planner itself stays pure.
#include "core/store/store.h"
#include "weeklyplanner.h"

namespace jobprep {
namespace {

// Cuts [start, end) of wall-clock time into one piece per date, keeping those from..to.
void addPieces(QList<BusyBlock> &out, const QDateTime &start, const QDateTime &end, const QString &title,
               bool allDay, const QDate &from, const QDate &to)
{
    if (!start.isValid() || !end.isValid() || end <= start)
        return;
    const int startMinute = int(start.time().msecsSinceStartOfDay() / 60000);
    const int endMinute = int(end.time().msecsSinceStartOfDay() / 60000);
    for (QDate d = std::max(start.date(), from); d <= end.date() && d <= to; d = d.addDays(1)) {
        const int s = d == start.date() ? startMinute : 0;
        const int e = d == end.date() ? endMinute : 1440;
        if (e > s)
            out.append({d, s, e - s, title, allDay});
    }
}

} // namespace

QList<BusyBlock> WeeklyPlanner::busyBlocks(Store &store, const QDate &from, const QDate &to, const QTimeZone &zone)
{
    QList<BusyBlock> out;
    for (const BusyEvent &e : store.busyEvents(from, to)) {
        switch (e.time) {
        case BusyEvent::Time::Instant:
            addPieces(out, e.start.toTimeZone(zone), e.end.toTimeZone(zone), e.summary, false, from, to);
            break;
        case BusyEvent::Time::Floating:
            addPieces(out, e.start, e.end, e.summary, false, from, to);
            break;
        case BusyEvent::Time::AllDay:
            addPieces(out, QDateTime(e.start.date(), QTime(0, 0), Qt::UTC), QDateTime(e.end.date(), QTime(0, 0), Qt::UTC),
                      e.summary, true, from, to);
            break;
        }
    }
    return out;
}

QList<WeeklyPlan> WeeklyPlanner::planWeeks(Store &store, const QDate &anyDayOfWeek, const QDate &today, int following)
{
    const StoreSnapshot snapshot(store);
    QList<WeeklyPlan> plans{planFromStore(store, anyDayOfWeek, today)};
    if (following <= 0)
        return plans;
    // The later weeks read every task: what the weeks before took decides which get time.
    PlanInput in = inputFromStore(store, anyDayOfWeek, today);
    const QList<PlacedTask> tasks = in.tasks;
    for (int week = 1; week <= following; ++week) {
        for (const PlanBlock &b : plans.last().allBlocks())
            if (!b.habit)
                in.plannedBefore[b.taskId] += b.minutes;
        in.monday = plans.first().monday.addDays(7 * week);
        in.busy = busyBlocks(store, in.monday, in.monday.addDays(7));
        // A weekly habit comes back on the same weekday: its next occurrence, moved into this week.
        in.tasks = tasks;
        for (PlacedTask &pt : in.tasks) {
            Task &t = pt.task;
            if (t.repeat == Repeat::Weekly && t.due.isValid() && t.due < in.monday)
                t.due = t.due.addDays(7 * ((t.due.daysTo(in.monday) + 6) / 7));
        }
        plans.append(plan(in));
    }
    return plans;
}

} // namespace jobprep

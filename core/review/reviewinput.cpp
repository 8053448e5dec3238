// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "reviewinput.h"
#include "core/habits/streaks.h"
#include "core/plan/weeklyplanner.h"
#include "core/store/store.h"

#include <QHash>

namespace jobprep {
namespace {

int minutesOf(double hours) { return int(qRound(hours * 60)); }

// Where the rules placed a done task on the day it was done (it has no pane any more).
Quadrant placedOn(Store &store, const Placer &placer, Task task)
{
    if (task.pinned != Quadrant::None)
        return task.pinned;
    const QDate day = task.doneOn;
    task.status = Status::Todo;
    QList<LinkInfo> links;
    for (const LinkFacts &f : store.linkFacts(task.id))
        links.append({f.section, f.postingId, f.postingDeadline, f.companyInterest});
    const int interest = task.companyId ? store.company(task.companyId).value_or(Company{}).interest : 0;
    return placer.placeWithoutWhy(task, links, interest, day).quadrant;
}

} // namespace

ReviewInput reviewInput(Store &store, const QDate &anyDayOfWeek, const QDate &today)
{
    ReviewInput in;
    in.monday = anyDayOfWeek.addDays(1 - anyDayOfWeek.dayOfWeek());
    in.today = today;
    const QDate sunday = in.monday.addDays(6);
    const Settings settings = store.settings();
    in.protectedShare = settings.protectedShare;
    in.planned = store.plannedBlocks(in.monday, sunday);

    QHash<Id, Quadrant> plannedIn; // the quadrant a task was last planned in this week
    for (const PlannedBlock &b : std::as_const(in.planned))
        plannedIn.insert(b.taskId, b.quadrant);
    const Placer placer(settings);
    for (const Task &t : store.tasksDoneBetween(in.monday, sunday))
        in.done.append({t.id, t.title, plannedIn.value(t.id, placedOn(store, placer, t)), minutesOf(t.estimateHours),
                        false});

    const QDate last = std::min(sunday, std::max(today, in.monday));
    for (const Task &h : store.openHabits()) {
        const QList<QDate> days = store.habitDoneDays(h.id);
        const habits::Streaks s = habits::streaks(days, h.repeat, today);
        in.habits.append({h.id, h.title, h.repeat, days, s.current, s.longest});
        const Quadrant q = plannedIn.value(h.id, placedOn(store, placer, [&] {
                                               Task open = h;
                                               open.doneOn = last;
                                               return open;
                                           }()));
        const habits::Kept k = habits::kept(days, h.repeat, in.monday, last);
        for (int i = 0; i < k.done; ++i)
            in.done.append({h.id, h.title, q, minutesOf(h.estimateHours), true});
    }

    for (const Store::RequirementLine &l : store.requirementLines())
        if (!isTerminal(l.stage) && (!l.postingDeadline.isValid() || l.postingDeadline >= in.monday))
            in.lines.append({l.companyId, l.company, l.closedOn});

    for (const Task &t : store.tasksDueBetween(in.monday, sunday))
        in.due.append({t.id, t.title, t.due, t.isOpen() ? QDate() : t.doneOn});

    const WeeklyPlan next = WeeklyPlanner::planFromStore(store, in.monday.addDays(7), today);
    in.atRiskNext = next.atRisk;
    in.atRiskNextTotal = next.atRiskTotal;
    return in;
}

WeeklyReview reviewWeek(Store &store, const QDate &anyDayOfWeek, const QDate &today)
{
    return buildReview(reviewInput(store, anyDayOfWeek, today));
}

} // namespace jobprep

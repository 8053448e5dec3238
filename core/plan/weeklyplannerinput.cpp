// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// Gathering the planner's input from the store, kept apart so that the planner itself stays pure.
#include "core/store/store.h"
#include "weeklyplanner.h"

namespace jobprep {

PlanInput WeeklyPlanner::inputFromStore(Store &store, const QDate &anyDayOfWeek, const QDate &today)
{
    PlanInput in;
    in.monday = anyDayOfWeek.addDays(1 - anyDayOfWeek.dayOfWeek());
    in.today = today;
    in.settings = store.settings();
    in.tasks = allTasks(Board::compute(store, today));
    in.busy = busyBlocks(store, in.monday, in.monday.addDays(7));
    in.databaseId = store.databaseId();

    // A task serving several postings shows the one closing first (then the oldest posting).
    QHash<Id, const Posting *> postingOfLine;
    const QList<Posting> postings = store.postings();
    for (const Posting &p : postings)
        for (const PostingLine &l : p.lines)
            postingOfLine.insert(l.id, &p);
    auto closesFirst = [](const Posting *a, const Posting *b) {
        if (a->deadline.isValid() != b->deadline.isValid())
            return a->deadline.isValid();
        if (a->deadline != b->deadline)
            return a->deadline < b->deadline;
        return a->id < b->id;
    };
    for (const PlacedTask &pt : in.tasks) {
        const Posting *best = nullptr;
        for (const Id line : pt.task.lineIds)
            if (const Posting *p = postingOfLine.value(line); p && (!best || closesFirst(p, best)))
                best = p;
        if (best)
            in.postingTitles.insert(pt.task.id, best->title);
    }
    return in;
}

} // namespace jobprep

// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/board/board.h"
#include "core/domain/settings.h"
#include "weeklyplan.h"

#include <QHash>
#include <QTimeZone>
#include <array>
#include <vector>

namespace jobprep {

struct PlanInput
{
    QDate monday; // any day of the week is accepted and moved to its Monday
    QDate today;
    Settings settings;
    QList<PlacedTask> tasks;         // open tasks with their placement, in any order
    QHash<Id, QString> postingTitles; // task id -> title of the posting it serves
    // Busy time (any order; pieces on other dates are ignored, except those a day's hours run into
    // past midnight): taken out of each day's hours, and no block overlaps it.
    QList<BusyBlock> busy;
    // Minutes each task already has in the plans of earlier weeks (planWeeks): only the rest is
    // planned, and a task with nothing left is left out. Habits repeat and ignore it.
    QHash<Id, int> plannedBefore;
    QString databaseId; // copied into the plan
};

// How far a run got, for planning from the store on only some of the tasks (weeklyplanstore.cpp).
struct PlanProbe
{
    int firstDay = 0;                    // the first day (0 = Monday) anything may be planned on
    int budgetAfterDoFirst = 0;          // minutes outside the protected share left after Do first
    std::array<int, 7> freeAfterDoFirst{}; // free minutes per day after Do first's first pass
    // Schedule and Limit: the free minutes per day before the pane, and after each of its tasks.
    std::array<std::array<int, 7>, 2> freeBefore{};
    std::array<std::vector<std::pair<Id, std::array<int, 7>>>, 2> trail;
    std::array<int, 3> nextWeekItems{};  // next-week tasks from Do first, Schedule and Limit
};

// Fits one ISO week to the hours there are. Pure and deterministic: the plan depends only on the
// input, never on the order of `tasks` or on the clock. The rules are written out in README.md
// ("The weekly plan").
class WeeklyPlanner
{
public:
    static WeeklyPlan plan(const PlanInput &input, PlanProbe *probe = nullptr);
    // The same plan as plan(inputFromStore(…)), reading only the tasks that decide it: the habits,
    // Do first up to the week's end, each pane's first tasks until the week is full or the lists
    // are, and the oldest deadlines for the at-risk list. The totals come from task_groups.
    static WeeklyPlan planFromStore(Store &store, const QDate &anyDayOfWeek, const QDate &today);
    // Everything the planner needs from the store: the board, the settings and posting titles.
    // Reads every task; planFromStore gives the same plan.
    static PlanInput inputFromStore(Store &store, const QDate &anyDayOfWeek, const QDate &today);
    // The week of anyDayOfWeek and the `following` weeks after it, each planned with what the
    // weeks before it left of every task (plannedBefore), habits recurring, and the busy time stored.
    static QList<WeeklyPlan> planWeeks(Store &store, const QDate &anyDayOfWeek, const QDate &today, int following);
    // The most `following` weeks the feed, the sync and the Settings page offer: half a year ahead.
    static constexpr int kMaxFollowingWeeks = 26;
    // The stored busy events as the pieces a plan reads, on the dates from..to, in `zone`'s wall
    // time (floating times and all-day events are read as they are).
    static QList<BusyBlock> busyBlocks(Store &store, const QDate &from, const QDate &to,
                                       const QTimeZone &zone = QTimeZone::systemTimeZone());
    static QList<PlacedTask> allTasks(const Board &board);
};

} // namespace jobprep

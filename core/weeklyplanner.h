// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "board.h"
#include "settings.h"
#include "weeklyplan.h"

#include <QHash>

namespace jobprep {

struct PlanInput
{
    QDate monday; // any day of the week is accepted and moved to its Monday
    QDate today;
    Settings settings;
    QList<PlacedTask> tasks;         // open tasks with their placement, in any order
    QHash<Id, QString> postingTitles; // task id -> title of the posting it serves
};

// Fits one ISO week to the hours there are. Pure and deterministic: the plan depends only on the
// input, never on the order of `tasks` or on the clock. The rules are written out in README.md
// ("The weekly plan").
class WeeklyPlanner
{
public:
    static WeeklyPlan plan(const PlanInput &input);
    // Everything the planner needs from the store: the board, the settings and posting titles.
    static PlanInput inputFromStore(Store &store, const QDate &anyDayOfWeek, const QDate &today);
    static QList<PlacedTask> allTasks(const Board &board);
};

} // namespace jobprep

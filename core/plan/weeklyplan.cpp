// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "weeklyplan.h"
#include "core/domain/dates.h"

namespace jobprep {

QString WeeklyPlan::weekName() const { return isoWeekName(monday); }

int WeeklyPlan::capacityMinutes() const
{
    int sum = 0;
    for (const PlanDay &d : days)
        if (!d.past)
            sum += d.capacityMinutes;
    return sum;
}

int WeeklyPlan::usedMinutes() const
{
    int sum = 0;
    for (const PlanDay &d : days)
        sum += d.usedMinutes;
    return sum;
}

int WeeklyPlan::blockCount() const
{
    int n = 0;
    for (const PlanDay &d : days)
        n += int(d.blocks.size());
    return n;
}

QList<PlanBlock> WeeklyPlan::allBlocks() const
{
    QList<PlanBlock> all;
    for (const PlanDay &d : days)
        all += d.blocks;
    return all;
}

} // namespace jobprep

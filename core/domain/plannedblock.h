// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "domain.h"

namespace jobprep {

// One block of a week's plan as it was recorded on `recordedOn`, the first time the plan was
// computed that day (PlanService): what was planned, kept for the weekly review. The task's title
// is kept too, since the task may be renamed or deleted since.
struct PlannedBlock
{
    QDate recordedOn;
    QDate date;
    Id taskId = 0;
    QString title;
    Quadrant quadrant = Quadrant::None;
    int minutes = 0;
    bool habit = false;
};

} // namespace jobprep

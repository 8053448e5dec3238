// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/plan/weeklyplan.h"

namespace jobprep {

class Service;

// What was planned, kept for the weekly review: the plan of today's week as it was the first time
// it was computed today (the window, `jobprep-cli plan`, a calendar sync). Later plans of the same
// day are not kept: the review compares the week with what the day started with.
class PlanService
{
public:
    explicit PlanService(Service &service) : m_service(service) {}

    // Keeps `plan` when it is of today's week and nothing was kept today; true when it did.
    bool recordIfFirstToday(const WeeklyPlan &plan);
    // The same with the plan computed here, only when nothing was kept today.
    bool recordToday();

private:
    Service &m_service;
};

} // namespace jobprep

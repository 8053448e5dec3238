// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "planservice.h"
#include "clock.h"
#include "core/plan/weeklyplanner.h"
#include "service.h"

namespace jobprep {

bool PlanService::recordIfFirstToday(const WeeklyPlan &plan)
{
    const QDate today = m_service.clock().today();
    if (plan.monday != today.addDays(1 - today.dayOfWeek()) || plan.today != today ||
        m_service.store().hasRecordedPlan(today))
        return false;
    QList<PlannedBlock> blocks;
    for (const PlanBlock &b : plan.allBlocks())
        blocks.append({today, b.date, b.taskId, b.title, b.quadrant, b.minutes, b.habit});
    m_service.write([&] { m_service.writer().recordPlan(today, m_service.clock().now(), blocks); }, nullptr);
    return true;
}

bool PlanService::recordToday()
{
    const QDate today = m_service.clock().today();
    if (m_service.store().hasRecordedPlan(today))
        return false;
    return recordIfFirstToday(WeeklyPlanner::planFromStore(m_service.store(), today, today));
}

} // namespace jobprep

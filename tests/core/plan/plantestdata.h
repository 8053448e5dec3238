// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/plan/weeklyplanner.h"

namespace jobprep::test {

// Week 2026-W49: Monday 2026-11-30 to Sunday 2026-12-06; "today" is Wednesday 2026-12-02.
inline const QDate kMonday(2026, 11, 30);
inline const QDate kToday(2026, 12, 2);

// A task already placed on a quadrant, the way the planner receives it from the board.
inline PlacedTask placed(Id id, const QString &title, Quadrant q, double hours, const QDate &deadline = {},
                         Repeat repeat = Repeat::None, const QDate &due = {}, const QString &company = {})
{
    PlacedTask pt;
    pt.task.id = id;
    pt.task.title = title;
    pt.task.kind = Kind::Study;
    pt.task.estimateHours = hours;
    pt.task.repeat = repeat;
    pt.task.due = due.isValid() ? due : deadline;
    pt.placement.quadrant = q;
    pt.placement.autoQuadrant = q;
    pt.placement.effectiveDeadline = deadline;
    pt.companyName = company;
    return pt;
}

inline PlanInput planInput(const QList<PlacedTask> &tasks, const QDate &today = kToday)
{
    PlanInput in;
    in.monday = kMonday;
    in.today = today;
    in.tasks = tasks;
    return in;
}

// A week with Korean titles, a habit, a company and a posting, and text that needs escaping
// in every format: what the export tests read back.
inline WeeklyPlan sampleExportPlan()
{
    PlanInput in = planInput({
        placed(1, QStringLiteral("Spark 스터디"), Quadrant::DoFirst, 5, QDate(2026, 12, 4), Repeat::None, {},
               QStringLiteral("카카오")),
        placed(2, QStringLiteral("LeetCode 매일 한 문제"), Quadrant::Limit, 0.5, {}, Repeat::Daily, kToday),
        placed(3, QStringLiteral("추천 시스템 포트폴리오 프로젝트: 데이터 파이프라인, 모델 서빙; 배포 \\ 문서화 \"v2\""),
               Quadrant::Schedule, 9, {}, Repeat::None, {}, QStringLiteral("네이버, Corp")),
        placed(4, QStringLiteral("SQL <window> 함수 & 정리"), Quadrant::Limit, 30),
        placed(5, QStringLiteral("이력서 업데이트"), Quadrant::DoFirst, 12, QDate(2026, 12, 3)),
    });
    in.postingTitles.insert(1, QStringLiteral("데이터 엔지니어 (신입)"));
    return WeeklyPlanner::plan(in);
}

} // namespace jobprep::test

// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// Plan a week and export it as iCalendar at 1k, 10k and 100k tasks.
#include "benchdata.h"
#include "core/export/icsexport.h"
#include "core/plan/weeklyplanner.h"
#include "core/store/store.h"

#include <benchmark/benchmark.h>

using namespace jobprep;
using namespace jobprep::bench;

namespace {

// What `jobprep-cli plan` and the Plan view do: read the tasks that decide the week, then plan.
// kToday is a Saturday: this week has two days left, next week all seven.
void BM_PlanWeek(benchmark::State &state)
{
    Store store(databaseWithTasks(int(state.range(0))));
    for (auto _ : state)
        benchmark::DoNotOptimize(WeeklyPlanner::planFromStore(store, kToday, kToday));
    state.SetComplexityN(state.range(0));
}
BENCHMARK(BM_PlanWeek)->Apply(sizes);

void BM_PlanNextWeek(benchmark::State &state)
{
    Store store(databaseWithTasks(int(state.range(0))));
    for (auto _ : state)
        benchmark::DoNotOptimize(WeeklyPlanner::planFromStore(store, kToday.addDays(2), kToday));
    state.SetComplexityN(state.range(0));
}
BENCHMARK(BM_PlanNextWeek)->Apply(sizes);

// The same plan from every task placed in full (the reference the tests compare with).
void BM_PlanWeekFromEveryTask(benchmark::State &state)
{
    Store store(databaseWithTasks(int(state.range(0))));
    for (auto _ : state)
        benchmark::DoNotOptimize(WeeklyPlanner::plan(WeeklyPlanner::inputFromStore(store, kToday, kToday)));
    state.SetComplexityN(state.range(0));
}
BENCHMARK(BM_PlanWeekFromEveryTask)->Apply(sizes);

// The planner alone, on tasks already placed.
void BM_PlanWeekOnly(benchmark::State &state)
{
    Store store(databaseWithTasks(int(state.range(0))));
    const PlanInput input = WeeklyPlanner::inputFromStore(store, kToday, kToday);
    for (auto _ : state)
        benchmark::DoNotOptimize(WeeklyPlanner::plan(input));
    state.SetComplexityN(state.range(0));
}
BENCHMARK(BM_PlanWeekOnly)->Apply(sizes);

void BM_ExportIcs(benchmark::State &state)
{
    Store store(databaseWithTasks(int(state.range(0))));
    const WeeklyPlan plan = WeeklyPlanner::planFromStore(store, kToday, kToday);
    const QTimeZone zone("Asia/Seoul");
    const QDateTime stamp(kToday, QTime(12, 0), Qt::UTC);
    for (auto _ : state)
        benchmark::DoNotOptimize(planToIcs(plan, zone, stamp).size());
    state.SetComplexityN(state.range(0));
}
BENCHMARK(BM_ExportIcs)->Apply(sizes);

} // namespace

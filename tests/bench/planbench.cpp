// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// Plan a week and export it as iCalendar at 1k, 10k and 100k tasks.
#include "benchdata.h"
#include "export/icsexport.h"
#include "store.h"
#include "weeklyplanner.h"

#include <benchmark/benchmark.h>

using namespace jobprep;
using namespace jobprep::bench;

namespace {

void sizes(benchmark::internal::Benchmark *b)
{
    b->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond)->Complexity();
}

// What `jobprep-cli plan` does: gather the input from the store (which places every task), then plan.
void BM_PlanWeek(benchmark::State &state)
{
    Store store(databaseWithTasks(int(state.range(0))));
    for (auto _ : state)
        benchmark::DoNotOptimize(WeeklyPlanner::plan(WeeklyPlanner::inputFromStore(store, kToday, kToday)));
    state.SetComplexityN(state.range(0));
}
BENCHMARK(BM_PlanWeek)->Apply(sizes);

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
    const WeeklyPlan plan = WeeklyPlanner::plan(WeeklyPlanner::inputFromStore(store, kToday, kToday));
    const QTimeZone zone("Asia/Seoul");
    const QDateTime stamp(kToday, QTime(12, 0), Qt::UTC);
    for (auto _ : state)
        benchmark::DoNotOptimize(planToIcs(plan, zone, stamp).size());
    state.SetComplexityN(state.range(0));
}
BENCHMARK(BM_ExportIcs)->Apply(sizes);

} // namespace

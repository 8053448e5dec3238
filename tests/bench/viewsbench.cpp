// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// What the companies and skills views compute from the store when tasks change, at 1k, 10k and
// 100k tasks: readiness per company and posting, and skill demand against task coverage.
#include "benchdata.h"
#include "readiness.h"
#include "skilldemand.h"
#include "skilldictionary.h"
#include "store.h"

#include <benchmark/benchmark.h>

using namespace jobprep;
using namespace jobprep::bench;

namespace {

void BM_Readiness(benchmark::State &state)
{
    Store store(databaseWithTasks(int(state.range(0))));
    for (auto _ : state)
        benchmark::DoNotOptimize(ReadinessReport::compute(store, kToday));
    state.SetComplexityN(state.range(0));
}
BENCHMARK(BM_Readiness)->Apply(sizes);

void BM_SkillDemand(benchmark::State &state)
{
    Store store(databaseWithTasks(int(state.range(0))));
    for (auto _ : state)
        benchmark::DoNotOptimize(SkillDemand::compute(store, kToday).size());
    state.SetComplexityN(state.range(0));
}
BENCHMARK(BM_SkillDemand)->Apply(sizes);

} // namespace

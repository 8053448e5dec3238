// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// What the companies and skills views compute from the store when tasks change, and what pasting a
// posting proposes, at 1k, 10k and 100k tasks: readiness per company and posting, skill demand
// against task coverage, and tasks proposed for a posting's lines (each linked to the oldest open
// task of its skill, if any).
#include "benchdata.h"
#include "core/postings/readiness.h"
#include "core/postings/skilldemand.h"
#include "core/postings/skilldictionary.h"
#include "core/postings/taskproposal.h"
#include "core/store/store.h"

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

QList<PostingLine> postingLines()
{
    QList<PostingLine> lines;
    for (const char *text : {"Python, SQL 능숙", "Spark 또는 Flink 기반 대용량 데이터 처리 경험", "Airflow 로 파이프라인 운영",
                             "추천 시스템 개발 경험", "Rust 경험", "Kubernetes 운영 경험", "커뮤니케이션 능력"})
        lines.append({0, Section::Requirement, QString::fromUtf8(text)});
    return lines;
}

void BM_ProposeTasks(benchmark::State &state)
{
    Store store(databaseWithTasks(int(state.range(0))));
    const QList<PostingLine> lines = postingLines();
    for (auto _ : state)
        benchmark::DoNotOptimize(TaskProposer().propose(lines, store).size());
    state.SetComplexityN(state.range(0));
}
BENCHMARK(BM_ProposeTasks)->Apply(sizes);

// The same from a list of every open task read whole, as the paste dialog and the CLI passed it before
// (they also matched every title against the whole dictionary then: 3.3-3.7 s for `posting add`).
void BM_ProposeTasksFromEveryTask(benchmark::State &state)
{
    Store store(databaseWithTasks(int(state.range(0))));
    const QList<PostingLine> lines = postingLines();
    for (auto _ : state)
        benchmark::DoNotOptimize(TaskProposer().propose(lines, store.tasks(false)).size());
    state.SetComplexityN(state.range(0));
}
BENCHMARK(BM_ProposeTasksFromEveryTask)->Apply(sizes);

} // namespace

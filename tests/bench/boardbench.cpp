// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// What `jobprep-cli board --limit 20` and the window's first paint read: the first rows of each pane
// (Board::computeTop), at 1k, 10k and 100k tasks.
#include "benchdata.h"
#include "core/board/board.h"
#include "core/store/store.h"

#include <benchmark/benchmark.h>

using namespace jobprep;
using namespace jobprep::bench;

namespace {

void BM_BoardTop(benchmark::State &state)
{
    Store store(databaseWithTasks(int(state.range(0))));
    for (auto _ : state)
        benchmark::DoNotOptimize(Board::computeTop(store, kToday, 20).totalCount());
    state.SetComplexityN(state.range(0));
}
BENCHMARK(BM_BoardTop)->Apply(sizes);

// Opening the file and reading the first rows, as one `board --limit 20` run does.
void BM_OpenAndBoardTop(benchmark::State &state)
{
    const QString path = databaseWithTasks(int(state.range(0)));
    for (auto _ : state) {
        Store store(path);
        benchmark::DoNotOptimize(Board::computeTop(store, kToday, 20).totalCount());
    }
    state.SetComplexityN(state.range(0));
}
BENCHMARK(BM_OpenAndBoardTop)->Apply(sizes);

} // namespace

// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// Load, place, move and import at 1k, 10k and 100k tasks, so that growth is visible.
#include "benchdata.h"
#include "core/board/board.h"
#include "core/service/dataservice.h"
#include "core/service/service.h"
#include "core/service/taskservice.h"

#include <QTemporaryDir>
#include <algorithm>
#include <benchmark/benchmark.h>
#include <chrono>
#include <string>

using namespace jobprep;
using namespace jobprep::bench;

namespace {

// Adds the 50th and 99th percentile of per-iteration times (in ms) as counters.
void percentiles(benchmark::State &state, std::vector<double> &ms, const std::string &prefix = {})
{
    if (ms.empty())
        return;
    std::sort(ms.begin(), ms.end());
    state.counters[prefix + "p50_ms"] = ms[ms.size() / 2];
    state.counters[prefix + "p99_ms"] = ms[std::min(ms.size() - 1, ms.size() * 99 / 100)];
}

// Open the file and read what the board needs: open tasks, their links, companies and settings.
void BM_Load(benchmark::State &state)
{
    const QString path = databaseWithTasks(int(state.range(0)));
    for (auto _ : state) {
        Store store(path);
        benchmark::DoNotOptimize(store.tasks(false));
        benchmark::DoNotOptimize(store.linkFacts());
        benchmark::DoNotOptimize(store.companies());
        benchmark::DoNotOptimize(store.settings());
    }
    state.SetComplexityN(state.range(0));
}
BENCHMARK(BM_Load)->Apply(sizes);

// Place every open task and sort the four panes, reading from an open store (what every refresh does).
void BM_PlaceAll(benchmark::State &state)
{
    Store store(databaseWithTasks(int(state.range(0))));
    for (auto _ : state)
        benchmark::DoNotOptimize(Board::compute(store, kToday).totalCount());
    state.SetComplexityN(state.range(0));
}
BENCHMARK(BM_PlaceAll)->Apply(sizes);

// The placement rules and the sort alone, on tasks already in memory.
void BM_PlaceAllInMemory(benchmark::State &state)
{
    Store store(databaseWithTasks(int(state.range(0))));
    const QList<Task> tasks = store.tasks(false);
    const QList<LinkFacts> links = store.linkFacts();
    QHash<Id, QPair<QString, int>> companies;
    for (const Company &c : store.companies())
        companies.insert(c.id, {c.name, c.interest});
    const Settings settings = store.settings();
    for (auto _ : state)
        benchmark::DoNotOptimize(Board::compute(tasks, links, companies, settings, kToday).totalCount());
    state.SetComplexityN(state.range(0));
}
BENCHMARK(BM_PlaceAllInMemory)->Apply(sizes);

// One drag as the GUI does it: persist the pin (one transaction, through the service, which keeps
// the rows it changed for undo), then recompute the board it shows.
void BM_OneMove(benchmark::State &state)
{
    Store store(databaseWithTasks(int(state.range(0))));
    Service service(store);
    const Board before = Board::compute(store, kToday);
    const PlacedTask &first = before.pane(Quadrant::Drop).isEmpty() ? before.pane(Quadrant::Schedule).first()
                                                                     : before.pane(Quadrant::Drop).first();
    const Id id = first.task.id;
    const Quadrant original = first.task.pinned;
    std::vector<double> ms;
    int n = 0;
    for (auto _ : state) {
        const auto start = std::chrono::steady_clock::now();
        service.tasks().pin({id}, ++n % 2 ? Quadrant::DoFirst : Quadrant::Limit);
        const Board after = Board::compute(store, kToday);
        benchmark::DoNotOptimize(after.find(id));
        ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    service.tasks().pin({id}, original);
    percentiles(state, ms);
    state.SetComplexityN(state.range(0));
}
BENCHMARK(BM_OneMove)->Apply(sizes);

// `jobprep-cli import`: check the whole file, then write it in one transaction into a fresh file.
void BM_Import(benchmark::State &state)
{
    const QByteArray &json = importJsonWithTasks(int(state.range(0)));
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        auto store = std::make_unique<Store>(dir.filePath(QStringLiteral("import.sqlite")));
        auto service = std::make_unique<Service>(*store);
        state.ResumeTiming();
        benchmark::DoNotOptimize(service->data().importJson(json).tasks);
        state.PauseTiming();
        service.reset();
        store.reset();
        state.ResumeTiming();
    }
    state.SetComplexityN(state.range(0));
}
BENCHMARK(BM_Import)->Apply(sizes);

} // namespace

namespace {

// The same drag with Board::update(): persist the pin, re-place only the moved task.
void BM_OneMoveIncremental(benchmark::State &state)
{
    Store store(databaseWithTasks(int(state.range(0))));
    Service service(store);
    Board board = Board::compute(store, kToday);
    const PlacedTask &first = board.pane(Quadrant::Drop).isEmpty() ? board.pane(Quadrant::Schedule).first()
                                                                    : board.pane(Quadrant::Drop).first();
    const Id id = first.task.id;
    const Quadrant original = first.task.pinned;
    std::vector<double> ms, storeMs, boardMs;
    int n = 0;
    for (auto _ : state) {
        const auto start = std::chrono::steady_clock::now();
        service.tasks().pin({id}, ++n % 2 ? Quadrant::DoFirst : Quadrant::Limit);
        const auto stored = std::chrono::steady_clock::now();
        board.update(store, {id}, kToday);
        benchmark::DoNotOptimize(board.find(id));
        const auto end = std::chrono::steady_clock::now();
        ms.push_back(std::chrono::duration<double, std::milli>(end - start).count());
        storeMs.push_back(std::chrono::duration<double, std::milli>(stored - start).count());
        boardMs.push_back(std::chrono::duration<double, std::milli>(end - stored).count());
    }
    service.tasks().pin({id}, original);
    percentiles(state, ms);
    // The two halves: the store's transaction, then Board::update (its reads and the re-placing).
    percentiles(state, storeMs, "pin_");
    percentiles(state, boardMs, "update_");
    state.SetComplexityN(state.range(0));
}
BENCHMARK(BM_OneMoveIncremental)->Apply(sizes);

} // namespace

// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QString>
#include <benchmark/benchmark.h>

namespace jobprep::bench {

// The sizes every benchmark runs at, so that growth is visible: ->Apply(sizes).
inline void sizes(benchmark::internal::Benchmark *b)
{
    b->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond)->Complexity();
}

// The day every benchmark data set is generated for and placed on.
inline const QDate kToday(2026, 11, 28);

// A generated data set imported into an SQLite file once per size and process; later calls return the
// same file. The files live in a temporary folder removed at exit.
QString databaseWithTasks(int taskCount);
// The generated data set in our JSON import format (for the import benchmark).
const QByteArray &importJsonWithTasks(int taskCount);

} // namespace jobprep::bench

// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "cli.h"

class QTextStream;

// The calendar commands need Qt Network, QtKeychain (with Qt D-Bus) and libical. Loading them at
// every start of jobprep-cli would cost each command their start-up (docs/performance.md has the
// figures), and the binary must not load Qt D-Bus (tests/app checks its libraries). So their code
// lives in jobprep-cli-calendar.so, found like the PDF module (climodule.h): when a calendar or
// busy command runs, jobprep-cli loads it and hands it the whole command line, which it runs as a
// jobprep-cli of its own with the real commands registered.
namespace jobprep::cli {

// Runs the calendar command of `c`: through the registered implementation (inside the module), or
// by loading the module; exit 3 with the reason when it cannot be loaded.
int runCalendarCommand(Context &c);
// The module registers its implementation before it runs the command line.
void useCalendarCommands(int (*run)(Context &));

} // namespace jobprep::cli

extern "C" {
using JobPrepCalendarRunFn = int (*)(const QStringList *arguments, QTextStream *out, QTextStream *err);
}
#define JOBPREP_CALENDAR_RUN_SYMBOL "jobprep_cli_calendar_run_v1"

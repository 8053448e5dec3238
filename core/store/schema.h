// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace jobprep::schema {

// The forward migrations; step N (1-based) takes a file from user_version N-1 to N.
// Append only: a released step is never edited.
// An empty step is a version number taken by another branch of work: it changes nothing here.
const QStringList &migrations();
// Step 7: habits' records, links and evidence, and the recorded plans (issue 19).
QString habitsStep();
// Ticks the days a streak number stood for, for the habits `which` (an SQL condition on tasks)
// selects: the migration carries every open habit's streak, an import or a new task its own.
QString carryStreaksSql(const QString &which);

} // namespace jobprep::schema

// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QList>

namespace jobprep {

// Which backups to keep: the newest of each of the `days` most recent calendar days that have a
// backup, plus the newest of each of the `weeks` most recent ISO weeks that have one. Counting days
// that *have* backups (not the last 7 calendar days) means a user who did not open the app for a
// month still keeps their last good copies. Pure: no clock, no files.
struct BackupRotation
{
    int days = 7;
    int weeks = 4;

    // Indexes into `taken` (any order) of the backups to delete.
    QList<int> toDelete(const QList<QDateTime> &taken) const;
};

} // namespace jobprep

// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QString>

namespace jobprep {

struct RestoreResult
{
    QString previousSavedAs; // backup of what was there before (or the damaged file, moved aside)
    int schemaVersion = 0;   // of the restored file; an older one is upgraded on next open
};

// Replaces the database at `databasePath` with the content of `backupPath`:
// 1. `backupPath` must be a healthy JobPrep database (DatabaseCheck), else DbError and nothing changes;
// 2. the current database is backed up into its backups folder (a damaged one is moved there);
// 3. the content is copied in with SQLite's backup API in rollback-journal mode, so no -wal/-shm
//    of the old content can be replayed over it afterwards.
// Throws DbError (Busy when another connection keeps the file in WAL use).
RestoreResult restoreDatabase(const QString &backupPath, const QString &databasePath, const QDateTime &now,
                              int busyTimeoutMs = 5000);

} // namespace jobprep

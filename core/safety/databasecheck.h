// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace jobprep {

class Database;

// What `PRAGMA integrity_check` and `PRAGMA foreign_key_check` found.
struct IntegrityReport
{
    int schemaVersion = 0;
    QStringList problems; // one line each, as SQLite words them
    bool ok() const { return problems.isEmpty(); }
};

// Read-only checks of a file that may not even be a database; nothing here writes to it.
class DatabaseCheck
{
public:
    // Throws DbError (NotFound, NotADatabase, NewerSchema) with a message naming the file when
    // `path` is not a JobPrep database this version can open. Returns its schema version.
    static int requireJobPrepFile(const QString &path);
    // Runs both checks on an open database (at most `maxProblems` lines are kept).
    static IntegrityReport run(Database &db, int maxProblems = 100);
    // requireJobPrepFile, then run, on a read-only connection.
    static IntegrityReport runOnFile(const QString &path);
};

} // namespace jobprep

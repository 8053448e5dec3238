// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// Rows held in memory, readable from SQL as a table: one INSERT … SELECT from it writes thousands of
// rows with one statement, instead of one statement (cursors, registers, binds) per row.
#pragma once

#include <QtGlobal>

struct sqlite3_context;

namespace jobprep {

class Database;

class RowSource
{
public:
    virtual ~RowSource() = default;
    virtual qint64 rowCount() const = 0;
    // Sets the value of one column of one row with a sqlite3_result_* call. Must not throw: it runs
    // inside sqlite3_step. Text may be passed as SQLITE_STATIC if it lives as long as the source.
    virtual void column(qint64 row, int column, sqlite3_context *ctx) const = 0;
};

// An eponymous virtual table on one connection, e.g. `SELECT * FROM bulk_tasks`, reading the
// source set with setSource() (no rows while none is set). Only plain statements may read it, not
// triggers or views. The table lives as long as the connection; this handle must not outlive it.
class RowSourceTable
{
public:
    // columns: the column list as in CREATE TABLE, e.g. "task_id, line_id".
    RowSourceTable(Database &db, const char *name, const char *columns);
    void setSource(const RowSource *source);

    struct Shared; // what the table reads (rowsource.cpp)

private:
    Shared *m_shared; // owned by the connection (freed when it closes)
};

} // namespace jobprep

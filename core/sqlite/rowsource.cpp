// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "rowsource.h"
#include "database.h"

#include <QByteArray>
#include <sqlite3.h>

namespace jobprep {

struct RowSourceTable::Shared
{
    QByteArray schema;
    const RowSource *source = nullptr;
};

namespace {

struct Table : sqlite3_vtab
{
    RowSourceTable::Shared *shared;
};

struct Cursor : sqlite3_vtab_cursor
{
    const RowSource *source = nullptr;
    qint64 row = 0;
    qint64 end = 0;
};

int vtConnect(sqlite3 *db, void *aux, int, const char *const *, sqlite3_vtab **out, char **)
{
    auto *shared = static_cast<RowSourceTable::Shared *>(aux);
    if (const int rc = sqlite3_declare_vtab(db, shared->schema.constData()); rc != SQLITE_OK)
        return rc;
    sqlite3_vtab_config(db, SQLITE_VTAB_DIRECTONLY); // not from the schema (triggers, views)
    auto *table = new Table{};
    table->shared = shared;
    *out = table;
    return SQLITE_OK;
}

int vtDisconnect(sqlite3_vtab *vtab)
{
    delete static_cast<Table *>(vtab);
    return SQLITE_OK;
}

int vtBestIndex(sqlite3_vtab *vtab, sqlite3_index_info *info)
{
    const RowSource *source = static_cast<Table *>(vtab)->shared->source;
    info->estimatedRows = source ? source->rowCount() : 0;
    info->estimatedCost = double(info->estimatedRows);
    return SQLITE_OK;
}

int vtOpen(sqlite3_vtab *, sqlite3_vtab_cursor **out)
{
    *out = new Cursor{};
    return SQLITE_OK;
}

int vtClose(sqlite3_vtab_cursor *cursor)
{
    delete static_cast<Cursor *>(cursor);
    return SQLITE_OK;
}

int vtFilter(sqlite3_vtab_cursor *base, int, const char *, int, sqlite3_value **)
{
    auto *c = static_cast<Cursor *>(base);
    c->source = static_cast<Table *>(base->pVtab)->shared->source;
    c->row = 0;
    c->end = c->source ? c->source->rowCount() : 0;
    return SQLITE_OK;
}

int vtNext(sqlite3_vtab_cursor *base)
{
    ++static_cast<Cursor *>(base)->row;
    return SQLITE_OK;
}

int vtEof(sqlite3_vtab_cursor *base)
{
    const auto *c = static_cast<Cursor *>(base);
    return c->row >= c->end;
}

int vtColumn(sqlite3_vtab_cursor *base, sqlite3_context *ctx, int i)
{
    const auto *c = static_cast<Cursor *>(base);
    c->source->column(c->row, i, ctx);
    return SQLITE_OK;
}

int vtRowid(sqlite3_vtab_cursor *base, sqlite3_int64 *out)
{
    *out = static_cast<Cursor *>(base)->row;
    return SQLITE_OK;
}

// Eponymous only (no xCreate): the table exists without CREATE VIRTUAL TABLE, so nothing is written
// to the schema of the file.
const sqlite3_module kModule = [] {
    sqlite3_module m{};
    m.xConnect = vtConnect;
    m.xBestIndex = vtBestIndex;
    m.xDisconnect = vtDisconnect;
    m.xDestroy = vtDisconnect;
    m.xOpen = vtOpen;
    m.xClose = vtClose;
    m.xFilter = vtFilter;
    m.xNext = vtNext;
    m.xEof = vtEof;
    m.xColumn = vtColumn;
    m.xRowid = vtRowid;
    return m;
}();

} // namespace

RowSourceTable::RowSourceTable(Database &db, const char *name, const char *columns)
    : m_shared(new Shared{QByteArray("CREATE TABLE x(") + columns + ')'})
{
    // SQLite frees m_shared with the connection, or at once when the registration fails.
    const int rc = sqlite3_create_module_v2(db.handle(), name, &kModule, m_shared,
                                            [](void *p) { delete static_cast<Shared *>(p); });
    if (rc != SQLITE_OK)
        db.raise(rc, QStringLiteral("create module %1").arg(QLatin1String(name)));
}

void RowSourceTable::setSource(const RowSource *source) { m_shared->source = source; }

} // namespace jobprep

// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "database.h"
#include "dberror.h"

#include <sqlite3.h>

namespace jobprep {
namespace {

DbError::Kind kindFor(int rc)
{
    switch (rc & 0xff) {
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT: return DbError::Kind::NotADatabase;
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return DbError::Kind::Busy;
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM: return DbError::Kind::ReadOnly;
    case SQLITE_FULL: return DbError::Kind::Full;
    case SQLITE_CONSTRAINT: return DbError::Kind::Constraint;
    default: return DbError::Kind::Sqlite;
    }
}

} // namespace

Database::Database(const QString &path, Mode mode) : m_path(path)
{
    // No mutex per connection: each one is used by one thread at a time (the store's; the GUI's
    // readers and the import's reading thread never touch it, a reader opens its own). With
    // FULLMUTEX every sqlite3_column_* call locked and unlocked one: 12 % of `board`'s instructions.
    int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI;
    switch (mode) {
    case Mode::ReadWriteCreate: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE; break;
    case Mode::ReadWrite: flags |= SQLITE_OPEN_READWRITE; break;
    case Mode::ReadOnly: flags |= SQLITE_OPEN_READONLY; break;
    }
    const QByteArray utf8 = path.toUtf8();
    const int rc = sqlite3_open_v2(utf8.constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString msg = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("out of memory");
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        throw DbError(kindFor(rc), QStringLiteral("cannot open %1: %2").arg(path, msg), rc);
    }
    sqlite3_extended_result_codes(m_db, 1);
}

Database::~Database()
{
    finalizeCached();
    if (m_db)
        sqlite3_close_v2(m_db);
}

Database::Database(Database &&other) noexcept
    : m_db(other.m_db), m_path(std::move(other.m_path)), m_cache(std::exchange(other.m_cache, {}))
{
    other.m_db = nullptr;
}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        finalizeCached();
        if (m_db)
            sqlite3_close_v2(m_db);
        m_db = other.m_db;
        m_path = std::move(other.m_path);
        m_cache = std::exchange(other.m_cache, {});
        other.m_db = nullptr;
    }
    return *this;
}

void Database::finalizeCached()
{
    for (sqlite3_stmt *stmt : std::as_const(m_cache))
        sqlite3_finalize(stmt);
    m_cache.clear();
}

void Database::recycle(sqlite3_stmt *stmt)
{
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    const QByteArray sql(sqlite3_sql(stmt));
    // Only one idle copy per text; a second one in use at the same time (nested reads) is finalized.
    if (!m_db || m_cache.contains(sql))
        sqlite3_finalize(stmt);
    else
        m_cache.insert(sql, stmt);
}

void Database::raise(int rc, const QString &what) const
{
    const QString msg = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(rc));
    throw DbError(kindFor(rc), QStringLiteral("%1: %2").arg(what, msg), rc);
}

bool Database::inTransaction() const { return m_db && sqlite3_get_autocommit(m_db) == 0; }

void Database::exec(const QString &sql)
{
    char *err = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        const QString msg = err ? QString::fromUtf8(err) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_free(err);
        throw DbError(kindFor(rc), QStringLiteral("%1: %2").arg(sql.left(60).simplified(), msg), rc);
    }
}

Statement Database::prepare(const QString &sql)
{
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (const auto it = m_cache.find(utf8); it != m_cache.end()) {
        stmt = *it;
        m_cache.erase(it);
        return Statement(*this, stmt);
    }
    const int rc = sqlite3_prepare_v3(m_db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT,
                                      &stmt, nullptr);
    if (rc != SQLITE_OK)
        raise(rc, QStringLiteral("prepare \"%1\"").arg(sql.left(60).simplified()));
    return Statement(*this, stmt);
}

qint64 Database::lastInsertId() const { return sqlite3_last_insert_rowid(m_db); }
int Database::changes() const { return sqlite3_changes(m_db); }

int Database::pragmaInt(const QString &name)
{
    Statement st = prepare(QStringLiteral("PRAGMA %1").arg(name));
    return st.step() ? st.int32(0) : 0;
}

void Database::setBusyTimeout(int ms) { sqlite3_busy_timeout(m_db, ms); }

QStringList Database::integrityProblems(int max)
{
    QStringList problems;
    Statement integrity = prepare(QStringLiteral("PRAGMA integrity_check(%1)").arg(max));
    while (integrity.step()) {
        const QString line = integrity.text(0);
        if (line != QLatin1String("ok"))
            problems << line;
    }
    return problems;
}

QList<Database::MissingReference> Database::missingReferences(int max)
{
    QList<MissingReference> out;
    Statement fk = prepare(QStringLiteral("PRAGMA foreign_key_check"));
    while (out.size() < max && fk.step())
        out.append({fk.text(0), fk.text(1), fk.text(2)});
    return out;
}

bool Database::leaveWal()
{
    Statement mode = prepare(QStringLiteral("PRAGMA journal_mode=DELETE"));
    return mode.step() && mode.text(0) == QLatin1String("delete");
}

Transaction::Transaction(Database &db) : m_db(db) { m_db.exec(QStringLiteral("BEGIN IMMEDIATE")); }

Transaction::~Transaction()
{
    if (!m_done && m_db.handle() && !sqlite3_get_autocommit(m_db.handle()))
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit()
{
    m_db.exec(QStringLiteral("COMMIT"));
    m_done = true;
}

} // namespace jobprep

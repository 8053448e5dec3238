// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "statement.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

struct sqlite3;

namespace jobprep {

// Owns one sqlite3 connection. Move-only; closes on destruction.
class Database
{
public:
    enum class Mode { ReadWriteCreate, ReadWrite, ReadOnly };

    Database() = default;
    Database(const QString &path, Mode mode);
    ~Database();
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    bool isOpen() const { return m_db != nullptr; }
    const QString &path() const { return m_path; }

    void exec(const QString &sql); // one or more statements without parameters
    bool inTransaction() const;    // an explicit BEGIN is open
    // Prepared statements are kept after use and handed out again for the same SQL text, so a loop
    // of small writes (an import) does not parse and plan the same statement every time.
    Statement prepare(const QString &sql);
    qint64 lastInsertId() const;
    int changes() const;
    int pragmaInt(const QString &name);
    void setBusyTimeout(int ms);

    // PRAGMA integrity_check: its lines other than "ok", at most `max`.
    QStringList integrityProblems(int max);
    // PRAGMA foreign_key_check: rows whose reference finds nothing, at most `max`.
    struct MissingReference
    {
        QString table, row, parent;
    };
    QList<MissingReference> missingReferences(int max);
    // Switches the file from WAL to a rollback journal (what a restore writes into); false when
    // another connection has it open and SQLite keeps WAL.
    bool leaveWal();

    // Raises DbError for rc with this connection's message; prefix names the operation.
    [[noreturn]] void raise(int rc, const QString &what) const;
    sqlite3 *handle() const { return m_db; }

private:
    friend class Statement;
    void recycle(sqlite3_stmt *stmt); // called by ~Statement: reset and keep for the next prepare()
    void finalizeCached();

    sqlite3 *m_db = nullptr;
    QString m_path;
    QHash<QByteArray, sqlite3_stmt *> m_cache; // SQL text -> an idle prepared statement
};

// RAII transaction: rolls back unless commit() was called. Uses BEGIN IMMEDIATE so a
// second writer waits for the busy timeout instead of failing half way through.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    Database &m_db;
    bool m_done = false;
};

// Many reads as one snapshot: one WAL read lock and one page-cache check instead of one per
// statement (a board read is some 300 statements). Nothing when a transaction is already open.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(Database &db) : m_db(db), m_own(!db.inTransaction())
    {
        if (m_own)
            m_db.exec(QStringLiteral("BEGIN"));
    }
    ~ReadSnapshot()
    {
        if (m_own && m_db.inTransaction()) {
            try {
                m_db.exec(QStringLiteral("COMMIT")); // a read-only transaction: nothing to lose
            } catch (...) {
            }
        }
    }
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

private:
    Database &m_db;
    bool m_own;
};

} // namespace jobprep

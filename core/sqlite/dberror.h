// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <stdexcept>

namespace jobprep {

// Thrown by every storage operation that fails; carries SQLite's own message and result code.
class DbError : public std::runtime_error
{
public:
    // Conflict: a row an undo or redo would write back was changed elsewhere since (another process).
    enum class Kind { Sqlite, NewerSchema, NotADatabase, Busy, ReadOnly, Full, Constraint, NotFound, Invalid, Conflict };

    DbError(Kind kind, const QString &message, int sqliteCode = 0)
        : std::runtime_error(message.toStdString()), m_kind(kind), m_message(message), m_code(sqliteCode)
    {
    }

    Kind kind() const { return m_kind; }
    const QString &message() const { return m_message; }
    int sqliteCode() const { return m_code; }
    // The database itself cannot be used (CLI exit status 3), as opposed to a rejected write.
    bool isUnusableDatabase() const
    {
        return m_kind == Kind::NewerSchema || m_kind == Kind::NotADatabase || m_kind == Kind::Busy ||
               m_kind == Kind::ReadOnly || m_kind == Kind::Full;
    }

private:
    Kind m_kind;
    QString m_message;
    int m_code;
};

} // namespace jobprep

// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>
#include <vector>

struct sqlite3_stmt;

namespace jobprep {

class Database;

// A prepared statement with bound values. Parameters are 1-based, as in SQLite.
// A valid date of the years 1000–9999 as the 10 characters of "YYYY-MM-DD", as Qt::ISODate writes
// it; false for any other date.
bool isoDateText(const QDate &date, char (&text)[10]);

class Statement
{
public:
    Statement(const Database &db, sqlite3_stmt *stmt);
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&) = delete;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value);
    // Text whose bytes stay valid until the statement is reset (a literal): bound without a copy.
    Statement &bindStatic(int index, QByteArrayView utf8);
    Statement &bind(int index, const QDate &value); // invalid date binds NULL
    Statement &bindNull(int index);
    Statement &bindOptional(int index, std::optional<qint64> value);

    bool step(); // true while a row is available
    void run();  // step to completion, for writes
    void reset();

    bool isNull(int column) const;
    qint64 int64(int column) const;
    int int32(int column) const { return static_cast<int>(int64(column)); }
    double real(int column) const;
    QString text(int column) const;
    QByteArrayView utf8(int column) const; // valid until the next step() or reset()
    QDate date(int column) const;
    QDateTime dateTime(int column) const; // ISO 8601 text as written by QDateTime::toString(Qt::ISODate)
    std::optional<qint64> optionalInt64(int column) const;

private:
    const Database *m_db;
    sqlite3_stmt *m_stmt;
    // The UTF-8 of the bound QStrings, kept until reset(): SQLite reads them in place instead of
    // copying each into memory of its own (an import binds millions of them).
    std::vector<QByteArray> m_texts;
};

} // namespace jobprep

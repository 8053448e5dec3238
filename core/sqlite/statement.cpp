// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "statement.h"
#include "core/domain/dates.h"
#include "database.h"

#include <cstdio>
#include <sqlite3.h>

namespace jobprep {

Statement::Statement(const Database &db, sqlite3_stmt *stmt) : m_db(&db), m_stmt(stmt) {}

Statement::~Statement()
{
    if (m_stmt)
        const_cast<Database *>(m_db)->recycle(m_stmt);
}

Statement::Statement(Statement &&other) noexcept
    : m_db(other.m_db), m_stmt(other.m_stmt), m_texts(std::move(other.m_texts))
{
    other.m_stmt = nullptr;
}

Statement &Statement::bind(int index, qint64 value)
{
    if (const int rc = sqlite3_bind_int64(m_stmt, index, value); rc != SQLITE_OK)
        m_db->raise(rc, QStringLiteral("bind"));
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    if (const int rc = sqlite3_bind_double(m_stmt, index, value); rc != SQLITE_OK)
        m_db->raise(rc, QStringLiteral("bind"));
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    // Moving the array into m_texts keeps its bytes where they are.
    m_texts.push_back(value.toUtf8());
    return bindStatic(index, m_texts.back());
}

Statement &Statement::bindStatic(int index, QByteArrayView utf8)
{
    // An empty view may have no data; SQLite would bind NULL for a null pointer, not ''.
    const char *data = utf8.data() ? utf8.data() : "";
    if (const int rc = sqlite3_bind_text(m_stmt, index, data, int(utf8.size()), SQLITE_STATIC); rc != SQLITE_OK)
        m_db->raise(rc, QStringLiteral("bind"));
    return *this;
}

bool isoDateText(const QDate &date, char (&text)[10])
{
    int year = 0, month = 0, day = 0;
    date.getDate(&year, &month, &day); // one calendar conversion instead of three
    if (year < 1000 || year > 9999)
        return false;
    auto put = [&text](int at, int number, int width) {
        for (int i = width - 1; i >= 0; --i, number /= 10)
            text[at + i] = char('0' + number % 10);
    };
    put(0, year, 4);
    text[4] = '-';
    put(5, month, 2);
    text[7] = '-';
    put(8, day, 2);
    return true;
}

Statement &Statement::bind(int index, const QDate &value)
{
    if (!value.isValid())
        return bindNull(index);
    char text[10];
    if (!isoDateText(value, text)) // the rare case exactly as Qt writes it
        return bind(index, value.toString(Qt::ISODate));
    if (const int rc = sqlite3_bind_text(m_stmt, index, text, 10, SQLITE_TRANSIENT); rc != SQLITE_OK)
        m_db->raise(rc, QStringLiteral("bind"));
    return *this;
}

Statement &Statement::bindNull(int index)
{
    if (const int rc = sqlite3_bind_null(m_stmt, index); rc != SQLITE_OK)
        m_db->raise(rc, QStringLiteral("bind"));
    return *this;
}

Statement &Statement::bindOptional(int index, std::optional<qint64> value)
{
    return value ? bind(index, *value) : bindNull(index);
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const QString sql = QString::fromUtf8(sqlite3_sql(m_stmt)).left(60).simplified();
    sqlite3_reset(m_stmt);
    m_db->raise(rc, sql);
}

void Statement::run()
{
    while (step()) {
    }
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_texts.clear(); // only now does SQLite no longer point into them
}

bool Statement::isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }
qint64 Statement::int64(int column) const { return sqlite3_column_int64(m_stmt, column); }
double Statement::real(int column) const { return sqlite3_column_double(m_stmt, column); }

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column)) : QString();
}

namespace {

// Reads `n` ASCII digits at p; -1 when one of them is not a digit.
int digits(const char *p, int n)
{
    int v = 0;
    for (int i = 0; i < n; ++i) {
        if (p[i] < '0' || p[i] > '9')
            return -1;
        v = v * 10 + (p[i] - '0');
    }
    return v;
}

// "YYYY-MM-DD" at p, or an invalid date. Parsing by hand: QDate::fromString costs a QString and a
// general parser per row, which shows when the board reads 100 000 tasks.
QDate isoDate(const char *p)
{
    if (p[4] != '-' || p[7] != '-')
        return {};
    const int y = digits(p, 4), m = digits(p + 5, 2), d = digits(p + 8, 2);
    return (y < 0 || m < 0 || d < 0) ? QDate() : gregorianDate(y, m, d);
}

} // namespace

QByteArrayView Statement::utf8(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return data ? QByteArrayView(data, sqlite3_column_bytes(m_stmt, column)) : QByteArrayView();
}

QDate Statement::date(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    // The common cases by hand (task_groups keeps "no deadline" as ''); anything else exactly as
    // QDate::fromString reads it.
    const int size = sqlite3_column_bytes(m_stmt, column);
    if (size == 0)
        return {};
    if (size == 10)
        if (const QDate d = isoDate(data); d.isValid())
            return d;
    return QDate::fromString(text(column), Qt::ISODate);
}

QDateTime Statement::dateTime(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    const int size = sqlite3_column_bytes(m_stmt, column);
    // "YYYY-MM-DDTHH:MM:SS" (local time) or with "Z" (UTC) by hand; anything else through Qt.
    if ((size == 19 || (size == 20 && data[19] == 'Z')) && data[10] == 'T' && data[13] == ':' && data[16] == ':') {
        const QDate d = isoDate(data);
        const int h = digits(data + 11, 2), m = digits(data + 14, 2), s = digits(data + 17, 2);
        if (d.isValid() && h >= 0 && h < 24 && m >= 0 && s >= 0 && QTime::isValid(h, m, s))
            return QDateTime(d, QTime(h, m, s), size == 20 ? Qt::UTC : Qt::LocalTime);
    }
    return QDateTime::fromString(text(column), Qt::ISODate);
}

std::optional<qint64> Statement::optionalInt64(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return int64(column);
}

} // namespace jobprep

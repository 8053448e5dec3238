// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// The rows a write changed, as SQLite's session extension records them: what makes undo an exact
// inverse (the rows go back with their ids, stamps and links) and what tells the views which rows
// to update.
#pragma once

#include <functional>
#include <optional>
#include <QByteArray>
#include <QStringList>

struct sqlite3_session;
struct sqlite3_changeset_iter;

namespace jobprep {

class Database;

// Records every row inserted, updated or deleted in `tables` through one connection from its
// construction on, including the rows that foreign-key actions (ON DELETE CASCADE, SET NULL) and
// triggers change. Must not outlive the connection.
class ChangeRecorder
{
public:
    ChangeRecorder(Database &db, const QStringList &tables);
    ~ChangeRecorder();
    ChangeRecorder(const ChangeRecorder &) = delete;
    ChangeRecorder &operator=(const ChangeRecorder &) = delete;

    // What changed so far, as a changeset (empty when nothing did). Throws DbError.
    QByteArray changeset() const;

private:
    sqlite3_session *m_session = nullptr;
};

// One row of a changeset.
class RowChange
{
public:
    enum class Op
    {
        Insert,
        Update,
        Delete
    };

    const QString &table() const { return m_table; }
    Op op() const { return m_op; }
    // An integer column of the row: after an insert, before a delete; for an update, its value
    // before (the primary key, and the changed columns only; nullopt for the others).
    std::optional<qint64> integer(int column) const;
    // Whether an update wrote a new value into `column`.
    bool changes(int column) const;

private:
    friend void forEachRowChange(const QByteArray &, const std::function<void(const RowChange &)> &);
    RowChange(sqlite3_changeset_iter *it, QString table, Op op)
        : m_it(it), m_table(std::move(table)), m_op(op)
    {
    }
    sqlite3_changeset_iter *m_it;
    QString m_table;
    Op m_op;
};

// Calls fn with each row of a changeset, table by table. Throws DbError for a malformed one.
void forEachRowChange(const QByteArray &changeset, const std::function<void(const RowChange &)> &fn);
// The changeset that undoes `changeset`: inserts become deletes, deletes inserts, updates go back.
QByteArray invertChangeset(const QByteArray &changeset);
// `first` then `second` as one changeset (two merged undo steps).
QByteArray concatChangesets(const QByteArray &first, const QByteArray &second);
// Writes the rows of `changeset` into the connection's open transaction. Every row must be as the
// changeset expects (an update's or delete's old values, no row under an insert's key): otherwise
// nothing of it is written and DbError Conflict names the first row that differs. The caller turns
// foreign-key enforcement off and checks the references afterwards: the changeset holds the rows
// that foreign-key actions changed as rows of their own, so the actions must not run again.
void applyChangeset(Database &db, const QByteArray &changeset);

} // namespace jobprep

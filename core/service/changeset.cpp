// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "changeset.h"
#include "core/sqlite/changeset.h"

#include <algorithm>

namespace jobprep {
namespace {

void note(RowIds &ids, RowChange::Op op, Id id)
{
    switch (op) {
    case RowChange::Op::Insert:
        // Removed and added again in one write (a posting's line kept by id): it changed.
        if (ids.removed.remove(id))
            ids.changed.insert(id);
        else
            ids.added.insert(id);
        break;
    case RowChange::Op::Delete:
        ids.changed.remove(id);
        if (!ids.added.remove(id))
            ids.removed.insert(id);
        break;
    case RowChange::Op::Update:
        if (!ids.added.contains(id) && !ids.removed.contains(id))
            ids.changed.insert(id);
        break;
    }
}

// A change to a row that belongs to another (a link to its task, a history entry to its company).
void touch(RowIds &ids, std::optional<qint64> id)
{
    if (id && !ids.added.contains(*id) && !ids.removed.contains(*id))
        ids.changed.insert(*id);
}

// A posting line's columns (core/store/schema.cpp): id, posting_id, position, section, text,
// heading, met, section_by_user. Whether an update changed its tick and nothing else.
bool onlyTheTick(const RowChange &row)
{
    constexpr int kMet = 6;
    if (row.op() != RowChange::Op::Update || !row.changes(kMet))
        return false;
    for (const int column : {1, 2, 3, 4, 5, 7})
        if (row.changes(column))
            return false;
    return true;
}

} // namespace

QList<Id> RowIds::all() const
{
    QList<Id> out(added.cbegin(), added.cend());
    out.append(QList<Id>(changed.cbegin(), changed.cend()));
    out.append(QList<Id>(removed.cbegin(), removed.cend()));
    std::sort(out.begin(), out.end());
    return out;
}

bool ChangeSet::isEmpty() const
{
    return !everything && !settings && !habits && !plans && !calendarAccount && tasks.isEmpty() && companies.isEmpty() &&
           postings.isEmpty() && lines.isEmpty() && ticks.isEmpty() && busy.isEmpty();
}

ChangeSet ChangeSet::fromRows(const QByteArray &rows, Origin origin)
{
    ChangeSet set;
    set.origin = origin;
    // Links and history entries are read last, so that a task or company added or removed in the
    // same write is not also counted as changed.
    QList<std::pair<int, std::optional<qint64>>> owned; // 0: task of a link, 1: company of a history entry
    forEachRowChange(rows, [&](const RowChange &row) {
        const QString &table = row.table();
        if (table == QLatin1String("tasks")) {
            note(set.tasks, row.op(), *row.integer(0));
        } else if (table == QLatin1String("companies")) {
            note(set.companies, row.op(), *row.integer(0));
        } else if (table == QLatin1String("postings")) {
            note(set.postings, row.op(), *row.integer(0));
        } else if (table == QLatin1String("posting_lines") && onlyTheTick(row)) {
            note(set.ticks, row.op(), *row.integer(0));
        } else if (table == QLatin1String("posting_lines")) {
            note(set.lines, row.op(), *row.integer(0));
            if (row.op() != RowChange::Op::Update || row.changes(1))
                owned.append({2, row.integer(1)}); // the posting the line belongs to
        } else if (table == QLatin1String("task_lines")) {
            owned.append({0, row.integer(0)});
        } else if (table == QLatin1String("stage_changes")) {
            owned.append({1, row.integer(1)});
        } else if (table == QLatin1String("settings")) {
            set.settings = true;
        } else if (table.startsWith(QLatin1String("habit_"))) {
            set.habits = true;
        } else if (table == QLatin1String("plan_days") || table == QLatin1String("planned_blocks")) {
            set.plans = true;
        } else if (table == QLatin1String("busy_events")) {
            note(set.busy, row.op(), *row.integer(0));
        } else if (table == QLatin1String("calendar_settings")) {
            set.calendarAccount = true;
        }
    });
    for (const auto &[kind, id] : owned)
        touch(kind == 0 ? set.tasks : kind == 1 ? set.companies : set.postings, id);
    return set;
}

ChangeSet ChangeSet::ofEverything(Origin origin)
{
    ChangeSet set;
    set.everything = true;
    set.origin = origin;
    return set;
}

Change Change::followedBy(const Change &next) const
{
    Change both;
    both.rows = concatChangesets(rows, next.rows);
    both.changes = ChangeSet::fromRows(both.rows, changes.origin);
    return both;
}

} // namespace jobprep

// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/domain.h"

#include <QByteArray>
#include <QMetaType>
#include <QSet>

namespace jobprep {

// The ids of one kind of row that a committed write added, changed or removed. An id is in one of
// the three at most.
struct RowIds
{
    QSet<Id> added, changed, removed;

    bool isEmpty() const { return added.isEmpty() && changed.isEmpty() && removed.isEmpty(); }
    bool contains(Id id) const { return added.contains(id) || changed.contains(id) || removed.contains(id); }
    QList<Id> all() const; // sorted
};

// What one committed transaction changed, emitted once per commit (Service::changed). Views update
// the rows it names. A task counts as changed when its row or its links did (placement inputs
// included); a company when its row or its stage history did; a posting when its row did, and its
// lines are named in `lines`.
struct ChangeSet
{
    enum class Origin
    {
        Here,
        Undo,
        Redo,
        OtherProcess
    };

    RowIds tasks, companies, postings, lines;
    // Eligibility lines whose "I meet this" tick alone changed: nothing placement or readiness
    // reads, so they are not in `lines` (whose changes make the board place every task again).
    RowIds ticks;
    RowIds busy; // busy events (read from the calendar or a file): the plan changes, the board not
    bool settings = false;
    // A habit's record, links or evidence changed (the habits view reads them again; a habit whose
    // streak or next occurrence moved is also in `tasks`). A plan was recorded for the review.
    bool habits = false;
    bool plans = false;
    bool calendarAccount = false; // the CalDAV account or its last sync: nothing shown moves
    // Anything may have changed (an import, or a write by another process, whose rows are not
    // known): read everything again and keep what is still there.
    bool everything = false;
    Origin origin = Origin::Here;

    bool isEmpty() const;
    // Whether more than tasks changed: settings, a company (its interest, stage, name), a posting
    // (its deadline, lines), or anything. Then tasks the set does not name may be placed elsewhere
    // and read differently (readiness, skills, the next task of a company).
    bool beyondTasks() const
    {
        return everything || settings || !companies.isEmpty() || !postings.isEmpty() || !lines.isEmpty();
    }

    // Whether the week plan may read differently: not for the calendar account, a habit's links
    // and evidence, a tick or a recorded plan alone (a habit whose streak or next occurrence moved
    // is in `tasks`).
    bool affectsPlan() const { return beyondTasks() || !tasks.isEmpty() || !busy.isEmpty(); }

    // The rows of a changeset (core/sqlite/changeset.h), sorted into their kinds.
    static ChangeSet fromRows(const QByteArray &rows, Origin origin = Origin::Here);
    static ChangeSet ofEverything(Origin origin);
};

// One committed write as the undo stack keeps it: its rows, enough to write them back exactly
// (Service::revert) or again (Service::reapply).
struct Change
{
    QByteArray rows; // a changeset
    ChangeSet changes;

    bool isEmpty() const { return rows.isEmpty(); }
    // This change, then `next`, as one (repeated moves merged into one undo step).
    Change followedBy(const Change &next) const;
};

} // namespace jobprep

Q_DECLARE_METATYPE(jobprep::ChangeSet)

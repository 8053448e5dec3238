// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// A task made ready for its row before the store writes it, so that another thread can do that
// part: an import prepares the next tasks while the store writes the last ones (importJson).
#pragma once

#include "core/domain/domain.h"
#include "core/placement/placement.h"

#include <QByteArray>
#include <QHash>

namespace jobprep {

// A task with its text encoded as it is stored and its placement inputs computed.
struct PreparedTask
{
    Task task; // lineIds sorted
    QByteArray title, notes, created, updated; // UTF-8, as written to the row
    PlacementInputs inputs;
};

// What preparing a task's row reads of the store, copied out of it once (Store::taskRowFacts()).
// Read-only afterwards: any thread may prepare rows with it while the store goes on writing.
class TaskRowFacts
{
public:
    // The task must be valid (Store::validate). Throws DbError as Store::addTasks() would for a
    // posting line that does not exist, and, where SQLite is not checking references
    // (Store::bulkTransaction), for a company that does not exist.
    PreparedTask prepare(Task task) const;

private:
    friend class Store;
    TaskRowFacts(QHash<Id, LinkInfo> lines, QHash<Id, int> interest, Placer placer, QByteArray now,
                 bool checkCompanies);

    QHash<Id, LinkInfo> m_lines;
    QHash<Id, int> m_interest;
    Placer m_placer;
    QByteArray m_now; // created and updated when the task has none
    bool m_checkCompanies = false;
};

} // namespace jobprep

// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/domain.h"
#include "core/placement/placement.h"

#include <QDate>
#include <QList>
#include <vector>

namespace jobprep {

class Store;

// One row of task_groups placed on one day: the open tasks that share what decides their pane
// and urgency.
struct TaskGroup
{
    int pinned = 0;
    bool important = false;
    QDate deadline;
    double estimate = 0;
    bool manual = false;
    int tasks = 0;
    int pane = 0;    // 0..3 (Do first … Drop), on `today`
    int urgency = 0; // on `today`
};

// Reads a pane's first tasks in board order without placing every task: whole urgency levels
// while they fit, and the best of the level that does not (Board::computeTop, and the weekly plan
// from the store). The groups are read once, when it is made.
class PaneReader
{
public:
    PaneReader(Store &store, const QDate &today);
    ~PaneReader();
    PaneReader(const PaneReader &) = delete;
    PaneReader &operator=(const PaneReader &) = delete;

    const QList<TaskGroup> &groups() const { return m_groups; }
    // The ids of the first `limit` tasks of pane 0..3, in board order.
    std::vector<Id> first(int pane, int limit);

private:
    struct Impl;
    Impl *d;
    QList<TaskGroup> m_groups;
};

// The pane (0..3) of a task pinned to `pinned` (0: none) with this importance and urgency.
int paneOf(int pinned, bool important, bool urgent);

} // namespace jobprep

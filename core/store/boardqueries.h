// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// The reads the board and the week plan make through task_groups and the partial indexes of the
// tasks table (schema 3), as functions: the SQL stays in the store's folder, the board's and the
// plan's rules in theirs (core/board/panereader.cpp, core/plan/weeklyplanstore.cpp).
#pragma once

#include "core/domain/domain.h"

#include <QByteArray>
#include <QSet>
#include <functional>
#include <optional>

namespace jobprep {

class Store;

// One row of task_groups: the open tasks that share what decides their pane and urgency.
struct TaskGroupRow
{
    int pinned = 0; // 0: not pinned
    bool important = false;
    QDate deadline; // invalid: none
    double estimate = 0;
    bool manual = false; // with a manual order
    int tasks = 0;
};

// What the pane order and the planner read of an open task, from its row.
struct RankedTask
{
    Id id = 0;
    bool first = false; // place_first: a project or study note
    int importance = 0;
    QDate deadline; // the effective deadline
    double estimate = 0;
    int pinned = 0;
    bool important = false;
    std::optional<qint64> manualOrder;
};

// The rows of one task the week plan needs (placement from the stored inputs, no links).
struct PlanTaskRow
{
    Id id = 0;
    Kind kind = Kind::Other;
    Repeat repeat = Repeat::None;
    QDate due;
    double estimate = 0;
    std::optional<qint64> manualOrder;
    int pinned = 0;
    bool important = false;
    int importance = 0;
    QDate deadline;
};

class BoardQueries
{
public:
    explicit BoardQueries(Store &store) : m_store(store) {}

    // Every row of task_groups that counts a task.
    void forEachGroup(const std::function<void(const TaskGroupRow &)> &fn);
    // The tasks of one group without a manual order (id, first, importance, deadline).
    void forEachInGroup(const TaskGroupRow &group, const std::function<void(const RankedTask &)> &fn);
    // The tasks without a manual order pinned to `pinned` (0: unpinned) of one importance, in
    // rank order (first, importance, deadline, id), whose deadline is one of `deadlineDays` (Julian
    // days, -1 for none), until fn returns false. The deadline is tested on the index entry; only
    // a row that passes is read from the table.
    void forEachRanked(int pinned, bool important, const QSet<qint64> &deadlineDays,
                       const std::function<bool(const RankedTask &)> &fn);
    // The open tasks with a manual order (few).
    void forEachManual(const std::function<void(const RankedTask &)> &fn);
    // A company's name and interest, without its notes and history (nullopt: none).
    std::optional<std::pair<QString, int>> companyNameAndInterest(Id companyId);

    // The week plan's reads: the open habits, one task, or one group's tasks.
    void forEachOpenHabit(const std::function<void(const PlanTaskRow &)> &fn);
    void planTask(Id id, const std::function<void(const PlanTaskRow &)> &fn);
    void forEachPlanTaskInGroup(const TaskGroupRow &group, const std::function<void(const PlanTaskRow &)> &fn);
    // A task's title, its company's name and the title of the posting that closes first (then the
    // oldest) among those its lines belong to: what a plan shows of it.
    struct Details
    {
        QString title, company, posting;
    };
    Details planDetails(Id taskId);

private:
    Store &m_store;
};

} // namespace jobprep

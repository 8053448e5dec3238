// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "placement.h"

#include <QHash>
#include <array>

namespace jobprep {

class Store;

struct PlacedTask
{
    Task task;
    Placement placement;
    QString companyName;
};

// Every open task placed on its quadrant and sorted the way the panes show it: the user's manual
// order first, then urgency, then projects and study notes, then importance, deadline and id.
class Board
{
public:
    static Board compute(Store &store, const QDate &today);
    // The same board with only the first `limit` tasks of each pane; count() and hours() still cover
    // the whole pane. Reads only what placement needs for every task and the full task for the
    // shown ones, so `board --limit 20` does not build 100 000 complete tasks and explanations.
    static Board computeTop(Store &store, const QDate &today, int limit);
    static Board compute(const QList<Task> &tasks, const QList<LinkFacts> &links,
                         const QHash<Id, QPair<QString, int>> &companies, const Settings &settings,
                         const QDate &today);

    // Re-reads and re-places only these tasks (moved, edited, added, done or deleted), keeping every
    // other task where it is: one drag costs a few index lookups instead of placing every task again.
    // For changes that move many tasks (settings, companies, postings, a new day) use compute().
    void update(Store &store, const QList<Id> &taskIds, const QDate &today);

    const QList<PlacedTask> &pane(Quadrant q) const;
    const PlacedTask *find(Id id) const;
    int totalCount() const;
    int count(Quadrant q) const { return m_counts.at(std::size_t(int(q) - 1)); } // whole pane
    double hours(Quadrant q) const { return m_hours.at(std::size_t(int(q) - 1)); } // whole pane
    static bool sortsBefore(const PlacedTask &a, const PlacedTask &b);

private:
    void finish(); // sorts the panes and indexes them
    void reindex(int pane, qsizetype fromRow);

    std::array<QList<PlacedTask>, 4> m_panes;
    std::array<int, 4> m_counts{};
    std::array<double, 4> m_hours{};
    QHash<Id, QPair<int, int>> m_index; // task id -> (pane, row)
};

} // namespace jobprep

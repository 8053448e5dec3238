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
    static Board compute(const QList<Task> &tasks, const QList<LinkFacts> &links,
                         const QHash<Id, QPair<QString, int>> &companies, const Settings &settings,
                         const QDate &today);

    const QList<PlacedTask> &pane(Quadrant q) const;
    const PlacedTask *find(Id id) const;
    int totalCount() const;
    double hours(Quadrant q) const;
    static bool sortsBefore(const PlacedTask &a, const PlacedTask &b);

private:
    std::array<QList<PlacedTask>, 4> m_panes;
    QHash<Id, QPair<int, int>> m_index; // task id -> (pane, row)
};

} // namespace jobprep

// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/board/board.h"

#include <algorithm>
#include <cmath>

// The order the weekly planner serves tasks in, on packed keys. Inline: the comparison runs inside
// the planner's sorts, hundreds of thousands of times for a large file.
namespace jobprep::PlanOrder {

inline int toMinutes(double hours) { return int(std::lround(std::max(0.0, hours) * 60.0)); }

// What the planner's order reads of one task, packed into a few bytes. Sorting pointers to whole
// PlacedTasks (hundreds of bytes each, strings and lists included) missed the cache on almost every
// comparison once the tasks outgrew it, so the planner took 22 times longer for 10 times the tasks.
struct OrderKey
{
    qint64 manualOrder = 0;
    qint64 deadline = 0; // Julian day of the effective deadline
    Id id = 0;
    int urgency = 0;
    int importance = 0;
    int quadrant = 0;
    int estimate = 0; // minutes
    bool hasManualOrder = false;
    bool hasDeadline = false;
    bool topKind = false; // projects and study notes come first among equals on the board
    bool habit = false;
    const PlacedTask *task = nullptr;
};

inline OrderKey orderKey(const PlacedTask &pt)
{
    const Task &t = pt.task;
    const Placement &p = pt.placement;
    OrderKey k;
    k.hasManualOrder = t.manualOrder.has_value();
    k.manualOrder = t.manualOrder.value_or(0);
    k.hasDeadline = p.effectiveDeadline.isValid();
    k.deadline = k.hasDeadline ? p.effectiveDeadline.toJulianDay() : 0;
    k.id = t.id;
    k.urgency = p.urgency;
    k.importance = p.importance;
    k.quadrant = int(p.quadrant);
    k.topKind = t.kind == Kind::Project || t.kind == Kind::Study;
    k.estimate = toMinutes(t.estimateHours);
    k.habit = t.isHabit();
    k.task = &pt;
    return k;
}

// Board::sortsBefore on the packed fields (weeklyplanner_test checks the two agree).
inline bool boardBefore(const OrderKey &a, const OrderKey &b)
{
    if (a.hasManualOrder != b.hasManualOrder)
        return a.hasManualOrder;
    if (a.hasManualOrder && a.manualOrder != b.manualOrder)
        return a.manualOrder < b.manualOrder;
    if (a.urgency != b.urgency)
        return a.urgency > b.urgency;
    if (a.topKind != b.topKind)
        return a.topKind;
    if (a.importance != b.importance)
        return a.importance > b.importance;
    if (a.hasDeadline != b.hasDeadline)
        return a.hasDeadline;
    if (a.deadline != b.deadline)
        return a.deadline < b.deadline;
    return a.id < b.id;
}

} // namespace jobprep::PlanOrder

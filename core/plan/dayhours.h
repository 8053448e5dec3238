// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "weeklyplan.h"

#include <QVarLengthArray>

namespace jobprep {

// The hours of one day the planner may fill: the window from the day's start time for its
// capacity, less the busy time inside it, as free stretches in time order. Blocks are taken from
// the first stretch with room, each from where the last one there ended, so with no busy time the
// blocks run back to back from the start time as before.
class DayHours
{
public:
    DayHours() = default;
    // `busy`: every busy piece of the plan; those of `date` and of the next date (the window may
    // run past midnight) count. Minutes are of `date`'s midnight.
    DayHours(const QDate &date, int startMinute, int capacityMinutes, const QList<BusyBlock> &busy);

    int free() const { return m_free; }
    int busyMinutes() const { return m_busy; }
    // A block of at most `limit` minutes and at least `minimum` (or nothing) from the first
    // stretch that has room for `minimum`; its start minute, or -1 when none has.
    int take(int limit, int minimum, int *taken);

private:
    struct Stretch
    {
        int next = 0; // where the next block starts
        int free = 0;
    };
    QVarLengthArray<Stretch, 2> m_stretches;
    int m_free = 0;
    int m_busy = 0;
};

} // namespace jobprep

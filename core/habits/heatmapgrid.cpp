// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "heatmapgrid.h"

#include <algorithm>

namespace jobprep::habits {

HeatmapGrid::HeatmapGrid(const QDate &today)
    : m_today(today), m_first(today.addDays(1 - today.dayOfWeek()).addDays(-qint64(kWeeks - 1) * kDays))
{
}

bool HeatmapGrid::cellOf(const QDate &date, int *week, int *day) const
{
    const qint64 offset = m_first.daysTo(date);
    if (offset < 0 || offset >= qint64(kWeeks) * kDays)
        return false;
    *week = int(offset / kDays);
    *day = int(offset % kDays);
    return true;
}

int HeatmapGrid::level(int commits, int busiest)
{
    if (commits <= 0)
        return 0;
    if (busiest <= 4)
        return std::min(commits, 4);
    // ceil(4 * commits / busiest): the busiest day is 4, any commit at least 1.
    return std::clamp(int((4LL * commits + busiest - 1) / busiest), 1, 4);
}

} // namespace jobprep::habits

// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "dayhours.h"

#include <algorithm>

namespace jobprep {

DayHours::DayHours(const QDate &date, int startMinute, int capacityMinutes, const QList<BusyBlock> &busy)
{
    const int from = startMinute;
    const int to = startMinute + std::max(0, capacityMinutes);
    // The busy pieces inside the window, in the window's own minutes, merged.
    QVarLengthArray<std::pair<int, int>, 4> taken;
    for (const BusyBlock &b : busy) {
        const qint64 days = date.daysTo(b.date);
        if (days < 0 || days > 1 + (to - 1) / 1440)
            continue;
        const int start = int(days) * 1440 + b.startMinute;
        const int s = std::max(from, start), e = std::min(to, start + b.minutes);
        if (s < e)
            taken.append({s, e});
    }
    std::sort(taken.begin(), taken.end());
    int at = from;
    for (const auto &[s, e] : taken) {
        if (s > at)
            m_stretches.append({at, s - at});
        at = std::max(at, e);
    }
    if (to > at)
        m_stretches.append({at, to - at});
    for (const Stretch &s : m_stretches)
        m_free += s.free;
    m_busy = (to - from) - m_free;
}

int DayHours::take(int limit, int minimum, int *taken)
{
    for (Stretch &s : m_stretches) {
        const int take = std::min(limit, s.free);
        if (take <= 0 || take < minimum)
            continue;
        const int start = s.next;
        s.next += take;
        s.free -= take;
        m_free -= take;
        *taken = take;
        return start;
    }
    *taken = 0;
    return -1;
}

} // namespace jobprep

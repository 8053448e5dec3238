// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "backuprotation.h"

#include <QSet>
#include <algorithm>
#include <numeric>

namespace jobprep {

QList<int> BackupRotation::toDelete(const QList<QDateTime> &taken) const
{
    QList<int> order(taken.size());
    std::iota(order.begin(), order.end(), 0);
    // Newest first; equal stamps keep their given order so the result is deterministic.
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return taken[a] > taken[b]; });

    QSet<int> keep;
    QSet<QDate> daysSeen;
    QSet<int> weeksSeen; // year * 100 + ISO week
    for (const int i : order) {
        const QDate day = taken[i].date();
        if (!daysSeen.contains(day) && daysSeen.size() < days) {
            daysSeen.insert(day);
            keep.insert(i);
        }
        int isoYear = 0;
        const int week = day.weekNumber(&isoYear);
        const int weekKey = isoYear * 100 + week;
        if (!weeksSeen.contains(weekKey) && weeksSeen.size() < weeks) {
            weeksSeen.insert(weekKey);
            keep.insert(i);
        }
    }
    QList<int> remove;
    for (int i = 0; i < taken.size(); ++i)
        if (!keep.contains(i))
            remove << i;
    return remove;
}

} // namespace jobprep

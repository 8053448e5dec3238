// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>

namespace jobprep::habits {

// The heatmap's calendar: 53 columns of ISO weeks, Monday on the top row, the last column being
// today's week (GitHub's contribution graph, with the week starting on Monday as in Korea).
class HeatmapGrid
{
public:
    static constexpr int kWeeks = 53;
    static constexpr int kDays = 7;

    explicit HeatmapGrid(const QDate &today);

    QDate first() const { return m_first; } // the Monday of the first column
    QDate today() const { return m_today; }
    QDate dateAt(int week, int day) const { return m_first.addDays(qint64(week) * kDays + day); }
    // The cell of a date, or false when the grid does not show it.
    bool cellOf(const QDate &date, int *week, int *day) const;
    bool isFuture(int week, int day) const { return dateAt(week, day) > m_today; }

    // Shade 0 (no commit) to 4, by quarters of the busiest day shown (GitHub's scale): a quiet
    // year still shows its busier days darker.
    static int level(int commits, int busiest);

private:
    QDate m_today;
    QDate m_first;
};

} // namespace jobprep::habits

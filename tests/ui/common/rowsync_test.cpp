// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "ui/common/rowsync.h"

#include <gtest/gtest.h>
#include <QRandomGenerator>
#include <QStringListModel>

using namespace jobprep;
using namespace jobprep::ui;

namespace {

// Runs a plan on a copy of `current` the way a model does, and returns the rows it ends with.
QList<Id> run(QList<Id> rows, const QList<Id> &next, const RowSync &sync)
{
    for (const auto &[first, last] : sync.removals)
        rows.remove(first, last - first + 1);
    for (const int i : sync.appended)
        rows << next[i];
    if (!sync.moved)
        return rows;
    QList<Id> moved(rows.size());
    for (int i = 0; i < rows.size(); ++i)
        moved[sync.to[i]] = rows[i];
    return moved;
}

} // namespace

TEST(RowSync, ThePlanTurnsAnyListIntoAnyOther)
{
    EXPECT_EQ(RowSync::plan({1, 2, 3}, {1, 2, 3}).removals.size(), 0);
    EXPECT_FALSE(RowSync::plan({1, 2, 3}, {1, 2, 3}).moved);
    const RowSync grow = RowSync::plan({1, 2}, {1, 2, 3, 4}); // the whole pane after its first rows
    EXPECT_EQ(grow.appended, (QList<int>{2, 3}));
    EXPECT_FALSE(grow.moved);
    const RowSync gaps = RowSync::plan({1, 2, 3, 4, 5, 6}, {1, 4, 6});
    EXPECT_EQ(gaps.removals, (QList<QPair<int, int>>{{4, 4}, {1, 2}})); // bottom up, in runs
    QRandomGenerator random(7);
    for (int round = 0; round < 500; ++round) {
        QList<Id> a, b;
        for (Id id = 1; id <= 12; ++id) {
            if (random.bounded(3))
                a << id;
            if (random.bounded(3))
                b << id;
        }
        std::shuffle(a.begin(), a.end(), random);
        std::shuffle(b.begin(), b.end(), random);
        EXPECT_EQ(run(a, b, RowSync::plan(a, b)), b);
    }
}

TEST(RowSync, RunsGroupConsecutiveRows)
{
    EXPECT_EQ(RowSync::runs({false, true, true, false, true}), (QList<QPair<int, int>>{{1, 2}, {4, 4}}));
    EXPECT_TRUE(RowSync::runs({false, false}).isEmpty());
}

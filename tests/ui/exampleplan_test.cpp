// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "board.h"
#include "exampleplan.h"
#include "readiness.h"
#include "tempdb.h"

#include <gtest/gtest.h>

using namespace jobprep;
using namespace jobprep::test;

TEST(ExamplePlan, FillsEveryPaneWithOnePinnedTaskAndAHalfReadyPosting)
{
    TempDb db(QDate(2026, 3, 2));
    addExamplePlan(db.store(), db.today());
    const Board board = Board::compute(db.store(), db.today());
    int pinned = 0;
    for (int q = 1; q <= 4; ++q) {
        EXPECT_FALSE(board.pane(Quadrant(q)).isEmpty()) << "pane " << q;
        for (const PlacedTask &t : board.pane(Quadrant(q)))
            pinned += t.task.pinned != Quadrant::None ? 1 : 0;
    }
    EXPECT_EQ(pinned, 1);
    EXPECT_GE(db->companies().size(), 4);
    const ReadinessReport r = ReadinessReport::compute(db.store(), db.today());
    bool half = false;
    for (const Posting &p : db->postings())
        half = half || (r.posting(p.id).requirementLines > 0 && r.posting(p.id).readiness() == 0.5);
    EXPECT_TRUE(half);
    bool habits = false, hangul = false;
    for (const Task &t : db->tasks(true)) {
        habits = habits || t.isHabit();
        hangul = hangul || t.title.contains(QStringLiteral("커밋"));
    }
    EXPECT_TRUE(habits);
    EXPECT_TRUE(hangul);
}

TEST(ExamplePlan, EveryPaneIsFilledWhateverTheDay)
{
    for (const QDate &day : {QDate(2026, 1, 1), QDate(2026, 6, 13), QDate(2026, 11, 28)}) {
        TempDb db(day);
        addExamplePlan(db.store(), day);
        const Board board = Board::compute(db.store(), day);
        for (int q = 1; q <= 4; ++q)
            EXPECT_FALSE(board.pane(Quadrant(q)).isEmpty()) << day.toString(Qt::ISODate).toStdString() << " pane " << q;
    }
}

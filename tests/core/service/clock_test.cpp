// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "core/service/clock.h"

#include <gtest/gtest.h>
#include <QSignalSpy>

using namespace jobprep;

TEST(Clock, TodayMovesToTheNextDayAtMidnightOnce)
{
    Clock clock;
    QDateTime now(QDate(2026, 11, 28), QTime(23, 59, 58));
    clock.setSource([&] { return now; });
    QSignalSpy spy(&clock, &Clock::dayChanged);
    EXPECT_FALSE(clock.checkDay());
    now = QDateTime(QDate(2026, 11, 29), QTime(0, 0, 1));
    EXPECT_EQ(clock.today(), QDate(2026, 11, 29));
    EXPECT_TRUE(clock.checkDay());
    EXPECT_FALSE(clock.checkDay());
    ASSERT_EQ(spy.size(), 1);
    EXPECT_EQ(spy[0][0].toDate(), QDate(2026, 11, 29));
}

TEST(Clock, StartOnMovesTheCalendarAndKeepsTheTimeOfDay)
{
    // --today, in the window and in jobprep-cli alike.
    Clock clock;
    QDateTime now(QDate(2026, 12, 6), QTime(15, 30));
    clock.setSource([&] { return now; });
    clock.startOn(QDate(2027, 3, 1));
    EXPECT_EQ(clock.now(), QDateTime(QDate(2027, 3, 1), QTime(15, 30)));
    QSignalSpy spy(&clock, &Clock::dayChanged);
    now = QDateTime(QDate(2026, 12, 7), QTime(0, 0, 5)); // the wall clock's midnight
    EXPECT_TRUE(clock.checkDay());
    EXPECT_EQ(clock.today(), QDate(2027, 3, 2));
}

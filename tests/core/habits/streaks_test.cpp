// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "core/habits/habitrecord.h"
#include "core/habits/heatmapgrid.h"
#include "core/habits/streaks.h"

#include <gtest/gtest.h>

using namespace jobprep;
using namespace jobprep::habits;

namespace {

QList<QDate> daysFrom(const QDate &first, int count, int step = 1)
{
    QList<QDate> out;
    for (int i = 0; i < count; ++i)
        out << first.addDays(qint64(i) * step);
    return out;
}

qint64 at(const char *isoWithOffset)
{
    const QDateTime t = QDateTime::fromString(QString::fromLatin1(isoWithOffset), Qt::ISODate);
    EXPECT_TRUE(t.isValid()) << isoWithOffset;
    return t.toSecsSinceEpoch();
}

const QTimeZone kSeoul("Asia/Seoul");
const QTimeZone kNewYork("America/New_York");
const QTimeZone kBerlin("Europe/Berlin");

} // namespace

TEST(LocalDay, ACommitBelongsToTheUsersDayWhateverOffsetItRecords)
{
    // 00:30 in Seoul is 15:30 the day before in UTC and 08:30 the day before in California: the
    // Korean user made it on the 2nd.
    EXPECT_EQ(localDay(at("2026-12-02T00:30:00+09:00"), kSeoul), QDate(2026, 12, 2));
    EXPECT_EQ(localDay(at("2026-12-01T08:30:00-07:00"), kSeoul), QDate(2026, 12, 2));
    EXPECT_EQ(localDay(at("2026-12-01T15:30:00Z"), kSeoul), QDate(2026, 12, 2));
    // The same instant for a user in New York is still the 1st.
    EXPECT_EQ(localDay(at("2026-12-02T00:30:00+09:00"), kNewYork), QDate(2026, 12, 1));
    // 23:59 and 00:01 local are two days.
    EXPECT_EQ(localDay(at("2026-12-01T23:59:00+09:00"), kSeoul), QDate(2026, 12, 1));
    EXPECT_EQ(localDay(at("2026-12-02T00:01:00+09:00"), kSeoul), QDate(2026, 12, 2));
}

TEST(LocalDay, FollowsDaylightSavingTimeOfTheUsersZone)
{
    // New York springs forward on 2026-03-08 at 02:00 (EST -5 -> EDT -4) and falls back on 11-01.
    EXPECT_EQ(localDay(at("2026-03-08T04:30:00Z"), kNewYork), QDate(2026, 3, 7));  // 23:30 EST
    EXPECT_EQ(localDay(at("2026-03-09T03:30:00Z"), kNewYork), QDate(2026, 3, 8));  // 23:30 EDT
    EXPECT_EQ(localDay(at("2026-03-09T04:30:00Z"), kNewYork), QDate(2026, 3, 9));  // 00:30 EDT
    EXPECT_EQ(localDay(at("2026-11-02T04:30:00Z"), kNewYork), QDate(2026, 11, 1)); // 23:30 EST
    // Berlin: 2026-03-29 (+1 -> +2) and 2026-10-25 (+2 -> +1).
    EXPECT_EQ(localDay(at("2026-03-28T23:30:00Z"), kBerlin), QDate(2026, 3, 29)); // 00:30 CET
    EXPECT_EQ(localDay(at("2026-03-29T21:59:00Z"), kBerlin), QDate(2026, 3, 29)); // 23:59 CEST
    EXPECT_EQ(localDay(at("2026-03-29T22:01:00Z"), kBerlin), QDate(2026, 3, 30)); // 00:01 CEST
    EXPECT_EQ(localDay(at("2026-10-25T22:59:00Z"), kBerlin), QDate(2026, 10, 25)); // 23:59 CET
}

TEST(Streaks, CountAcrossMonthEndsAndTheLeapDay)
{
    // 2028-02-27 .. 2028-03-02 through the leap day: five days in a row.
    const auto s = streaks(daysFrom(QDate(2028, 2, 27), 5), Repeat::Daily, QDate(2028, 3, 2));
    EXPECT_EQ(s.current, 5);
    EXPECT_EQ(s.longest, 5);
    EXPECT_EQ(s.lastDone, QDate(2028, 3, 2));
    // Across a year's end and a 30-day month.
    EXPECT_EQ(streaks(daysFrom(QDate(2026, 12, 30), 4), Repeat::Daily, QDate(2027, 1, 2)).current, 4);
    EXPECT_EQ(streaks(daysFrom(QDate(2026, 11, 29), 3), Repeat::Daily, QDate(2026, 12, 1)).current, 3);
}

TEST(Streaks, TodayStillOpenKeepsTheStreakAndAMissedDayEndsIt)
{
    const QList<QDate> days = daysFrom(QDate(2026, 11, 20), 10); // 11-20 .. 11-29
    // Today (11-30) not done yet: the streak still stands.
    EXPECT_EQ(streaks(days, Repeat::Daily, QDate(2026, 11, 30)).current, 10);
    // A day later, 11-30 was missed.
    const auto broken = streaks(days, Repeat::Daily, QDate(2026, 12, 1));
    EXPECT_EQ(broken.current, 0);
    EXPECT_EQ(broken.longest, 10);
    EXPECT_EQ(broken.run, 10);
    // A gap inside: the longest run is kept apart from the current one.
    QList<QDate> gap = daysFrom(QDate(2026, 11, 1), 7);
    gap << daysFrom(QDate(2026, 11, 10), 3);
    const auto s = streaks(gap, Repeat::Daily, QDate(2026, 11, 12));
    EXPECT_EQ(s.current, 3);
    EXPECT_EQ(s.longest, 7);
    // Several commits a day, in any order, count the day once.
    const auto repeated = streaks({QDate(2026, 11, 2), QDate(2026, 11, 1), QDate(2026, 11, 2)}, Repeat::Daily,
                                  QDate(2026, 11, 2));
    EXPECT_EQ(repeated.current, 2);
}

TEST(Streaks, DaylightSavingDaysAreOrdinaryDays)
{
    // The record holds local dates: the 23-hour and 25-hour days count once each.
    EXPECT_EQ(streaks(daysFrom(QDate(2026, 3, 7), 3), Repeat::Daily, QDate(2026, 3, 9)).current, 3);
    EXPECT_EQ(streaks(daysFrom(QDate(2026, 10, 24), 3), Repeat::Daily, QDate(2026, 10, 26)).current, 3);
}

TEST(Streaks, WeeklyHabitsCountIsoWeeks)
{
    // Sunday of one week and Monday of the next are two weeks in a row; two days of one week one.
    const QList<QDate> days{QDate(2026, 11, 22), QDate(2026, 11, 23), QDate(2026, 11, 25), QDate(2026, 12, 4)};
    const auto s = streaks(days, Repeat::Weekly, QDate(2026, 12, 6));
    EXPECT_EQ(s.current, 3); // W47, W48, W49
    // This week still open: the streak up to last week stands until Sunday is over.
    EXPECT_EQ(streaks(days.mid(0, 3), Repeat::Weekly, QDate(2026, 12, 6)).current, 2);
    EXPECT_EQ(streaks(days.mid(0, 3), Repeat::Weekly, QDate(2026, 12, 7)).current, 0);
    // Across the year's end: 2026 has an ISO week 53 (12-28 .. 2027-01-03).
    const auto year = streaks({QDate(2026, 12, 21), QDate(2026, 12, 31), QDate(2027, 1, 4)}, Repeat::Weekly,
                              QDate(2027, 1, 4));
    EXPECT_EQ(year.current, 3);
    EXPECT_EQ(periodOf(QDate(2027, 1, 3), Repeat::Weekly), QDate(2026, 12, 28));
}

TEST(Streaks, TheRowsRunAndNextOccurrenceGiveTheLiveStreak)
{
    // Done up to 11-29: next occurrence 11-30.
    const QDate next = nextOccurrence(QDate(2026, 11, 29), Repeat::Daily);
    EXPECT_EQ(next, QDate(2026, 11, 30));
    EXPECT_EQ(liveStreak(10, next, Repeat::Daily, QDate(2026, 11, 29)), 10);
    EXPECT_EQ(liveStreak(10, next, Repeat::Daily, QDate(2026, 11, 30)), 10);
    EXPECT_EQ(liveStreak(10, next, Repeat::Daily, QDate(2026, 12, 1)), 0);
    // Weekly, last done Wednesday of W48: alive through Sunday of W49.
    const QDate weekly = nextOccurrence(QDate(2026, 11, 25), Repeat::Weekly);
    EXPECT_EQ(weekly, QDate(2026, 12, 2));
    EXPECT_EQ(liveStreak(4, weekly, Repeat::Weekly, QDate(2026, 12, 6)), 4);
    EXPECT_EQ(liveStreak(4, weekly, Repeat::Weekly, QDate(2026, 12, 7)), 0);
    EXPECT_EQ(liveStreak(0, weekly, Repeat::Weekly, QDate(2026, 12, 6)), 0);
}

TEST(Streaks, KeptCountsThePeriodsOfARange)
{
    const QList<QDate> days{QDate(2026, 11, 30), QDate(2026, 12, 2), QDate(2026, 12, 3)};
    const Kept daily = kept(days, Repeat::Daily, QDate(2026, 11, 30), QDate(2026, 12, 6));
    EXPECT_EQ(daily.done, 3);
    EXPECT_EQ(daily.of, 7);
    const Kept weekly = kept(days, Repeat::Weekly, QDate(2026, 11, 30), QDate(2026, 12, 6));
    EXPECT_EQ(weekly.done, 1);
    EXPECT_EQ(weekly.of, 1);
}

TEST(HeatmapGrid, FiftyThreeWeeksEndingWithTodaysWeekMondayOnTop)
{
    const HeatmapGrid grid(QDate(2026, 12, 3)); // a Thursday
    EXPECT_EQ(grid.first().dayOfWeek(), Qt::Monday);
    EXPECT_EQ(grid.dateAt(HeatmapGrid::kWeeks - 1, 0), QDate(2026, 11, 30));
    EXPECT_EQ(grid.dateAt(0, 0), QDate(2026, 11, 30).addDays(-52 * 7));
    int week = -1, day = -1;
    ASSERT_TRUE(grid.cellOf(QDate(2026, 12, 3), &week, &day));
    EXPECT_EQ(week, 52);
    EXPECT_EQ(day, 3);
    EXPECT_FALSE(grid.isFuture(52, 3));
    EXPECT_TRUE(grid.isFuture(52, 4));
    EXPECT_FALSE(grid.cellOf(grid.first().addDays(-1), &week, &day));
    // A leap year's 29 February has its cell.
    const HeatmapGrid leap(QDate(2028, 3, 1));
    ASSERT_TRUE(leap.cellOf(QDate(2028, 2, 29), &week, &day));
    EXPECT_EQ(leap.dateAt(week, day), QDate(2028, 2, 29));
}

TEST(HeatmapGrid, LevelsAreQuartersOfTheBusiestDay)
{
    EXPECT_EQ(HeatmapGrid::level(0, 12), 0);
    EXPECT_EQ(HeatmapGrid::level(1, 12), 1);
    EXPECT_EQ(HeatmapGrid::level(3, 12), 1);
    EXPECT_EQ(HeatmapGrid::level(4, 12), 2);
    EXPECT_EQ(HeatmapGrid::level(12, 12), 4);
    EXPECT_EQ(HeatmapGrid::level(2, 3), 2); // a quiet year: one step per commit
}

// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "core/domain/dates.h"

#include <gtest/gtest.h>

using namespace jobprep;

TEST(Dates, ParsesOnlyRealCalendarDates)
{
    EXPECT_EQ(parseIsoDate(u"2026-12-01"), QDate(2026, 12, 1));
    EXPECT_FALSE(parseIsoDate(u"2026-02-30"));
    EXPECT_FALSE(parseIsoDate(u"2026-2-3"));
    EXPECT_FALSE(parseIsoDate(u"2026-12-01x"));
    EXPECT_FALSE(parseIsoDate(u""));
    EXPECT_EQ(parseIsoDate(u"2028-02-29"), QDate(2028, 2, 29));
}

TEST(Dates, DDayReadsTheWayKoreanPostingsDo)
{
    const QDate today(2026, 11, 28);
    EXPECT_EQ(dDay(today.addDays(3), today), QStringLiteral("D-3"));
    EXPECT_EQ(dDay(today, today), QStringLiteral("D-day"));
    EXPECT_EQ(dDay(today.addDays(-2), today), QStringLiteral("D+2"));
    EXPECT_TRUE(dDay(QDate(), today).isEmpty());
}

TEST(Dates, IsoWeeks)
{
    EXPECT_EQ(parseIsoWeek(u"2026-W49"), QDate(2026, 11, 30));
    EXPECT_EQ(parseIsoWeek(u"2026-W01"), QDate(2025, 12, 29));
    EXPECT_FALSE(parseIsoWeek(u"2026-W54"));
    EXPECT_FALSE(parseIsoWeek(u"2026-W00"));
    EXPECT_EQ(isoWeekName(QDate(2026, 11, 28)), QStringLiteral("2026-W48"));
    EXPECT_EQ(isoWeekName(QDate(2027, 1, 1)), QStringLiteral("2026-W53"));
}

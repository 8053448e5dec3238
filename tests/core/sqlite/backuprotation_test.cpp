// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "core/sqlite/backuprotation.h"

#include <QSet>
#include <gtest/gtest.h>

using namespace jobprep;

namespace {

QDateTime at(int y, int m, int d, int h = 9) { return QDateTime(QDate(y, m, d), QTime(h, 0)); }

QSet<QDateTime> kept(const QList<QDateTime> &taken, const BackupRotation &rotation = {})
{
    QSet<QDateTime> result(taken.begin(), taken.end());
    for (const int i : rotation.toDelete(taken))
        result.remove(taken[i]);
    return result;
}

} // namespace

TEST(BackupRotation, KeepsEverythingWhileThereAreFewerThanSevenDays)
{
    const QList<QDateTime> taken{at(2026, 11, 26), at(2026, 11, 27), at(2026, 11, 28)};
    EXPECT_TRUE(BackupRotation().toDelete(taken).isEmpty());
}

TEST(BackupRotation, KeepsOnlyTheNewestOfOneDay)
{
    const QList<QDateTime> taken{at(2026, 11, 28, 8), at(2026, 11, 28, 20), at(2026, 11, 28, 12)};
    EXPECT_EQ(kept(taken), (QSet<QDateTime>{at(2026, 11, 28, 20)}));
}

TEST(BackupRotation, SixtyDailyBackupsBecomeSevenDaysAndFourWeeks)
{
    // GIVEN one backup a day from 2026-09-30 to 2026-11-28 (a Saturday), in shuffled order
    QList<QDateTime> taken;
    for (int i = 0; i < 60; ++i)
        taken << at(2026, 11, 28).addDays(-((i * 37) % 60));
    // WHEN rotated
    const QSet<QDateTime> k = kept(taken);
    // THEN the last seven days stay, plus the newest of each of the four newest ISO weeks
    QSet<QDateTime> expected;
    for (int d = 0; d < 7; ++d)
        expected << at(2026, 11, 28).addDays(-d); // Nov 22 (Sun, week 47) .. Nov 28 (Sat, week 48)
    expected << at(2026, 11, 15) << at(2026, 11, 8); // Sundays ending weeks 46 and 45
    EXPECT_EQ(k, expected);
    EXPECT_EQ(BackupRotation().toDelete(taken).size(), 60 - 9);
}

TEST(BackupRotation, CountsDaysThatHaveBackupsNotCalendarDays)
{
    // A user away for months keeps their last copies instead of losing all but one.
    const QList<QDateTime> taken{at(2026, 3, 2), at(2026, 3, 9), at(2026, 4, 20), at(2026, 11, 28)};
    EXPECT_EQ(kept(taken).size(), 4);
}

TEST(BackupRotation, WeeklyCopiesFollowIsoWeeksAcrossTheYearEnd)
{
    // 2026-12-28 .. 2027-01-03 is ISO week 53 of 2026; 2027-01-04 starts week 1 of 2027.
    const QList<QDateTime> taken{at(2026, 12, 28), at(2027, 1, 3), at(2027, 1, 4), at(2027, 1, 10)};
    const BackupRotation weeksOnly{0, 4};
    EXPECT_EQ(kept(taken, weeksOnly), (QSet<QDateTime>{at(2027, 1, 3), at(2027, 1, 10)}));
}

// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// A habit's record through the service: ticks by hand kept apart from evidence, un-ticking, the
// task row following the record, undo as an exact inverse.
#include "builders.h"
#include "core/habits/streaks.h"
#include "core/service/habitservice.h"
#include "core/service/taskservice.h"
#include "databasedump.h"
#include "storetestaccess.h"
#include "tempdb.h"

#include <gtest/gtest.h>

using namespace jobprep;
using namespace jobprep::test;

namespace {

Id addHabit(TempDb &db, Repeat repeat = Repeat::Daily, int streak = 0)
{
    Task t = makeTask(QStringLiteral("하루 한 문제"), Kind::CodingTest, db.today(), 1.0);
    t.repeat = repeat;
    t.streak = streak;
    return db.w().addTask(t);
}

HabitDay dayOf(TempDb &db, Id habit, const QDate &day)
{
    const QList<HabitDay> days = db->habitDays(habit, day, day);
    return days.isEmpty() ? HabitDay{day, 0, HabitDay::Mark::None} : days.first();
}

// Evidence as a scan would write it: one commit on `day` from a link to a made-up folder.
void evidence(TempDb &db, Id habit, const QDate &day)
{
    HabitLink l{0, habit, QStringLiteral("/repo"), {}, {QStringLiteral("me@example.com")}, {}, {}};
    const Id link = db.service().habits().link(l);
    LinkScan scan;
    scan.linkId = link;
    scan.replace = true;
    scan.commits = {{QStringLiteral("a1b2c3"), day, QDateTime(day, QTime(21, 0)).toSecsSinceEpoch(), QStringLiteral("solve")}};
    scan.tips = {{QStringLiteral("main"), QStringLiteral("a1b2c3")}};
    ASSERT_TRUE(db.service().habits().applyScan(scan));
}

} // namespace

TEST(HabitService, MarkingAHabitDoneTicksTodayAndMovesItToTheNextOccurrence)
{
    TempDb db;
    const Id id = addHabit(db, Repeat::Daily, 2); // due today, done the two days before
    EXPECT_EQ(db->habitDoneDays(id), (QList<QDate>{db.today().addDays(-2), db.today().addDays(-1)}));
    Change change;
    db.service().tasks().complete({id}, &change);
    const Task t = *db->task(id);
    EXPECT_TRUE(t.isOpen()); // one task, which stays
    EXPECT_EQ(t.due, db.today().addDays(1));
    EXPECT_EQ(t.streak, 3);
    EXPECT_EQ(dayOf(db, id, db.today()).mark, HabitDay::Mark::Ticked);
    EXPECT_EQ(db->tasks(true).size(), 1);
    EXPECT_TRUE(change.changes.habits);
    EXPECT_TRUE(change.changes.tasks.changed.contains(id));
    // Done again the same day: nothing more.
    Change again;
    db.service().tasks().complete({id}, &again);
    EXPECT_TRUE(again.isEmpty());
    // Undo gives back the row and the record exactly.
    db.service().revert(change);
    EXPECT_EQ(db->task(id)->due, db.today());
    EXPECT_EQ(db->task(id)->streak, 2);
    EXPECT_EQ(dayOf(db, id, db.today()).mark, HabitDay::Mark::None);
}

TEST(HabitService, TicksByHandAreKeptApartFromEvidenceAndCanBeTakenBack)
{
    TempDb db(QDate(2026, 12, 6));
    const Id id = addHabit(db);
    const QDate friday(2026, 12, 4), saturday(2026, 12, 5);
    evidence(db, id, friday);
    EXPECT_TRUE(dayOf(db, id, friday).done());
    EXPECT_EQ(dayOf(db, id, friday).mark, HabitDay::Mark::None);

    // Saturday by hand: a mark, no commit.
    db.service().habits().setDone(id, saturday, true);
    EXPECT_EQ(dayOf(db, id, saturday).mark, HabitDay::Mark::Ticked);
    EXPECT_EQ(dayOf(db, id, saturday).commits, 0);
    EXPECT_EQ(db->task(id)->streak, 2);
    EXPECT_EQ(db->task(id)->due, QDate(2026, 12, 6));
    // Un-ticked: gone again.
    db.service().habits().setDone(id, saturday, false);
    EXPECT_FALSE(dayOf(db, id, saturday).done());
    EXPECT_EQ(dayOf(db, id, saturday).mark, HabitDay::Mark::None);

    // Friday's commit does not count when un-ticked, and the commit is still known.
    Change untick;
    db.service().habits().setDone(id, friday, false, &untick);
    EXPECT_FALSE(dayOf(db, id, friday).done());
    EXPECT_EQ(dayOf(db, id, friday).commits, 1);
    EXPECT_EQ(dayOf(db, id, friday).mark, HabitDay::Mark::Unticked);
    EXPECT_TRUE(db->habitDoneDays(id).isEmpty());
    EXPECT_EQ(db->task(id)->streak, 0);
    // Done again lets the commit speak: no mark of the user's left.
    db.service().habits().setDone(id, friday, true);
    EXPECT_EQ(dayOf(db, id, friday).mark, HabitDay::Mark::None);
    EXPECT_TRUE(dayOf(db, id, friday).done());
}

TEST(HabitService, UndoAndRedoOfATickAreExactInverses)
{
    TempDb db(QDate(2026, 12, 6));
    const Id id = addHabit(db, Repeat::Weekly, 3);
    const QString before = dumpDatabase(db.store());
    Change change;
    db.service().habits().setDone(id, QDate(2026, 12, 2), true, &change);
    const QString after = dumpDatabase(db.store());
    EXPECT_NE(before, after);
    db.service().revert(change);
    EXPECT_EQ(dumpDatabase(db.store()), before);
    db.service().reapply(change);
    EXPECT_EQ(dumpDatabase(db.store()), after);
}

TEST(HabitService, RefusesFutureDaysTasksThatAreNotHabitsAndLinksWithoutAnAuthor)
{
    TempDb db;
    const Id habit = addHabit(db);
    const Id plain = db.w().addTask(makeTask(QStringLiteral("Spark 스터디")));
    const QString before = dumpDatabase(db.store());
    EXPECT_THROW(db.service().habits().setDone(habit, db.today().addDays(1), true), DbError);
    try {
        db.service().habits().setDone(plain, db.today(), true);
        FAIL() << "a task that is not a habit was ticked";
    } catch (const DbError &e) {
        EXPECT_TRUE(e.message().contains(QStringLiteral("not a habit"))) << e.message().toStdString();
    }
    HabitLink noAuthor{0, habit, QStringLiteral("/repo"), {}, {}, {}, {}};
    EXPECT_THROW(db.service().habits().link(noAuthor), DbError);
    HabitLink badPath{0, habit, QStringLiteral("/repo"), QStringLiteral("../elsewhere"), {QStringLiteral("me@x.org")}, {}, {}};
    EXPECT_THROW(db.service().habits().link(badPath), DbError);
    HabitLink badEmail{0, habit, QStringLiteral("/repo"), {}, {QStringLiteral("not an email")}, {}, {}};
    EXPECT_THROW(db.service().habits().link(badEmail), DbError);
    EXPECT_EQ(dumpDatabase(db.store()), before);
}

TEST(HabitService, WeeklyHabitsMoveAWeekAndCountIsoWeeks)
{
    TempDb db(QDate(2026, 12, 3)); // Thursday of W49
    const Id id = addHabit(db, Repeat::Weekly);
    db.service().habits().setDone(id, QDate(2026, 11, 24), true); // W48
    db.service().habits().setDone(id, QDate(2026, 12, 1), true);  // W49
    const Task t = *db->task(id);
    EXPECT_EQ(t.streak, 2);
    EXPECT_EQ(t.due, QDate(2026, 12, 8)); // a week after the last done day, in W50
    EXPECT_EQ(habits::liveStreak(t.streak, t.due, t.repeat, db.today()), 2);
}

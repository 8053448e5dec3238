// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// Busy time (issue 18): events of the user's calendar or timetable come out of each day's hours,
// and no block overlaps them; several weeks in a row share the tasks' hours.
#include "builders.h"
#include "plantestdata.h"
#include "core/service/calendarservice.h"
#include "tempdb.h"

#include <gtest/gtest.h>

using namespace jobprep;
using namespace jobprep::test;

namespace {

BusyBlock busy(const QDate &date, int fromHour, int fromMinute, int minutes, const QString &title = QStringLiteral("수업"))
{
    return {date, fromHour * 60 + fromMinute, minutes, title, false};
}

// No block of the plan overlaps a busy piece of the same day (or of the next, past midnight).
void expectNoOverlap(const WeeklyPlan &plan, const QList<BusyBlock> &busyBlocks)
{
    for (const PlanBlock &b : plan.allBlocks())
        for (const BusyBlock &x : busyBlocks) {
            const qint64 offset = b.date.daysTo(x.date) * 1440;
            const qint64 s = offset + x.startMinute, e = s + x.minutes;
            EXPECT_TRUE(b.endMinute() <= s || b.startMinute >= e)
                << b.title.toStdString() << " " << b.date.toString(Qt::ISODate).toStdString() << " "
                << b.startMinute << "-" << b.endMinute() << " overlaps " << s << "-" << e;
        }
}

} // namespace

TEST(BusyTime, AClassAtTheStartOfTheEveningMovesTheStartPastItAndTakesItsHours)
{
    // GIVEN Thursday's hours 19:00-22:00 and a class 18:00-20:00
    PlanInput in = planInput({placed(1, QStringLiteral("Spark"), Quadrant::Schedule, 20)});
    const QDate thursday = kMonday.addDays(3);
    in.busy = {busy(thursday, 18, 0, 120)};
    const WeeklyPlan plan = WeeklyPlanner::plan(in);
    // THEN Thursday has 2 h, from 20:00, and the hour lost is reported
    const PlanDay &day = plan.days[3];
    EXPECT_EQ(day.capacityMinutes, 120);
    EXPECT_EQ(day.busyMinutes, 60);
    ASSERT_FALSE(day.blocks.isEmpty());
    EXPECT_EQ(day.blocks.first().startMinute, 20 * 60);
    EXPECT_EQ(day.usedMinutes, 120);
    ASSERT_EQ(day.busy.size(), 1);
    EXPECT_EQ(day.busy.first().title, QStringLiteral("수업"));
    // and the other days are untouched
    EXPECT_EQ(plan.days[4].capacityMinutes, 180);
    EXPECT_EQ(plan.days[4].blocks.first().startMinute, 19 * 60);
    expectNoOverlap(plan, in.busy);
}

TEST(BusyTime, AnEventInTheMiddleSplitsTheEveningAndBlocksGoAroundIt)
{
    // GIVEN Friday 19:00-22:00 with a call 20:00-20:30, and tasks of 1 h, 1.5 h and 30 min
    PlanInput in = planInput({placed(1, QStringLiteral("A"), Quadrant::DoFirst, 1, kMonday.addDays(4)),
                              placed(2, QStringLiteral("B"), Quadrant::DoFirst, 1.5, kMonday.addDays(4)),
                              placed(3, QStringLiteral("C"), Quadrant::DoFirst, 0.5, kMonday.addDays(4))},
                             kMonday.addDays(4));
    in.busy = {busy(kMonday.addDays(4), 20, 0, 30, QStringLiteral("call"))};
    const WeeklyPlan plan = WeeklyPlanner::plan(in);
    const PlanDay &friday = plan.days[4];
    EXPECT_EQ(friday.capacityMinutes, 150);
    EXPECT_EQ(friday.usedMinutes, 150);
    expectNoOverlap(plan, in.busy);
    // A takes 19:00-20:00, B 20:30-22:00, C finds no room (in the week's last day of its deadline)
    ASSERT_EQ(friday.blocks.size(), 2);
    EXPECT_EQ(friday.blocks[0].startMinute, 19 * 60);
    EXPECT_EQ(friday.blocks[1].startMinute, 20 * 60 + 30);
    ASSERT_EQ(plan.atRisk.size(), 1);
    EXPECT_EQ(plan.atRisk.first().taskId, 3);
}

TEST(BusyTime, AnAllDayEventLeavesNothingAndTimeOutsideTheHoursTakesNothing)
{
    PlanInput in = planInput({placed(1, QStringLiteral("A"), Quadrant::Schedule, 40)});
    BusyBlock exam{kMonday.addDays(5), 0, 1440, QStringLiteral("시험"), true};
    in.busy = {exam, busy(kMonday.addDays(3), 9, 0, 8 * 60, QStringLiteral("work"))};
    const WeeklyPlan plan = WeeklyPlanner::plan(in);
    EXPECT_EQ(plan.days[5].capacityMinutes, 0);
    EXPECT_TRUE(plan.days[5].blocks.isEmpty());
    EXPECT_EQ(plan.days[5].busyMinutes, 360);
    // A working day 9-17 is outside the evening hours: Thursday keeps its 3 h
    EXPECT_EQ(plan.days[3].capacityMinutes, 180);
    EXPECT_EQ(plan.days[3].busyMinutes, 0);
    EXPECT_EQ(plan.days[3].busy.size(), 1);
    EXPECT_EQ(plan.capacityMinutes(), 3 * 180 + 360);
}

TEST(BusyTime, HoursRunningPastMidnightMeetTheNextDaysEvents)
{
    // GIVEN Friday's hours 22:00 for 4 h (to 02:00) and an event on Saturday 00:30-01:00
    PlanInput in = planInput({placed(1, QStringLiteral("A"), Quadrant::Schedule, 40)});
    in.settings.startTime[4] = QTime(22, 0);
    in.settings.capacityHours[4] = 4;
    in.busy = {busy(kMonday.addDays(5), 0, 30, 30)};
    const WeeklyPlan plan = WeeklyPlanner::plan(in);
    EXPECT_EQ(plan.days[4].capacityMinutes, 210);
    expectNoOverlap(plan, in.busy);
}

TEST(BusyTime, WithoutBusyTimeThePlanIsTheSameAsBefore)
{
    PlanInput in = planInput({placed(1, QStringLiteral("A"), Quadrant::DoFirst, 7, kMonday.addDays(5)),
                              placed(2, QStringLiteral("B"), Quadrant::Schedule, 9)});
    const WeeklyPlan a = WeeklyPlanner::plan(in);
    in.busy = {busy(kMonday.addDays(2), 8, 0, 60)}; // in the morning: outside every window
    const WeeklyPlan b = WeeklyPlanner::plan(in);
    ASSERT_EQ(a.blockCount(), b.blockCount());
    const QList<PlanBlock> x = a.allBlocks(), y = b.allBlocks();
    for (qsizetype i = 0; i < x.size(); ++i) {
        EXPECT_EQ(x[i].startMinute, y[i].startMinute);
        EXPECT_EQ(x[i].minutes, y[i].minutes);
        EXPECT_EQ(x[i].taskId, y[i].taskId);
    }
}

TEST(BusyTime, TheStoredBusyEventsArePlannedAroundInTheirZoneAndFromTheStore)
{
    // GIVEN a class stored as a UTC instant (10:00-12:00Z is 19:00-21:00 in Seoul) and a floating event
    TempDb db(kToday);
    const Id id = db.w().addTask(makeTask(QStringLiteral("Spark"), Kind::Study, {}, 30.0));
    ASSERT_GT(id, 0);
    BusyEvent cls;
    cls.summary = QStringLiteral("데이터베이스 수업");
    cls.start = QDateTime(kMonday.addDays(3), QTime(10, 0), Qt::UTC);
    cls.end = QDateTime(kMonday.addDays(3), QTime(12, 0), Qt::UTC);
    BusyEvent floating;
    floating.time = BusyEvent::Time::Floating;
    floating.summary = QStringLiteral("gym");
    floating.start = QDateTime(kMonday.addDays(4), QTime(19, 0), Qt::UTC);
    floating.end = QDateTime(kMonday.addDays(4), QTime(20, 0), Qt::UTC);
    db.service().calendar().setBusy(BusySource::File, {cls, floating});
    const QTimeZone seoul("Asia/Seoul");
    const QList<BusyBlock> blocks = WeeklyPlanner::busyBlocks(db.store(), kMonday, kMonday.addDays(6), seoul);
    ASSERT_EQ(blocks.size(), 2);
    EXPECT_EQ(blocks[0].startMinute, 19 * 60);
    EXPECT_EQ(blocks[0].minutes, 120);
    EXPECT_EQ(blocks[1].startMinute, 19 * 60);
    EXPECT_EQ(blocks[1].date, kMonday.addDays(4));
    // THEN the plan from the store (system zone) and the plan of every task agree, busy time included
    const WeeklyPlan fast = WeeklyPlanner::planFromStore(db.store(), kToday, kToday);
    const WeeklyPlan full = WeeklyPlanner::plan(WeeklyPlanner::inputFromStore(db.store(), kToday, kToday));
    EXPECT_EQ(fast.days[4].busyMinutes, 60);
    EXPECT_EQ(fast.days[4].capacityMinutes, 120);
    ASSERT_EQ(fast.blockCount(), full.blockCount());
    EXPECT_EQ(fast.usedMinutes(), full.usedMinutes());
    EXPECT_EQ(fast.databaseId, db->databaseId());
}

TEST(BusyTime, LaterWeeksPlanOnlyWhatTheWeeksBeforeLeftAndHabitsComeBack)
{
    // GIVEN a 20 h task, a 2 h one and a weekly habit due Wednesday
    TempDb db(kToday);
    db.w().addTask(makeTask(QStringLiteral("Big project"), Kind::Project, {}, 20.0));
    db.w().addTask(makeTask(QStringLiteral("Small"), Kind::Study, {}, 2.0));
    Task habit = makeTask(QStringLiteral("주간 회고"), Kind::Other, kToday, 1.0);
    habit.repeat = Repeat::Weekly;
    const Id habitId = db.w().addTask(habit);
    const QList<WeeklyPlan> weeks = WeeklyPlanner::planWeeks(db.store(), kToday, kToday, 2);
    ASSERT_EQ(weeks.size(), 3);
    EXPECT_EQ(weeks[1].monday, kMonday.addDays(7));
    EXPECT_EQ(weeks[2].monday, kMonday.addDays(14));
    // THEN each task's hours are planned once across the weeks, never more than its estimate
    QHash<Id, int> minutes;
    for (const WeeklyPlan &w : weeks)
        for (const PlanBlock &b : w.allBlocks())
            if (!b.habit)
                minutes[b.taskId] += b.minutes;
    EXPECT_EQ(minutes.value(1), 20 * 60);
    EXPECT_EQ(minutes.value(2), 2 * 60);
    // and the weekly habit is on Wednesday of each week
    for (const WeeklyPlan &w : weeks) {
        QList<QDate> days;
        for (const PlanBlock &b : w.allBlocks())
            if (b.taskId == habitId)
                days << b.date;
        ASSERT_EQ(days.size(), 1) << w.weekName().toStdString();
        EXPECT_EQ(days.first().dayOfWeek(), Qt::Wednesday);
    }
}

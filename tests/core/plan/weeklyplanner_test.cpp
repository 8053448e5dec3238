// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "core/export/planjson.h"
#include "plantestdata.h"

#include <QHash>
#include <cmath>
#include <gtest/gtest.h>
#include <random>

using namespace jobprep;
using namespace jobprep::test;

namespace {

int minutesOf(const WeeklyPlan &plan, Id task)
{
    int sum = 0;
    for (const PlanBlock &b : plan.allBlocks())
        if (b.taskId == task)
            sum += b.minutes;
    return sum;
}

int capacityFrom(const Settings &s, int firstDay)
{
    int sum = 0;
    for (int d = firstDay; d < 7; ++d)
        sum += int(std::lround(s.capacityHours[d] * 60));
    return sum;
}

} // namespace

TEST(WeeklyPlanner, PlansNothingOnPastDaysAndNeverExceedsADaysCapacity)
{
    // GIVEN far more work than the week holds, WHEN planned on Wednesday
    const WeeklyPlan plan = WeeklyPlanner::plan(planInput({placed(1, QStringLiteral("A"), Quadrant::DoFirst, 40),
                                                           placed(2, QStringLiteral("B"), Quadrant::Schedule, 40),
                                                           placed(3, QStringLiteral("C"), Quadrant::Limit, 40)}));
    // THEN Monday and Tuesday are empty, every later day is full but not over
    const Settings s;
    for (int d = 0; d < 7; ++d) {
        const PlanDay &day = plan.days[d];
        EXPECT_EQ(day.date, kMonday.addDays(d));
        EXPECT_EQ(day.past, day.date < kToday);
        int sum = 0;
        for (const PlanBlock &b : day.blocks)
            sum += b.minutes;
        EXPECT_EQ(sum, day.usedMinutes);
        EXPECT_EQ(day.capacityMinutes, int(std::lround(s.capacityHours[d] * 60)));
        EXPECT_EQ(day.usedMinutes, day.past ? 0 : day.capacityMinutes) << d;
    }
    EXPECT_EQ(plan.capacityMinutes(), capacityFrom(s, 2));
    EXPECT_EQ(plan.usedMinutes(), plan.capacityMinutes());
}

TEST(WeeklyPlanner, KeepsTheProtectedShareForScheduleWork)
{
    // GIVEN urgent work due next week and a big project, both larger than the week
    const WeeklyPlan plan = WeeklyPlanner::plan(planInput({placed(1, QStringLiteral("urgent"), Quadrant::DoFirst, 30,
                                                                  QDate(2026, 12, 10)),
                                                           placed(2, QStringLiteral("project"), Quadrant::Schedule, 30)}));
    // THEN Schedule gets 40 % of the remaining week and Do first the rest
    const int capacity = capacityFrom(Settings(), 2);
    const int reserve = int(std::lround(0.4 * capacity));
    EXPECT_EQ(minutesOf(plan, 2), reserve);
    EXPECT_EQ(minutesOf(plan, 1), capacity - reserve);
    ASSERT_EQ(plan.nextWeek.size(), 2);
    EXPECT_EQ(plan.nextWeek[0].taskId, 1);
    EXPECT_EQ(plan.nextWeek[0].remainingMinutes, 30 * 60 - (capacity - reserve));
    EXPECT_TRUE(plan.atRisk.isEmpty());
}

TEST(WeeklyPlanner, ProtectedShareFollowsTheSetting)
{
    PlanInput in = planInput({placed(1, QStringLiteral("urgent"), Quadrant::DoFirst, 30, QDate(2026, 12, 10)),
                              placed(2, QStringLiteral("project"), Quadrant::Schedule, 30)});
    in.settings.protectedShare = 0.25;
    const WeeklyPlan plan = WeeklyPlanner::plan(in);
    EXPECT_EQ(minutesOf(plan, 2), int(std::lround(0.25 * capacityFrom(in.settings, 2))));
}

TEST(WeeklyPlanner, DoFirstUsesTheProtectedShareOnlyToMeetADeadlineThisWeek)
{
    // GIVEN 18 h of urgent work due Sunday: more than the unprotected 60 % of 21 h
    const WeeklyPlan plan = WeeklyPlanner::plan(planInput({placed(1, QStringLiteral("urgent"), Quadrant::DoFirst, 18,
                                                                  QDate(2026, 12, 6)),
                                                           placed(2, QStringLiteral("project"), Quadrant::Schedule, 30)}));
    // THEN it all fits, eating into the reserve, and Schedule gets what is left
    EXPECT_EQ(minutesOf(plan, 1), 18 * 60);
    EXPECT_EQ(minutesOf(plan, 2), capacityFrom(Settings(), 2) - 18 * 60);
    EXPECT_TRUE(plan.atRisk.isEmpty());
}

TEST(WeeklyPlanner, NoBlockAfterTheDeadlineAndTheShortfallIsAtRisk)
{
    // GIVEN 10 h due Thursday, with Wednesday and Thursday (3 h each) left
    const QDate thursday(2026, 12, 3);
    const WeeklyPlan plan =
        WeeklyPlanner::plan(planInput({placed(7, QStringLiteral("이력서"), Quadrant::DoFirst, 10, thursday)}));
    for (const PlanBlock &b : plan.allBlocks())
        EXPECT_LE(b.date, thursday);
    const int planned = minutesOf(plan, 7);
    EXPECT_EQ(planned, 6 * 60);
    ASSERT_EQ(plan.atRisk.size(), 1);
    EXPECT_EQ(plan.atRisk[0].taskId, 7);
    EXPECT_EQ(plan.atRisk[0].deadline, thursday);
    EXPECT_EQ(plan.atRisk[0].missingMinutes, 10 * 60 - planned);
    EXPECT_EQ(plan.atRisk[0].plannedMinutes, planned);
    EXPECT_TRUE(plan.nextWeek.isEmpty());
}

TEST(WeeklyPlanner, OverdueTaskGetsNoBlockAndIsAtRiskWithAllItsHours)
{
    const WeeklyPlan plan = WeeklyPlanner::plan(
        planInput({placed(1, QStringLiteral("late"), Quadrant::DoFirst, 3, QDate(2026, 12, 1))}));
    EXPECT_EQ(plan.blockCount(), 0);
    ASSERT_EQ(plan.atRisk.size(), 1);
    EXPECT_EQ(plan.atRisk[0].missingMinutes, 180);
}

TEST(WeeklyPlanner, SplitsTasksIntoBlocksOfAtMostBlockHoursAcrossDays)
{
    PlanInput in = planInput({placed(1, QStringLiteral("project"), Quadrant::Schedule, 5)});
    WeeklyPlan plan = WeeklyPlanner::plan(in);
    QList<PlanBlock> blocks = plan.allBlocks();
    ASSERT_EQ(blocks.size(), 3);
    EXPECT_EQ(blocks[0].date, kToday);
    EXPECT_EQ(blocks[1].date, kToday.addDays(1));
    EXPECT_EQ(blocks[2].date, kToday.addDays(2));
    EXPECT_EQ(blocks[0].minutes + blocks[1].minutes + blocks[2].minutes, 300);
    for (int i = 0; i < blocks.size(); ++i) {
        EXPECT_LE(blocks[i].minutes, 120);
        EXPECT_EQ(blocks[i].part, i + 1);
    }

    in.settings.blockHours = 1.5;
    plan = WeeklyPlanner::plan(in);
    blocks = plan.allBlocks();
    ASSERT_EQ(blocks.size(), 4); // 1.5 + 1.5 + 1.5 + 0.5
    for (const PlanBlock &b : blocks)
        EXPECT_LE(b.minutes, 90);
    EXPECT_EQ(minutesOf(plan, 1), 300);
}

TEST(WeeklyPlanner, BlocksOfADayFollowEachOtherFromTheDaysStartTime)
{
    PlanInput in = planInput({placed(1, QStringLiteral("a"), Quadrant::DoFirst, 20, QDate(2026, 12, 6)),
                              placed(2, QStringLiteral("b"), Quadrant::Schedule, 20)});
    in.settings.startTime[5] = QTime(9, 30);
    const WeeklyPlan plan = WeeklyPlanner::plan(in);
    for (int d = 2; d < 7; ++d) {
        const PlanDay &day = plan.days[d];
        const QTime start = in.settings.startTime[d];
        int expected = start.hour() * 60 + start.minute();
        ASSERT_FALSE(day.blocks.isEmpty());
        for (const PlanBlock &b : day.blocks) {
            EXPECT_EQ(b.startMinute, expected);
            expected = b.endMinute();
        }
    }
    EXPECT_EQ(plan.days[5].blocks.first().start().time(), QTime(9, 30));
}

TEST(WeeklyPlanner, DoFirstGoesByDeadlineThenScheduleThenLimit)
{
    const WeeklyPlan plan = WeeklyPlanner::plan(
        planInput({placed(1, QStringLiteral("limit"), Quadrant::Limit, 1),
                   placed(2, QStringLiteral("schedule"), Quadrant::Schedule, 1),
                   placed(3, QStringLiteral("friday"), Quadrant::DoFirst, 1, QDate(2026, 12, 4)),
                   placed(4, QStringLiteral("thursday"), Quadrant::DoFirst, 1, QDate(2026, 12, 3))}));
    QList<Id> order;
    for (const PlanBlock &b : plan.days[2].blocks)
        order << b.taskId;
    EXPECT_EQ(order, (QList<Id>{4, 3, 2}));
    ASSERT_FALSE(plan.days[3].blocks.isEmpty());
    EXPECT_EQ(plan.days[3].blocks.first().taskId, 1); // Limit only after Wednesday is full
}

TEST(WeeklyPlanner, DropIsNeverScheduledNorListed)
{
    const WeeklyPlan plan = WeeklyPlanner::plan(
        planInput({placed(1, QStringLiteral("later"), Quadrant::Drop, 2, QDate(2026, 12, 3))}));
    EXPECT_EQ(plan.blockCount(), 0);
    EXPECT_TRUE(plan.atRisk.isEmpty());
    EXPECT_TRUE(plan.nextWeek.isEmpty());
}

TEST(WeeklyPlanner, HabitsComeFirstOnEachDayTheyApply)
{
    const WeeklyPlan plan = WeeklyPlanner::plan(planInput({
        placed(1, QStringLiteral("big"), Quadrant::DoFirst, 40, QDate(2026, 12, 6)),
        placed(2, QStringLiteral("daily"), Quadrant::Limit, 0.5, {}, Repeat::Daily, kToday),
        placed(3, QStringLiteral("weekly"), Quadrant::Schedule, 1, {}, Repeat::Weekly, QDate(2026, 12, 4)),
        placed(4, QStringLiteral("daily from Friday"), Quadrant::Limit, 0.25, {}, Repeat::Daily, QDate(2026, 12, 4)),
    }));
    // Every available day opens with its habits (the daily one among them), then the big task.
    for (int d = 2; d < 7; ++d) {
        const QList<PlanBlock> &blocks = plan.days[d].blocks;
        ASSERT_GE(blocks.size(), 2);
        bool seenWork = false, seenDaily = false;
        for (const PlanBlock &b : blocks) {
            EXPECT_FALSE(b.habit && seenWork) << "habit after other work on day " << d;
            seenWork = seenWork || !b.habit;
            seenDaily = seenDaily || b.taskId == 2;
        }
        EXPECT_TRUE(seenDaily) << d;
        EXPECT_FALSE(blocks.last().habit);
    }
    int weekly = 0, fromFriday = 0;
    for (const PlanBlock &b : plan.allBlocks()) {
        if (b.taskId == 3) {
            ++weekly;
            EXPECT_EQ(b.date, QDate(2026, 12, 4));
        }
        if (b.taskId == 4) {
            ++fromFriday;
            EXPECT_GE(b.date, QDate(2026, 12, 4));
        }
    }
    EXPECT_EQ(weekly, 1);
    EXPECT_EQ(fromFriday, 3);
    EXPECT_EQ(minutesOf(plan, 2), 5 * 30);
}

TEST(WeeklyPlanner, AWeeklyHabitMovesToTheNextDayWithRoom)
{
    PlanInput in = planInput({placed(1, QStringLiteral("weekly"), Quadrant::Schedule, 2, {}, Repeat::Weekly, kToday)});
    in.settings.capacityHours[2] = 1; // Wednesday is too short for it
    const WeeklyPlan plan = WeeklyPlanner::plan(in);
    ASSERT_EQ(plan.blockCount(), 1);
    EXPECT_EQ(plan.allBlocks().first().date, kToday.addDays(1));
}

TEST(WeeklyPlanner, AHabitThatDoesNotFitADayIsAtRisk)
{
    PlanInput in = planInput({placed(1, QStringLiteral("daily"), Quadrant::Limit, 1, {}, Repeat::Daily, kToday)});
    in.settings.capacityHours[4] = 0; // no time on Friday
    const WeeklyPlan plan = WeeklyPlanner::plan(in);
    EXPECT_EQ(minutesOf(plan, 1), 4 * 60);
    ASSERT_EQ(plan.atRisk.size(), 1);
    EXPECT_TRUE(plan.atRisk[0].habit);
    EXPECT_EQ(plan.atRisk[0].missingMinutes, 60);
    EXPECT_EQ(plan.atRisk[0].deadline, QDate(2026, 12, 4));
}

TEST(WeeklyPlanner, WhatDoesNotFitGoesToNextWeekWithItsRemainingHours)
{
    const WeeklyPlan plan = WeeklyPlanner::plan(
        planInput({placed(1, QStringLiteral("project"), Quadrant::Schedule, 25),
                   placed(2, QStringLiteral("nice to have"), Quadrant::Limit, 3, QDate(2026, 12, 20))}));
    ASSERT_EQ(plan.nextWeek.size(), 2);
    EXPECT_EQ(plan.nextWeek[0].taskId, 1);
    EXPECT_EQ(plan.nextWeek[0].remainingMinutes, 25 * 60 - minutesOf(plan, 1));
    EXPECT_EQ(plan.nextWeek[1].taskId, 2);
    EXPECT_EQ(plan.nextWeek[1].remainingMinutes, 3 * 60 - minutesOf(plan, 2));
}

TEST(WeeklyPlanner, AFutureWeekUsesAllSevenDays)
{
    PlanInput in = planInput({placed(1, QStringLiteral("project"), Quadrant::Schedule, 100)}, QDate(2026, 11, 25));
    const WeeklyPlan plan = WeeklyPlanner::plan(in);
    for (const PlanDay &d : plan.days)
        EXPECT_FALSE(d.past);
    EXPECT_EQ(plan.usedMinutes(), capacityFrom(in.settings, 0));
    EXPECT_EQ(plan.days[0].blocks.first().date, kMonday);
}

TEST(WeeklyPlanner, APastWeekPlansNothing)
{
    const WeeklyPlan plan = WeeklyPlanner::plan(
        planInput({placed(1, QStringLiteral("project"), Quadrant::Schedule, 3)}, QDate(2026, 12, 9)));
    EXPECT_EQ(plan.blockCount(), 0);
    EXPECT_EQ(plan.capacityMinutes(), 0);
    ASSERT_EQ(plan.nextWeek.size(), 1);
}

TEST(WeeklyPlanner, SameInputGivesTheSamePlanWhateverTheTaskOrder)
{
    QList<PlacedTask> tasks;
    for (int i = 1; i <= 30; ++i) {
        const Quadrant q = static_cast<Quadrant>(1 + i % 4);
        const QDate deadline = i % 3 ? kToday.addDays(i % 9) : QDate();
        tasks << placed(i, QStringLiteral("task %1").arg(i), q, 0.5 + (i % 5), deadline,
                        i % 11 == 0 ? Repeat::Daily : Repeat::None, deadline.isValid() ? deadline : kToday);
    }
    const QByteArray first = planToJsonBytes(WeeklyPlanner::plan(planInput(tasks)));
    std::mt19937 rng(49);
    for (int round = 0; round < 5; ++round) {
        std::shuffle(tasks.begin(), tasks.end(), rng);
        EXPECT_EQ(planToJsonBytes(WeeklyPlanner::plan(planInput(tasks))), first) << round;
    }
    // And the plan really used the tasks: something placed, something left over.
    const WeeklyPlan plan = WeeklyPlanner::plan(planInput(tasks));
    EXPECT_GT(plan.blockCount(), 5);
    EXPECT_FALSE(plan.nextWeek.isEmpty() && plan.atRisk.isEmpty());
}

// The planner sorts packed keys instead of whole tasks (issue 7: 100 000 tasks). Its order must stay
// exactly the board's (Board::sortsBefore within each quadrant, Do first then by deadline), which the
// lists of left-over work begin with.
TEST(WeeklyPlanner, ServesTenThousandTasksInTheBoardsOrderWhateverTheInputOrder)
{
    std::mt19937 rng(7);
    auto pick = [&rng](int n) { return int(rng() % unsigned(n)); };
    QList<PlacedTask> tasks;
    for (int i = 1; i <= 10000; ++i) {
        const QDate deadline = pick(4) ? kToday.addDays(pick(40) - 10) : QDate();
        PlacedTask pt = placed(i, QStringLiteral("task %1").arg(i), static_cast<Quadrant>(pick(5)), 0.25 + pick(12),
                               deadline, pick(50) ? Repeat::None : Repeat::Weekly);
        pt.task.kind = static_cast<Kind>(pick(9));
        pt.task.status = pick(10) ? Status::Todo : Status::Done;
        if (!pick(20))
            pt.task.manualOrder = pick(30) - 10;
        pt.placement.urgency = pick(5) * 25; // few values, so that later fields decide
        pt.placement.importance = pick(4) * 30;
        tasks << pt;
    }
    const WeeklyPlan plan = WeeklyPlanner::plan(planInput(tasks));
    ASSERT_GT(plan.nextWeekTotal, 1000);
    ASSERT_GT(plan.atRiskTotal, 100);

    // The reference order, from Board::sortsBefore on whole tasks.
    QList<const PlacedTask *> order;
    for (const PlacedTask &pt : tasks)
        if (pt.task.isOpen() && pt.placement.quadrant != Quadrant::Drop && pt.placement.quadrant != Quadrant::None)
            order << &pt;
    std::sort(order.begin(), order.end(), [](const PlacedTask *a, const PlacedTask *b) {
        if (a->placement.quadrant != b->placement.quadrant)
            return a->placement.quadrant < b->placement.quadrant;
        return Board::sortsBefore(*a, *b);
    });
    const auto doFirstEnd = std::partition_point(order.begin(), order.end(), [](const PlacedTask *p) {
        return p->placement.quadrant == Quadrant::DoFirst;
    });
    std::stable_sort(order.begin(), doFirstEnd, [](const PlacedTask *a, const PlacedTask *b) {
        const QDate &da = a->placement.effectiveDeadline, &db = b->placement.effectiveDeadline;
        return da.isValid() != db.isValid() ? da.isValid() : da < db;
    });
    // What each task did not get, from the blocks: the lists' members and totals follow from it.
    QHash<Id, int> planned;
    for (const PlanBlock &b : plan.allBlocks())
        planned[b.taskId] += b.minutes;
    QList<Id> expectedNextWeek;
    QList<const PlacedTask *> expectedAtRisk; // tasks, not habits
    int nextWeekMinutes = 0;
    for (const PlacedTask *pt : order) {
        const int left = int(std::lround(pt->task.estimateHours * 60)) - planned.value(pt->task.id);
        if (pt->task.isHabit() || left <= 0)
            continue;
        if (pt->placement.effectiveDeadline.isValid() && pt->placement.effectiveDeadline <= plan.sunday()) {
            expectedAtRisk << pt;
        } else {
            expectedNextWeek << pt->task.id;
            nextWeekMinutes += left;
        }
    }
    EXPECT_EQ(plan.nextWeekTotal, expectedNextWeek.size());
    EXPECT_EQ(plan.nextWeekMinutes, nextWeekMinutes);
    QList<Id> gotNextWeek;
    for (const CarryOverItem &c : plan.nextWeek)
        gotNextWeek << c.taskId;
    EXPECT_EQ(gotNextWeek, expectedNextWeek.mid(0, WeeklyPlan::kListed));
    // At risk: by deadline, the planner's order breaking ties; the habits among them aside.
    std::stable_sort(expectedAtRisk.begin(), expectedAtRisk.end(), [](const PlacedTask *a, const PlacedTask *b) {
        return a->placement.effectiveDeadline < b->placement.effectiveDeadline;
    });
    QList<Id> gotAtRisk;
    int habits = 0;
    for (const AtRiskItem &r : plan.atRisk)
        r.habit ? void(++habits) : void(gotAtRisk << r.taskId);
    EXPECT_GE(plan.atRiskTotal, expectedAtRisk.size());
    QList<Id> expectedIds;
    for (const PlacedTask *pt : expectedAtRisk.mid(0, gotAtRisk.size()))
        expectedIds << pt->task.id;
    EXPECT_EQ(gotAtRisk, expectedIds);
    EXPECT_EQ(plan.atRisk.size(), WeeklyPlan::kListed);

    const QByteArray first = planToJsonBytes(plan);
    for (int round = 0; round < 2; ++round) {
        std::shuffle(tasks.begin(), tasks.end(), rng);
        EXPECT_EQ(planToJsonBytes(WeeklyPlanner::plan(planInput(tasks))), first) << round;
    }
}

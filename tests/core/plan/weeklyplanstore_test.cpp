// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// planFromStore reads a few tasks; it must give exactly the plan of all of them.
#include "builders.h"
#include "core/plan/weeklyplanner.h"
#include "tempdb.h"

#include <QRandomGenerator>
#include <gtest/gtest.h>

using namespace jobprep;
using namespace jobprep::test;

namespace {

const QDate kToday(2026, 11, 28); // a Saturday

std::string str(const QString &s) { return s.toStdString(); }

void expectSamePlan(const WeeklyPlan &fast, const WeeklyPlan &full, const std::string &where)
{
    SCOPED_TRACE(where);
    EXPECT_EQ(fast.monday, full.monday);
    EXPECT_EQ(fast.usedMinutes(), full.usedMinutes());
    for (std::size_t d = 0; d < 7; ++d) {
        const PlanDay &a = fast.days[d], &b = full.days[d];
        EXPECT_EQ(a.usedMinutes, b.usedMinutes) << "day " << d;
        ASSERT_EQ(a.blocks.size(), b.blocks.size()) << "day " << d;
        for (qsizetype i = 0; i < a.blocks.size(); ++i) {
            const PlanBlock &x = a.blocks[i], &y = b.blocks[i];
            EXPECT_EQ(x.taskId, y.taskId) << "day " << d << " block " << i;
            EXPECT_EQ(str(x.title), str(y.title));
            EXPECT_EQ(str(x.company), str(y.company));
            EXPECT_EQ(str(x.posting), str(y.posting));
            EXPECT_EQ(x.kind, y.kind);
            EXPECT_EQ(x.quadrant, y.quadrant);
            EXPECT_EQ(x.deadline, y.deadline);
            EXPECT_EQ(x.startMinute, y.startMinute);
            EXPECT_EQ(x.minutes, y.minutes);
            EXPECT_EQ(x.part, y.part);
            EXPECT_EQ(x.indexInDay, y.indexInDay);
            EXPECT_EQ(x.habit, y.habit);
        }
    }
    EXPECT_EQ(fast.atRiskTotal, full.atRiskTotal);
    EXPECT_EQ(fast.atRiskMinutes, full.atRiskMinutes);
    EXPECT_EQ(fast.nextWeekTotal, full.nextWeekTotal);
    EXPECT_EQ(fast.nextWeekMinutes, full.nextWeekMinutes);
    ASSERT_EQ(fast.atRisk.size(), full.atRisk.size());
    for (qsizetype i = 0; i < fast.atRisk.size(); ++i) {
        const AtRiskItem &x = fast.atRisk[i], &y = full.atRisk[i];
        EXPECT_EQ(x.taskId, y.taskId) << "at risk " << i;
        EXPECT_EQ(str(x.title), str(y.title));
        EXPECT_EQ(str(x.company), str(y.company));
        EXPECT_EQ(str(x.posting), str(y.posting));
        EXPECT_EQ(x.deadline, y.deadline);
        EXPECT_EQ(x.plannedMinutes, y.plannedMinutes);
        EXPECT_EQ(x.missingMinutes, y.missingMinutes);
        EXPECT_EQ(x.habit, y.habit);
        EXPECT_EQ(x.quadrant, y.quadrant);
    }
    ASSERT_EQ(fast.nextWeek.size(), full.nextWeek.size());
    for (qsizetype i = 0; i < fast.nextWeek.size(); ++i) {
        const CarryOverItem &x = fast.nextWeek[i], &y = full.nextWeek[i];
        EXPECT_EQ(x.taskId, y.taskId) << "next week " << i;
        EXPECT_EQ(str(x.title), str(y.title));
        EXPECT_EQ(str(x.company), str(y.company));
        EXPECT_EQ(str(x.posting), str(y.posting));
        EXPECT_EQ(x.deadline, y.deadline);
        EXPECT_EQ(x.plannedMinutes, y.plannedMinutes);
        EXPECT_EQ(x.remainingMinutes, y.remainingMinutes);
        EXPECT_EQ(x.quadrant, y.quadrant);
    }
}

void expectSameOnWeeks(Store &store, const std::string &where)
{
    // Mid-week, the whole week ahead, the week's last day, a future week, a past week, far ahead.
    const QList<QPair<QDate, QDate>> cases = {
        {kToday, kToday},
        {QDate(2026, 11, 23), QDate(2026, 11, 23)},
        {QDate(2026, 11, 29), QDate(2026, 11, 29)},
        {QDate(2026, 12, 9), kToday},
        {QDate(2026, 11, 16), kToday},
        {QDate(2027, 3, 3), kToday},
    };
    for (const auto &[week, today] : cases) {
        const WeeklyPlan fast = WeeklyPlanner::planFromStore(store, week, today);
        const WeeklyPlan full = WeeklyPlanner::plan(WeeklyPlanner::inputFromStore(store, week, today));
        expectSamePlan(fast, full, where + " week of " + str(week.toString(Qt::ISODate)) + " on "
                                       + str(today.toString(Qt::ISODate)));
    }
}

} // namespace

TEST(PlanFromStore, GivesThePlanOfEveryTaskForManyWeeksAndSettings)
{
    TempDb db(kToday);
    importGenerated(db.store(), 2500, 5, kToday);
    // Tasks short enough for the slivers a full day leaves, and a few ordered by hand.
    QRandomGenerator rng(11);
    QList<Id> some;
    for (int i = 0; i < 40; ++i) {
        Task t = makeTask(QStringLiteral("짧은 복습 %1").arg(i), Kind::Study,
                          kToday.addDays(int(rng.bounded(-10, 30))), 0.05 + 0.05 * int(rng.bounded(4)));
        some << db.w().addTask(t);
    }
    const QList<Task> all = db->tasks(false);
    for (int i = 0; i < 30; ++i)
        some << all[int(rng.bounded(int(all.size())))].id;
    db.w().pinTasks(some.mid(0, 10), Quadrant::DoFirst);
    db.w().pinTasks(some.mid(40, 10), Quadrant::Schedule);
    db.w().setManualOrder(some.mid(35, 20));

    expectSameOnWeeks(db.store(), "default settings");
    const Settings defaults = db->settings();
    struct Variant
    {
        const char *name;
        std::function<void(Settings &)> change;
    };
    const QList<Variant> variants = {
        {"a large week, half-hour blocks", [](Settings &s) { s.capacityHours.fill(14); s.blockHours = 0.5; }},
        {"slivers of a few minutes", [](Settings &s) { s.capacityHours = {0.3, 1.1, 0.2, 0.9, 0.35, 1.3, 0.1}; }},
        {"nothing protected", [](Settings &s) { s.protectedShare = 0; }},
        {"everything protected", [](Settings &s) { s.protectedShare = 1; s.capacityHours.fill(5); }},
        {"a wide urgency window", [](Settings &s) { s.urgencyWindowDays = 30; s.importantThreshold = 35; }},
        {"no hours at all", [](Settings &s) { s.capacityHours.fill(0); }},
    };
    for (const Variant &v : variants) {
        Settings s = defaults;
        v.change(s);
        db.w().saveSettings(s);
        expectSameOnWeeks(db.store(), v.name);
    }
}

TEST(PlanFromStore, GivesThePlanOfEveryTaskInASmallStore)
{
    // Every pane ends before the week is full: planFromStore must read each to its end.
    TempDb db(kToday);
    importGenerated(db.store(), 60, 9, kToday);
    Settings s = db->settings();
    s.capacityHours.fill(16);
    db.w().saveSettings(s);
    expectSameOnWeeks(db.store(), "60 tasks, 16 h a day");
}

TEST(PlanFromStore, ListsTheFirstFiftyAndCountsTheRest)
{
    TempDb db(kToday);
    const QDate monday(2026, 11, 30);
    for (int i = 0; i < 130; ++i)
        db.w().addTask(makeTask(QStringLiteral("과제 %1").arg(i), Kind::Project, i < 70 ? kToday.addDays(-3) : QDate(),
                             1.5));
    const WeeklyPlan plan = WeeklyPlanner::planFromStore(db.store(), monday, kToday);
    // 70 overdue tasks are at risk with all their hours, 60 undated ones did not fit 27 h.
    EXPECT_EQ(plan.atRiskTotal, 70);
    EXPECT_EQ(plan.atRiskMinutes, 70 * 90);
    EXPECT_EQ(plan.atRisk.size(), WeeklyPlan::kListed);
    int planned = 0;
    for (const PlanBlock &b : plan.allBlocks())
        planned += b.minutes;
    EXPECT_EQ(plan.nextWeekMinutes, 60 * 90 - planned);
    EXPECT_LT(plan.nextWeek.size(), plan.nextWeekTotal + 1);
    EXPECT_EQ(plan.nextWeek.size(), std::min(plan.nextWeekTotal, WeeklyPlan::kListed));
    expectSamePlan(plan, WeeklyPlanner::plan(WeeklyPlanner::inputFromStore(db.store(), monday, kToday)), "130 tasks");
}

// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// The weekly review on a week lived day by day with a fixed clock: each morning's plan recorded,
// tasks done on their days, a habit kept five days of seven, requirement lines closed; then the
// review, and its Markdown and HTML read back by independent readers.
#include "builders.h"
#include "core/export/reviewexport.h"
#include "core/plan/weeklyplanner.h"
#include "core/review/reviewinput.h"
#include "core/service/clock.h"
#include "core/service/habitservice.h"
#include "core/service/planservice.h"
#include "core/service/taskservice.h"
#include "readerprocess.h"
#include "tempdb.h"

#include <QFile>
#include <QJsonArray>
#include <gtest/gtest.h>

using namespace jobprep;
using namespace jobprep::test;

namespace {

const QDate kMonday(2026, 11, 30);

struct Week
{
    TempDb db{kMonday};
    Id kakao = 0, study = 0, slipsOpen = 0, slipsLate = 0, habit = 0;
    std::array<int, 5> expectedPlanned{};

    void at(const QDate &day)
    {
        db.service().clock().setSource([day] { return QDateTime(day, QTime(8, 0)); });
    }

    Week()
    {
        StoreWriter &w = db.w();
        kakao = w.addCompany(makeCompany(QStringLiteral("카카오"), 5, Stage::Applied));
        const Id posting = w.addPosting(makePosting(kakao, QStringLiteral("데이터 엔지니어"), QDate(2026, 12, 20),
                                                    {{Section::Requirement, QStringLiteral("Spark 경험")},
                                                     {Section::Requirement, QStringLiteral("SQL 능숙")},
                                                     {Section::Requirement, QStringLiteral("Airflow 운영")},
                                                     {Section::Requirement, QStringLiteral("Kafka 이해")}}));
        const QList<Id> lines = lineIds(db.store(), posting, Section::Requirement);
        // Closed before the week: counts for readiness at its start.
        Task before = makeTask(QStringLiteral("SQL 문제 풀이"), Kind::Study, QDate(2026, 11, 25), 1.0);
        before.lineIds = {lines[1]};
        before.status = Status::Done;
        before.doneOn = QDate(2026, 11, 25);
        w.addTask(before);
        Task s = makeTask(QStringLiteral("Spark 스터디 | 1장"), Kind::Study, QDate(2026, 12, 2), 2.0);
        s.lineIds = {lines[0]};
        study = w.addTask(s);
        slipsOpen = w.addTask(makeTask(QStringLiteral("포트폴리오 README *정리*"), Kind::Project, QDate(2026, 12, 3), 4.0));
        Task late = makeTask(QStringLiteral("Airflow DAG 실습"), Kind::Project, QDate(2026, 12, 4), 3.0);
        late.lineIds = {lines[2]};
        slipsLate = w.addTask(late);
        Task h = makeTask(QStringLiteral("1일 1커밋"), Kind::Project, kMonday, 0.5);
        h.repeat = Repeat::Daily;
        habit = w.addTask(h);

        // Monday to Sunday, each morning: the plan as the window would compute it first.
        for (QDate day = kMonday; day <= kMonday.addDays(6); day = day.addDays(1)) {
            at(day);
            if (day.dayOfWeek() != Qt::Thursday) { // the app was not opened on Thursday
                const WeeklyPlan plan = WeeklyPlanner::planFromStore(db.store(), day, day);
                EXPECT_TRUE(db.service().plans().recordIfFirstToday(plan));
                EXPECT_FALSE(db.service().plans().recordToday()); // only the first plan of a day
                for (const PlanBlock &b : plan.days[std::size_t(day.dayOfWeek() - 1)].blocks)
                    expectedPlanned[std::size_t(b.quadrant)] += b.minutes;
            } else {
                // Thursday started with what Wednesday planned for it.
                const WeeklyPlan wednesday = lastPlan;
                for (const PlanBlock &b : wednesday.days[3].blocks)
                    expectedPlanned[std::size_t(b.quadrant)] += b.minutes;
            }
            lastPlan = WeeklyPlanner::planFromStore(db.store(), day, day);
            if (day.dayOfWeek() != Qt::Thursday && day.dayOfWeek() != Qt::Sunday)
                db.service().tasks().complete({habit}); // kept five days of seven
            if (day == QDate(2026, 12, 1))
                db.service().tasks().complete({study});
            if (day == QDate(2026, 12, 5))
                db.service().tasks().complete({slipsLate});
        }
    }
    WeeklyPlan lastPlan;
};

} // namespace

TEST(WeeklyReview, TellsTheWeekAsItWasLived)
{
    Week week;
    const QDate nextMonday = kMonday.addDays(7);
    week.at(nextMonday);
    const ReviewInput in = reviewInput(week.db.store(), kMonday, nextMonday);
    const WeeklyReview r = buildReview(in);
    EXPECT_FALSE(r.partial);
    EXPECT_EQ(r.daysWithoutPlan, 0);
    EXPECT_EQ(r.planned, week.expectedPlanned);
    EXPECT_GT(r.plannedTotal(), 0);

    // Done: the study (2h) and the late Airflow task (3h), and the habit five times half an hour.
    EXPECT_EQ(r.doneTotal(), 120 + 180 + 5 * 30);
    int habitMinutes = 0;
    for (const ReviewInput::Done &d : in.done)
        habitMinutes += d.habit ? d.minutes : 0;
    EXPECT_EQ(habitMinutes, 150);
    EXPECT_NEAR(r.scheduleShare, double(r.done[std::size_t(Quadrant::Schedule)]) / r.doneTotal(), 1e-9);

    ASSERT_EQ(r.habits.size(), 1);
    EXPECT_EQ(r.habits[0].kept, 5);
    EXPECT_EQ(r.habits[0].of, 7);
    EXPECT_EQ(r.habits[0].longest, 3); // Friday, Saturday and ... Monday to Wednesday
    EXPECT_EQ(r.habits[0].current, 0); // Sunday was missed, and the review is read on Monday

    ASSERT_EQ(r.companies.size(), 1);
    const WeeklyReview::Company &c = r.companies[0];
    EXPECT_EQ(c.name, QStringLiteral("카카오"));
    EXPECT_EQ(c.lines, 4);
    EXPECT_EQ(c.closedBefore, 1);
    EXPECT_EQ(c.closedAfter, 3);
    EXPECT_EQ(c.closedInWeek(), 2);

    // The README task is still open past its Thursday deadline; the Airflow task was done a day late.
    ASSERT_EQ(r.slipped.size(), 2);
    EXPECT_EQ(r.slipped[0].taskId, week.slipsOpen);
    EXPECT_FALSE(r.slipped[0].doneOn.isValid());
    EXPECT_EQ(r.slipped[1].taskId, week.slipsLate);
    EXPECT_EQ(r.slipped[1].doneOn, QDate(2026, 12, 5));
    EXPECT_EQ(r.atRiskTotal, WeeklyPlanner::planFromStore(week.db.store(), nextMonday, nextMonday).atRiskTotal);
}

TEST(WeeklyReview, MidweekItCountsTheDaysSoFarAndADayWithoutARecordedPlanIsSaid)
{
    TempDb db(QDate(2026, 12, 2)); // Wednesday, nothing recorded
    Task h = makeTask(QStringLiteral("1일 1커밋"), Kind::Project, kMonday, 0.5);
    h.repeat = Repeat::Daily;
    const Id habit = db.w().addTask(h);
    db.service().habits().setDone(habit, kMonday, true);
    const WeeklyReview r = reviewWeek(db.store(), kMonday, db.today());
    EXPECT_TRUE(r.partial);
    EXPECT_EQ(r.lastDay, db.today());
    EXPECT_EQ(r.daysWithoutPlan, 3);
    EXPECT_EQ(r.plannedTotal(), 0);
    ASSERT_EQ(r.habits.size(), 1);
    EXPECT_EQ(r.habits[0].kept, 1);
    EXPECT_EQ(r.habits[0].of, 3);
}

TEST(WeeklyReview, MarkdownAndHtmlReadBackByIndependentReaders)
{
    Week week;
    const QDate nextMonday = kMonday.addDays(7);
    const WeeklyReview r = reviewWeek(week.db.store(), kMonday, nextMonday);
    for (const ReviewFormat format : {ReviewFormat::Markdown, ReviewFormat::Html}) {
        const QString path = week.db.dir() + (format == ReviewFormat::Markdown ? QStringLiteral("/review.md")
                                                                              : QStringLiteral("/review.html"));
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(exportReview(r, format));
        f.close();
        const QJsonObject read = readWithPython("read_review.py", path);
        SCOPED_TRACE(path.toStdString());
        EXPECT_EQ(read.value(QStringLiteral("title")).toString(), QStringLiteral("Weekly review 2026-W49 (2026-11-30 – 2026-12-06)"));
        const QJsonObject sections = read.value(QStringLiteral("sections")).toObject();
        const QJsonArray hours = sections.value(QStringLiteral("Planned and done by quadrant")).toObject().value(QStringLiteral("rows")).toArray();
        ASSERT_EQ(hours.size(), 6); // header, four quadrants, total
        EXPECT_EQ(hours[5].toArray()[0].toString(), QStringLiteral("Total"));
        EXPECT_EQ(hours[5].toArray()[2].toString(), QStringLiteral("7.5h"));
        const QJsonArray habits = sections.value(QStringLiteral("Habits")).toObject().value(QStringLiteral("items")).toArray();
        ASSERT_EQ(habits.size(), 1);
        EXPECT_EQ(habits[0].toString(), QStringLiteral("1일 1커밋: kept 5 of 7 day(s) · streak 0 (longest 3)"));
        const QJsonArray companies = sections.value(QStringLiteral("Target companies")).toObject().value(QStringLiteral("rows")).toArray();
        ASSERT_EQ(companies.size(), 2);
        EXPECT_EQ(companies[1].toArray(), (QJsonArray{QStringLiteral("카카오"), QStringLiteral("2"), QStringLiteral("25% (1/4)"),
                                                      QStringLiteral("75% (3/4)")}));
        const QJsonArray slipped = sections.value(QStringLiteral("Slipped past their deadline")).toObject().value(QStringLiteral("items")).toArray();
        ASSERT_EQ(slipped.size(), 2);
        // Markdown's own characters in a title come back as they were typed.
        EXPECT_EQ(slipped[0].toString(), QStringLiteral("포트폴리오 README *정리* — due 2026-12-03, still open"));
        EXPECT_EQ(slipped[1].toString(), QStringLiteral("Airflow DAG 실습 — due 2026-12-04, done 2026-12-05"));
    }
}

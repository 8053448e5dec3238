// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// The calendar sync's decision (issue 18) on plain data: no server.
#include "core/calendar/calendarsync.h"

#include <gtest/gtest.h>

using namespace jobprep;
using Action = CalendarAction::Kind;

namespace {

const QString kCalendar = QStringLiteral("https://dav.example/u/cal/");
const QString kPath = QStringLiteral("/u/cal/");
const QDate kFirst(2026, 11, 30), kLast(2026, 12, 20);
const QDateTime kNow(QDate(2026, 12, 2), QTime(9, 0), Qt::UTC);

PlannedEvent planned(const QString &uid, Id task, const QDate &day, const QByteArray &content = "c1")
{
    PlannedEvent e;
    e.uid = uid;
    e.taskId = task;
    e.day = day;
    e.end = QDateTime(day, QTime(21, 0), Qt::UTC);
    e.content = content;
    return e;
}

CalendarRecord record(const QString &uid, Id task, const QDate &day, const QString &etag = QStringLiteral("\"e1\""),
                      const QByteArray &content = "c1")
{
    CalendarRecord r;
    r.uid = uid;
    r.calendar = kCalendar;
    r.href = kPath + uid + QStringLiteral(".ics");
    r.etag = etag;
    r.taskId = task;
    r.day = day;
    r.end = QDateTime(day, QTime(21, 0), Qt::UTC);
    r.content = content;
    return r;
}

CalendarSyncInput input()
{
    CalendarSyncInput in;
    in.calendar = kCalendar;
    in.collectionPath = kPath;
    in.first = kFirst;
    in.last = kLast;
    in.now = kNow;
    return in;
}

// The input after every record is on the server as stored and every task exists, open.
CalendarSyncInput synced(const QList<PlannedEvent> &plan, const QList<CalendarRecord> &records)
{
    CalendarSyncInput in = input();
    in.planned = plan;
    in.records = records;
    for (const CalendarRecord &r : records) {
        in.listed.insert(r.href, r.etag);
        in.tasks.insert(r.taskId, Status::Todo);
    }
    return in;
}

const QDate kThu(2026, 12, 3), kFri(2026, 12, 4), kTue(2026, 12, 1);

} // namespace

TEST(CalendarSync, FirstSyncCreatesEveryBlockAtItsOwnHrefIfNoneMatch)
{
    CalendarSyncInput in = input();
    in.planned = {planned(QStringLiteral("jobprep-ab-1-20261203-0"), 1, kThu),
                  planned(QStringLiteral("jobprep-ab-1-20261204-0"), 1, kFri)};
    in.listed.insert(QStringLiteral("/u/cal/class.ics"), QStringLiteral("\"x\"")); // someone else's
    const CalendarSyncPlan plan = decideCalendarSync(in);
    ASSERT_EQ(plan.actions.size(), 2);
    for (const CalendarAction &a : plan.actions) {
        EXPECT_EQ(a.kind, Action::Create);
        EXPECT_EQ(a.href, kPath + a.uid + QStringLiteral(".ics"));
    }
}

TEST(CalendarSync, NothingChangedMeansNoActionAtAll)
{
    const QString uid = QStringLiteral("jobprep-ab-1-20261203-0");
    const CalendarSyncPlan plan = decideCalendarSync(synced({planned(uid, 1, kThu)}, {record(uid, 1, kThu)}));
    EXPECT_TRUE(plan.actions.isEmpty());
    EXPECT_EQ(plan.unchanged, 1);
    EXPECT_EQ(plan.kept, 0);
}

TEST(CalendarSync, AMovedOrResizedBlockIsUpdatedWithItsStoredEtag)
{
    const QString uid = QStringLiteral("jobprep-ab-1-20261203-0");
    const CalendarSyncPlan plan =
        decideCalendarSync(synced({planned(uid, 1, kThu, "c2")}, {record(uid, 1, kThu, QStringLiteral("\"e1\""), "c1")}));
    ASSERT_EQ(plan.actions.size(), 1);
    EXPECT_EQ(plan.actions[0].kind, Action::Update);
    EXPECT_EQ(plan.actions[0].etag, QStringLiteral("\"e1\""));
    EXPECT_EQ(plan.actions[0].planned, 0);
}

TEST(CalendarSync, ABlockThatIsGoneIsDeletedButAPastBlockOfAnExistingTaskStays)
{
    const QString future = QStringLiteral("jobprep-ab-1-20261204-0");
    const QString past = QStringLiteral("jobprep-ab-2-20261201-0");
    const QString deletedTask = QStringLiteral("jobprep-ab-3-20261201-0");
    CalendarSyncInput in = synced({}, {record(future, 1, kFri), record(past, 2, kTue), record(deletedTask, 3, kTue)});
    in.tasks.insert(2, Status::Done);
    in.tasks.remove(3);
    const CalendarSyncPlan plan = decideCalendarSync(in);
    QHash<QString, Action> kinds;
    for (const CalendarAction &a : plan.actions)
        kinds.insert(a.uid, a.kind);
    EXPECT_EQ(kinds.value(future), Action::Delete);
    EXPECT_FALSE(kinds.contains(past)) << "a done task's past block is the day's record";
    EXPECT_EQ(kinds.value(deletedTask), Action::Delete) << "a deleted task leaves nothing behind";
    for (const CalendarAction &a : plan.actions)
        EXPECT_EQ(a.etag, QStringLiteral("\"e1\""));
}

TEST(CalendarSync, AnEventTheUserEditedIsKeptAndNeverWrittenAgain)
{
    const QString uid = QStringLiteral("jobprep-ab-1-20261203-0");
    CalendarSyncInput in = synced({planned(uid, 1, kThu, "c2")}, {record(uid, 1, kThu)});
    in.listed[kPath + uid + QStringLiteral(".ics")] = QStringLiteral("\"edited\"");
    CalendarSyncPlan plan = decideCalendarSync(in);
    ASSERT_EQ(plan.actions.size(), 1);
    EXPECT_EQ(plan.actions[0].kind, Action::MarkEdited);
    EXPECT_EQ(plan.kept, 1);
    // Marked, it stays the user's even when the block moves or goes
    CalendarRecord edited = record(uid, 1, kThu);
    edited.state = CalendarRecord::State::Edited;
    in.records = {edited};
    plan = decideCalendarSync(in);
    EXPECT_TRUE(plan.actions.isEmpty());
    EXPECT_EQ(plan.kept, 1);
    in.planned.clear();
    EXPECT_TRUE(decideCalendarSync(in).actions.isEmpty());
}

TEST(CalendarSync, AnEventTheUserDeletedIsNotCreatedAgainWhilePlanned)
{
    const QString uid = QStringLiteral("jobprep-ab-1-20261203-0");
    CalendarSyncInput in = synced({planned(uid, 1, kThu)}, {record(uid, 1, kThu)});
    in.listed.clear();
    CalendarSyncPlan plan = decideCalendarSync(in);
    ASSERT_EQ(plan.actions.size(), 1);
    EXPECT_EQ(plan.actions[0].kind, Action::MarkRemoved);
    CalendarRecord removed = record(uid, 1, kThu);
    removed.state = CalendarRecord::State::Removed;
    in.records = {removed};
    EXPECT_TRUE(decideCalendarSync(in).actions.isEmpty());
    // Once the block is no longer planned, the record goes too
    in.planned.clear();
    plan = decideCalendarSync(in);
    ASSERT_EQ(plan.actions.size(), 1);
    EXPECT_EQ(plan.actions[0].kind, Action::Forget);
}

TEST(CalendarSync, AnOrphanOfOursIsAdoptedWhenPlannedAndDeletedWhenNot)
{
    // A create whose answer was lost: the event is on the server, with our prefix and marker
    const QString kept = QStringLiteral("jobprep-ab-1-20261203-0");
    const QString gone = QStringLiteral("jobprep-ab-1-20261204-0");
    CalendarSyncInput in = input();
    in.planned = {planned(kept, 1, kThu)};
    in.listed.insert(kPath + kept + QStringLiteral(".ics"), QStringLiteral("\"o1\""));
    in.listed.insert(kPath + gone + QStringLiteral(".ics"), QStringLiteral("\"o2\""));
    in.orphans.insert(kept, kPath + kept + QStringLiteral(".ics"));
    in.orphans.insert(gone, kPath + gone + QStringLiteral(".ics"));
    const CalendarSyncPlan plan = decideCalendarSync(in);
    ASSERT_EQ(plan.actions.size(), 2);
    EXPECT_EQ(plan.actions[0].kind, Action::Update);
    EXPECT_TRUE(plan.actions[0].adopted);
    EXPECT_EQ(plan.actions[0].etag, QStringLiteral("\"o1\""));
    EXPECT_EQ(plan.actions[1].kind, Action::Delete);
    EXPECT_EQ(plan.actions[1].etag, QStringLiteral("\"o2\""));
    EXPECT_EQ(plan.count(Action::Create), 0) << "never a second copy";
}

TEST(CalendarSync, EventsOfOthersAreNeverTouched)
{
    // Someone else's events and another database's, listed in the range, and nothing planned
    CalendarSyncInput in = input();
    in.listed.insert(QStringLiteral("/u/cal/lecture.ics"), QStringLiteral("\"1\""));
    in.listed.insert(QStringLiteral("/u/cal/jobprep-cd-1-20261203-0.ics"), QStringLiteral("\"2\""));
    EXPECT_TRUE(decideCalendarSync(in).actions.isEmpty());
}

TEST(CalendarSync, ARecordOutsideTheListedDaysIsDeletedAndTheAnswerTells)
{
    // Weeks beyond the range (the user synced 4 weeks, now 2): not listed, not planned, in the future
    const QString uid = QStringLiteral("jobprep-ab-1-20270105-0");
    CalendarSyncInput in = synced({}, {record(uid, 1, QDate(2027, 1, 5))});
    in.listed.clear();
    const CalendarSyncPlan plan = decideCalendarSync(in);
    ASSERT_EQ(plan.actions.size(), 1);
    EXPECT_EQ(plan.actions[0].kind, Action::Delete);
}

TEST(CalendarSync, TheParsedUidNamesTaskDayAndBlockOnlyForItsOwnDatabase)
{
    Id task = 0;
    QDate day;
    int block = -1;
    EXPECT_TRUE(parseEventUid(QStringLiteral("jobprep-ab12-42-20261203-1"), QStringLiteral("ab12"), &task, &day, &block));
    EXPECT_EQ(task, 42);
    EXPECT_EQ(day, kThu);
    EXPECT_EQ(block, 1);
    EXPECT_FALSE(parseEventUid(QStringLiteral("jobprep-cd34-42-20261203-1"), QStringLiteral("ab12"), &task, &day, &block));
    EXPECT_FALSE(parseEventUid(QStringLiteral("jobprep-ab12-x-20261203-1"), QStringLiteral("ab12"), &task, &day, &block));
}

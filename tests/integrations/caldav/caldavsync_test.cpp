// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// Issue 18's scenarios against a real Radicale, each checked by a real independent client
// (python3-caldav) and the plan's JSON from jobprep-cli.
#include "synctestsupport.h"
#include "core/plan/weeklyplanner.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>

using namespace jobprep;
using namespace jobprep::test;

namespace {

QByteArray foreignEvent(const QString &uid, const QString &summary, const QString &startUtc, const QString &endUtc,
                        const QString &extra = {})
{
    return QStringLiteral("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//A phone//EN\r\nBEGIN:VEVENT\r\nUID:%1\r\n"
                          "DTSTAMP:20261201T000000Z\r\nDTSTART:%3\r\nDTEND:%4\r\nSUMMARY:%2\r\n%5END:VEVENT\r\nEND:VCALENDAR\r\n")
        .arg(uid, summary, startUtc, endUtc, extra)
        .toUtf8();
}

QUrl eventUrl(const QUrl &calendar, const QString &name) { return calendar.resolved(QUrl(name)); }

// The blocks of the plan on `date` that overlap [from, to) minutes of that date.
QList<PlanBlock> blocksOverlapping(Store &store, const QDate &date, int from, int to)
{
    QList<PlanBlock> out;
    for (const WeeklyPlan &w : WeeklyPlanner::planWeeks(store, kSyncToday, kSyncToday, 2))
        for (const PlanBlock &b : w.allBlocks())
            if (b.date == date && b.startMinute < to && b.endMinute() > from)
                out << b;
    return out;
}

} // namespace

TEST_F(CalendarSyncTest, FirstSyncWritesEveryBlockAndAnIndependentClientReadsThePlanBack)
{
    TempDb db(kSyncToday);
    addTasks(db);
    const QUrl calendar = freshCalendar();
    EXPECT_FALSE(db->hasRecordedPlan(kSyncToday));
    // The CLI, as a user runs it
    const CliResult r = cli(db.path(), {QStringLiteral("calendar"), QStringLiteral("sync"), QStringLiteral("--url"),
                                        server().url().toString(), QStringLiteral("--user"), RadicaleServer::user(),
                                        QStringLiteral("--password-file"), server().passwordFile(), QStringLiteral("--calendar"),
                                        calendar.path(), QStringLiteral("--json")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonObject counts = QJsonDocument::fromJson(r.out).object();
    EXPECT_GT(counts.value(QStringLiteral("created")).toInt(), 10);
    EXPECT_EQ(counts.value(QStringLiteral("updated")).toInt(), 0);
    expectCalendarIsThePlan(db.path(), db->databaseId(), calendar);
    EXPECT_TRUE(db->hasRecordedPlan(kSyncToday)) << "the day's first plan is kept for the weekly review";
    // The text form says what it did, in the words
    const CliResult again = cli(db.path(), {QStringLiteral("calendar"), QStringLiteral("sync"), QStringLiteral("--url"),
                                            server().url().toString(), QStringLiteral("--user"), RadicaleServer::user(),
                                            QStringLiteral("--password-file"), server().passwordFile(),
                                            QStringLiteral("--calendar"), calendar.path()});
    EXPECT_EQ(again.code, 0);
    EXPECT_EQ(again.out, "0 created, 0 updated, 0 deleted, 0 kept (edited in the calendar), 0 busy events read\n");
}

TEST_F(CalendarSyncTest, ASecondSyncWithNothingChangedWritesNothing)
{
    TempDb db(kSyncToday);
    addTasks(db);
    const QUrl calendar = freshCalendar();
    const CalendarSyncResult first = sync(db, calendar);
    ASSERT_TRUE(first.ok()) << first.error.toStdString();
    const QStringList before = storageSnapshot();
    const QList<CalendarRecord> records = db->calendarRecords(calendar.toString());
    const CalendarSyncResult second = sync(db, calendar);
    ASSERT_TRUE(second.ok()) << second.error.toStdString();
    EXPECT_EQ(second.created + second.updated + second.deleted + second.kept, 0);
    EXPECT_EQ(second.unchanged, first.created);
    EXPECT_EQ(storageSnapshot(), before) << "the server's files changed";
    EXPECT_EQ(db->calendarRecords(calendar.toString()), records);
}

TEST_F(CalendarSyncTest, AMovedReestimatedOrReplannedTaskIsUpdatedNeverDuplicated)
{
    TempDb db(kSyncToday);
    addTasks(db);
    const QUrl calendar = freshCalendar();
    ASSERT_TRUE(sync(db, calendar).ok());
    // Re-estimated, given a later deadline, and another pinned to Do first: every block moves
    Task spark = *db->task(1);
    spark.estimateHours = 3;
    spark.due = kSyncToday.addDays(9);
    db.service().tasks().edit(spark);
    db.service().tasks().pin({3}, Quadrant::DoFirst);
    const CalendarSyncResult r = sync(db, calendar);
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    EXPECT_GT(r.updated + r.deleted, 0);
    expectCalendarIsThePlan(db.path(), db->databaseId(), calendar);
}

TEST_F(CalendarSyncTest, ADoneOrDeletedTasksEventsAreRemovedButADoneTasksPastBlockStays)
{
    TempDb db(kSyncToday);
    addTasks(db);
    const QUrl calendar = freshCalendar();
    ASSERT_TRUE(sync(db, calendar).ok());
    // The next day: Spark is done, the SQL task deleted
    const QDate thursday = kSyncToday.addDays(1);
    QStringList stay;
    for (const CalendarRecord &rec : db->calendarRecords(calendar.toString()))
        if (rec.day == kSyncToday && rec.taskId != 3)
            stay << rec.uid;
    ASSERT_FALSE(stay.isEmpty());
    db.service().tasks().complete({1});
    db.service().tasks().remove({3});
    const CalendarSyncResult r = sync(db, calendar, thursday);
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    EXPECT_GT(r.deleted, 0);
    expectCalendarIsThePlan(db.path(), db->databaseId(), calendar, thursday, stay);
    for (const QJsonValue &e : readBack(calendar))
        EXPECT_FALSE(e.toObject().value(QStringLiteral("uid")).toString().contains(QStringLiteral("-3-")))
            << "an event of the deleted task stayed";
}

TEST_F(CalendarSyncTest, TheUsersOwnEventIsNeverTouchedAndItsHoursAreNotPlannedOver)
{
    TempDb db(kSyncToday);
    addTasks(db);
    const QUrl calendar = freshCalendar();
    // Thursday 19:00-21:00 in Seoul: a class in the user's phone calendar
    const QUrl lecture = eventUrl(calendar, QStringLiteral("lecture.ics"));
    ASSERT_EQ(server().request("PUT", lecture,
                               foreignEvent(QStringLiteral("lecture-1"), QStringLiteral("데이터베이스 수업"),
                                            QStringLiteral("20261203T100000Z"), QStringLiteral("20261203T120000Z")))
                  .status,
              201);
    const QByteArray before = server().request("GET", lecture).body;
    const CalendarSyncResult r = sync(db, calendar);
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    EXPECT_EQ(r.busyRead, 1);
    EXPECT_TRUE(blocksOverlapping(db.store(), kSyncToday.addDays(1), 19 * 60, 21 * 60).isEmpty());
    // Everything of ours goes; the class stays as it was
    db.service().tasks().remove({1, 2, 3, 4});
    ASSERT_TRUE(sync(db, calendar).ok());
    const QJsonArray left = readBack(calendar);
    ASSERT_EQ(left.size(), 1);
    EXPECT_EQ(left[0].toObject().value(QStringLiteral("uid")).toString(), QStringLiteral("lecture-1"));
    EXPECT_EQ(server().request("GET", lecture).body, before);
}

TEST_F(CalendarSyncTest, OneOfOurEventsEditedOnTheServerIsKeptReportedAndReadAsBusyTime)
{
    TempDb db(kSyncToday);
    addTasks(db);
    const QUrl calendar = freshCalendar();
    ASSERT_TRUE(sync(db, calendar).ok());
    // The user moves one of our Friday events to Friday morning on the phone
    CalendarRecord mine;
    for (const CalendarRecord &rec : db->calendarRecords(calendar.toString()))
        if (rec.day == kSyncToday.addDays(2))
            mine = rec;
    ASSERT_FALSE(mine.uid.isEmpty());
    const QUrl url = eventUrl(calendar, mine.uid + QStringLiteral(".ics"));
    QByteArray body = server().request("GET", url).body;
    const qsizetype at = body.indexOf("DTSTART", body.indexOf("BEGIN:VEVENT"));
    body.replace(at, body.indexOf("\n", body.indexOf("DTEND", at)) - at + 1,
                 "DTSTART:20261204T000000Z\r\nDTEND:20261204T010000Z\r\n");
    body.replace("SUMMARY:", "SUMMARY:(moved) ");
    const int put = server().request("PUT", url, body).status;
    ASSERT_TRUE(put >= 200 && put < 300) << put;
    const QByteArray edited = server().request("GET", url).body;
    // THEN the sync keeps it, says so, and plans around its new time
    CalendarSyncResult r = sync(db, calendar);
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    EXPECT_EQ(r.kept, 1);
    EXPECT_EQ(r.keptEvents, QStringList{mine.uid});
    EXPECT_EQ(server().request("GET", url).body, edited);
    bool busy = false;
    for (const BusyEvent &e : db->busyEvents())
        busy = busy || e.summary.startsWith(QStringLiteral("(moved)"));
    EXPECT_TRUE(busy);
    // and never writes it again, even when its task changes
    Task t = *db->task(mine.taskId);
    t.title += QStringLiteral(" v2");
    db.service().tasks().edit(t);
    r = sync(db, calendar);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.kept, 1);
    EXPECT_EQ(server().request("GET", url).body, edited);
    const CliResult status = cli(db.path(), {QStringLiteral("calendar"), QStringLiteral("status"), QStringLiteral("--json")});
    EXPECT_EQ(status.code, 0);
}

TEST_F(CalendarSyncTest, ARecurringBusyEventWithAnExceptionIsExpandedAndPlannedAround)
{
    TempDb db(kSyncToday);
    addTasks(db);
    db.service().tasks().add(makeTask(QStringLiteral("Kaggle"), Kind::Project, {}, 30));
    const QUrl calendar = freshCalendar();
    // Thursdays 19:00-21:00 Seoul for three weeks, but not the second
    ASSERT_EQ(server()
                  .request("PUT", eventUrl(calendar, QStringLiteral("class.ics")),
                           foreignEvent(QStringLiteral("class-1"), QStringLiteral("수업"), QStringLiteral("20261203T100000Z"),
                                        QStringLiteral("20261203T120000Z"),
                                        QStringLiteral("RRULE:FREQ=WEEKLY;COUNT=3\r\nEXDATE:20261210T100000Z\r\n")))
                  .status,
              201);
    const CalendarSyncResult r = sync(db, calendar);
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    EXPECT_EQ(r.busyRead, 2);
    const QList<BusyEvent> busy = db->busyEvents();
    ASSERT_EQ(busy.size(), 2);
    EXPECT_EQ(busy[0].start, QDateTime(QDate(2026, 12, 3), QTime(10, 0), Qt::UTC));
    EXPECT_EQ(busy[1].start, QDateTime(QDate(2026, 12, 17), QTime(10, 0), Qt::UTC));
    for (const QDate d : {QDate(2026, 12, 3), QDate(2026, 12, 17)})
        EXPECT_TRUE(blocksOverlapping(db.store(), d, 19 * 60, 21 * 60).isEmpty()) << d.toString(Qt::ISODate).toStdString();
    EXPECT_FALSE(blocksOverlapping(db.store(), QDate(2026, 12, 10), 19 * 60, 21 * 60).isEmpty()) << "the exception is free";
    expectCalendarIsThePlan(db.path(), db->databaseId(), calendar);
}

TEST_F(CalendarSyncTest, AWrongPasswordExitsThreeNamesTheUrlAndChangesNothing)
{
    TempDb db(kSyncToday);
    addTasks(db);
    const QUrl calendar = freshCalendar();
    ASSERT_TRUE(sync(db, calendar).ok());
    const QStringList server0 = storageSnapshot();
    db.close();
    QFile f(QDir(QFileInfo(db.path()).absolutePath()).filePath(QStringLiteral("wrong")));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("not-the-password\n");
    f.close();
    QFile file(db.path());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray dbBefore = file.readAll();
    file.close();
    const CliResult r = cli(db.path(), {QStringLiteral("calendar"), QStringLiteral("sync"), QStringLiteral("--url"),
                                        server().url().toString(), QStringLiteral("--user"), RadicaleServer::user(),
                                        QStringLiteral("--password-file"), f.fileName(), QStringLiteral("--calendar"),
                                        calendar.path()});
    EXPECT_EQ(r.code, 3);
    EXPECT_TRUE(r.err.contains(QStringLiteral("401"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(server().url().toString())) << r.err.toStdString();
    EXPECT_EQ(storageSnapshot(), server0);
    db.reopen();
    EXPECT_EQ(db->calendarRecords(calendar.toString()).size(), sync(db, calendar).unchanged);
    Q_UNUSED(dbBefore);
}

TEST_F(CalendarSyncTest, AServerStoppedMidSyncThenRestartedFinishesWithNoDuplicates)
{
    TempDb db(kSyncToday);
    addTasks(db);
    const QUrl calendar = freshCalendar();
    // The server dies after the third confirmed write, with more requests in flight
    CalendarSyncResult r = sync(db, calendar, kSyncToday, [](int written) {
        if (written == 3)
            server().stop();
    });
    EXPECT_FALSE(r.ok());
    EXPECT_TRUE(r.refusedOrUnreachable) << r.error.toStdString();
    EXPECT_TRUE(r.error.contains(server().url().toString())) << r.error.toStdString();
    EXPECT_GE(db->calendarRecords(calendar.toString()).size(), 3);
    // The plan is as it was, and the next sync finishes the job
    ASSERT_TRUE(server().start()) << server().error().toStdString();
    r = sync(db, calendar);
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    EXPECT_GT(r.created, 0);
    expectCalendarIsThePlan(db.path(), db->databaseId(), calendar);
}

TEST_F(CalendarSyncTest, AnEventWhoseAnswerWasLostIsAdoptedNotCreatedTwice)
{
    TempDb db(kSyncToday);
    addTasks(db);
    const QUrl calendar = freshCalendar();
    ASSERT_TRUE(sync(db, calendar).ok());
    // As if the server wrote two events but their answers never came: no record of them here
    const QList<CalendarRecord> records = db->calendarRecords(calendar.toString());
    ASSERT_GE(records.size(), 2);
    db.service().calendar().forgetEvent(calendar.toString(), records[0].uid);
    db.service().calendar().forgetEvent(calendar.toString(), records[1].uid);
    const CalendarSyncResult r = sync(db, calendar);
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    EXPECT_EQ(r.created, 2); // taken over by If-Match on the ETag the server listed
    EXPECT_EQ(db->calendarRecords(calendar.toString()).size(), records.size());
    expectCalendarIsThePlan(db.path(), db->databaseId(), calendar);
}

TEST_F(CalendarSyncTest, TwoDatabasesSyncingIntoOneCalendarNeverTouchEachOthersEvents)
{
    TempDb a(kSyncToday), b(kSyncToday);
    addTasks(a);
    addTasks(b);
    ASSERT_NE(a->databaseId(), b->databaseId());
    const QUrl calendar = freshCalendar();
    ASSERT_TRUE(sync(a, calendar).ok());
    const CalendarSyncResult rb = sync(b, calendar);
    ASSERT_TRUE(rb.ok()) << rb.error.toStdString();
    EXPECT_GT(rb.busyRead, 0) << "the other database's blocks are busy time here";
    const CalendarSyncResult ra = sync(a, calendar);
    ASSERT_TRUE(ra.ok());

    const QStringList bFiles = [&] {
        QStringList out;
        for (const QString &line : storageSnapshot())
            if (line.contains(b->databaseId()))
                out << line;
        return out;
    }();
    // a deletes everything: b's events stay byte for byte
    a.service().tasks().remove({1, 2, 3, 4});
    ASSERT_TRUE(sync(a, calendar).ok());
    QStringList after;
    for (const QString &line : storageSnapshot()) {
        EXPECT_FALSE(line.contains(a->databaseId())) << line.toStdString();
        if (line.contains(b->databaseId()))
            after << line;
    }
    EXPECT_EQ(after, bFiles);
    expectCalendarIsThePlan(b.path(), b->databaseId(), calendar);
}

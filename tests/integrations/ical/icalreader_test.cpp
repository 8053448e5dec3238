// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// iCalendar read with libical: repeating events expanded, exceptions, zones, all-day events.
#include "integrations/ical/icalreader.h"

#include <QFile>
#include <gtest/gtest.h>

using namespace jobprep;

namespace {

QByteArray calendar(const QString &events)
{
    return (QStringLiteral("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\n") + events + QStringLiteral("END:VCALENDAR\r\n")).toUtf8();
}

QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(JOBPREP_FIXTURES "/calendar/") + QLatin1String(name));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << name;
    return f.readAll();
}

QDateTime utc(int y, int m, int d, int h, int min = 0) { return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC); }

} // namespace

TEST(IcalReader, ATimetableExpandsItsWeeklyClassesLessTheExceptionAndKeepsTheAllDayExam)
{
    IcalReader r;
    QString error;
    ASSERT_TRUE(r.read(fixture("timetable.ics"), QStringLiteral("timetable.ics"), &error)) << error.toStdString();
    EXPECT_EQ(r.eventCount(), 3);
    const QList<BusyEvent> busy = r.busy(utc(2026, 12, 6, 15), utc(2026, 12, 13, 15)); // Mon..Sun in Seoul
    ASSERT_EQ(busy.size(), 2) << "Monday's class and the exam; Wednesday's class is excepted, office hours are free";
    EXPECT_EQ(busy[0].summary, QStringLiteral("데이터베이스 (야간)"));
    EXPECT_EQ(busy[0].time, BusyEvent::Time::Instant);
    EXPECT_EQ(busy[0].start, utc(2026, 12, 7, 10)); // 19:00 KST
    EXPECT_EQ(busy[0].end, utc(2026, 12, 7, 11, 30));
    EXPECT_EQ(busy[1].time, BusyEvent::Time::AllDay);
    EXPECT_EQ(busy[1].start.date(), QDate(2026, 12, 12));
    EXPECT_EQ(busy[1].end.date(), QDate(2026, 12, 13)) << "one day long, not two";
    // The week before has both classes; the week after the UNTIL none
    EXPECT_EQ(r.busy(utc(2026, 11, 29, 15), utc(2026, 12, 6, 15)).size(), 2);
    EXPECT_TRUE(r.busy(utc(2026, 12, 20, 15), utc(2026, 12, 27, 15)).isEmpty());
}

TEST(IcalReader, AWeeklyEventKeepsItsWallClockTimeAcrossADaylightSavingChange)
{
    IcalReader r;
    QString error;
    ASSERT_TRUE(r.read(calendar(QStringLiteral(
                           "BEGIN:VEVENT\r\nUID:b\r\nDTSTAMP:20260101T000000Z\r\nDTSTART;TZID=Europe/Berlin:20261019T190000\r\n"
                           "DTEND;TZID=Europe/Berlin:20261019T200000\r\nRRULE:FREQ=WEEKLY;COUNT=2\r\nSUMMARY:Chor\r\nEND:VEVENT\r\n")),
                       QStringLiteral("berlin"), &error))
        << error.toStdString();
    const QList<BusyEvent> busy = r.busy(utc(2026, 10, 1, 0), utc(2026, 11, 1, 0));
    ASSERT_EQ(busy.size(), 2);
    EXPECT_EQ(busy[0].start, utc(2026, 10, 19, 17)); // CEST, +02:00
    EXPECT_EQ(busy[1].start, utc(2026, 10, 26, 18)); // CET, +01:00
}

TEST(IcalReader, AMovedInstanceReplacesItsOccurrenceAndCancelledOrFloatingEventsReadAsTheySay)
{
    IcalReader r;
    QString error;
    ASSERT_TRUE(r.read(calendar(QStringLiteral(
                           "BEGIN:VEVENT\r\nUID:s\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:20261201T100000Z\r\nDTEND:20261201T110000Z\r\n"
                           "RRULE:FREQ=DAILY;COUNT=3\r\nSUMMARY:Standup\r\nEND:VEVENT\r\n"
                           "BEGIN:VEVENT\r\nUID:s\r\nDTSTAMP:20260101T000000Z\r\nRECURRENCE-ID:20261202T100000Z\r\n"
                           "DTSTART:20261202T130000Z\r\nDTEND:20261202T140000Z\r\nSUMMARY:Standup (later)\r\nEND:VEVENT\r\n"
                           "BEGIN:VEVENT\r\nUID:c\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:20261202T100000Z\r\nDTEND:20261202T110000Z\r\n"
                           "STATUS:CANCELLED\r\nSUMMARY:Off\r\nEND:VEVENT\r\n"
                           "BEGIN:VEVENT\r\nUID:f\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:20261203T190000\r\nDTEND:20261203T200000\r\n"
                           "SUMMARY:Gym\r\nEND:VEVENT\r\n")),
                       QStringLiteral("mixed"), &error))
        << error.toStdString();
    const QList<BusyEvent> busy = r.busy(utc(2026, 11, 30, 0), utc(2026, 12, 7, 0));
    QStringList seen;
    for (const BusyEvent &e : busy)
        seen << e.summary + QLatin1Char('@') + e.start.toString(QStringLiteral("dd HH:mm"));
    seen.sort();
    EXPECT_EQ(seen, (QStringList{QStringLiteral("Gym@03 19:00"), QStringLiteral("Standup (later)@02 13:00"),
                                 QStringLiteral("Standup@01 10:00"), QStringLiteral("Standup@03 10:00")}));
    for (const BusyEvent &e : busy)
        EXPECT_EQ(e.time, e.summary == QLatin1String("Gym") ? BusyEvent::Time::Floating : BusyEvent::Time::Instant);
}

TEST(IcalReader, AnEventWithoutAReadableStartIsRefusedNamingItsLine)
{
    IcalReader r;
    QString error;
    EXPECT_FALSE(r.read(fixture("broken.ics"), QStringLiteral("broken.ics"), &error));
    EXPECT_TRUE(error.startsWith(QStringLiteral("broken.ics: line 10"))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("스터디 모임"))) << error.toStdString();
    EXPECT_FALSE(r.read("hello, world", QStringLiteral("notes.txt"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("notes.txt: not an iCalendar file"))) << error.toStdString();
}

TEST(IcalReader, AnEventOfThisAppNamesItsDatabase)
{
    IcalReader r;
    QString error;
    ASSERT_TRUE(r.read(calendar(QStringLiteral("BEGIN:VEVENT\r\nUID:jobprep-ab-1-20261203-0\r\nDTSTAMP:20260101T000000Z\r\n"
                                               "DTSTART:20261203T100000Z\r\nX-JOBPREP-DB:ab\r\nEND:VEVENT\r\n")),
                       QStringLiteral("x"), &error));
    EXPECT_EQ(r.uid(), QStringLiteral("jobprep-ab-1-20261203-0"));
    EXPECT_EQ(r.marker(), QStringLiteral("ab"));
}

// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "domain.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace jobprep {

// Where a busy event came from: read back from the CalDAV calendar (replaced at each sync), or
// imported from an .ics file (`jobprep-cli busy import`, replaced at each import).
enum class BusySource
{
    Calendar,
    File
};

// Time the plan must leave free: an event this database did not make (a class, a shift, an
// interview), one occurrence of it when it repeats. Three kinds of time, as iCalendar has them:
// - Instant: start and end are UTC instants (a TZID or a UTC time in the file);
// - Floating: wall-clock times in whatever zone the plan is made in (no zone in the file);
// - AllDay: whole local days, start's date up to end's date (exclusive), both at 00:00.
struct BusyEvent
{
    enum class Time
    {
        Instant,
        Floating,
        AllDay
    };
    Id id = 0;
    BusySource source = BusySource::Calendar;
    QString summary;
    QDateTime start, end; // Qt::UTC specs; see Time for what they mean
    Time time = Time::Instant;

    bool operator==(const BusyEvent &) const = default;
};

// One event this database wrote into the calendar, as the last confirmed response left it: the
// sync state (issue 18). `content` is a hash of what was written, so a changed block is noticed
// without reading the event back.
struct CalendarRecord
{
    enum class State
    {
        Synced, // as we wrote it (its ETag is ours)
        Edited, // the user changed it in the calendar: theirs now, never written again
        Removed // the user deleted it in the calendar: not written again
    };
    QString uid;
    QString calendar; // the collection's URL
    QString href;     // the event's path on the server
    QString etag;
    Id taskId = 0;
    QDate day;
    int block = 0; // the block's index among the task's blocks on that day
    QDateTime end; // UTC: when the block is over (past blocks of a done task stay)
    QByteArray content;
    State state = State::Synced;

    bool operator==(const CalendarRecord &) const = default;
};

// The raw iCalendar of an event of someone else in the calendar, kept by href and ETag, so a sync
// re-reads only what changed and still expands a repeating event into each week it reaches.
struct CalendarObject
{
    QString href;
    QString etag;
    QByteArray data;
};

// The CalDAV account a database syncs with. The password is never here: it lives in the system
// keyring (or a file the user names to jobprep-cli).
struct CalendarAccount
{
    QString url;        // the server's URL as the user gave it
    QString user;
    QString collection; // the calendar's URL (empty: found from `url`)
    int weeks = 2;      // this week and the next N
    bool autoSync = false; // sync after every change to the plan (the app, debounced)
    QString lastSync;   // the last sync's summary, with its time (ISO 8601 UTC), for `calendar status`
    QDateTime lastSyncAt;

    bool isSet() const { return !url.isEmpty() && !user.isEmpty(); }
    bool operator==(const CalendarAccount &) const = default;
};

} // namespace jobprep

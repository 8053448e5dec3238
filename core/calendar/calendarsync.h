// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/calendar.h"
#include "plannedevents.h"

#include <QHash>

namespace jobprep {

// What a sync knows before it writes anything.
struct CalendarSyncInput
{
    QString calendar;              // the collection's URL (the sync state is kept per collection)
    QString collectionPath;        // its path on the server, where new events go
    QList<PlannedEvent> planned;   // this week and the next N, as the plan has them now
    QList<CalendarRecord> records; // the sync state of this collection
    // What the server holds on the days first..last (a calendar-query REPORT with that time-range):
    // href -> ETag. Events outside those days are not listed.
    QHash<QString, QString> listed;
    QDate first, last;
    // Events in `listed` that carry this database's UID prefix and X-JOBPREP-DB marker but have no
    // record (a create whose answer was lost): UID -> href.
    QHash<QString, QString> orphans;
    QHash<Id, Status> tasks; // the status of each recorded task; a deleted task is missing
    QDateTime now;           // UTC
};

struct CalendarAction
{
    enum class Kind
    {
        Create,     // PUT with If-None-Match: *
        Update,     // PUT with If-Match: etag
        Delete,     // DELETE with If-Match: etag
        MarkEdited, // the user changed it in the calendar: theirs from now on
        MarkRemoved, // the user deleted it in the calendar: not written again while planned
        Forget      // nothing of it is left on the server
    };
    Kind kind = Kind::Create;
    QString uid;
    QString href;
    QString etag;    // If-Match (Update, Delete)
    int planned = -1; // index into CalendarSyncInput::planned (Create, Update)
    bool adopted = false; // an orphan of ours: no record yet
};

// The decision, pure: given the plan, the sync state and what the server lists, what to write.
// Only events this database made are ever updated or deleted (its records, and orphans that carry
// its UID prefix and marker); anything else on the server is left alone.
// - A planned block with no event is created; one whose content changed is updated with If-Match.
// - An event of ours whose ETag differs from the one we stored was edited by the user: it is kept
//   (their edit wins, and the sync reads it as busy time) and never written again. One the user
//   deleted is not created again while the block is planned.
// - An event whose block is no longer planned is deleted, unless it is over and its task still
//   exists (done or not): the day's record stays. A deleted task's events all go.
// - Nothing changed: no action at all.
struct CalendarSyncPlan
{
    QList<CalendarAction> actions;
    int unchanged = 0; // planned events already as the server has them
    int kept = 0;      // planned events the user edited or deleted in the calendar, left alone
    int count(CalendarAction::Kind kind) const;
};

CalendarSyncPlan decideCalendarSync(const CalendarSyncInput &input);

} // namespace jobprep

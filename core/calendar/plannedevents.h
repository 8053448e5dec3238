// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/plan/weeklyplan.h"

#include <QByteArray>
#include <QTimeZone>

namespace jobprep {

// One planned block as the calendar should hold it.
struct PlannedEvent
{
    QString uid;
    Id taskId = 0;
    QDate day;
    int block = 0;     // index among the task's blocks that day
    QDateTime end;     // UTC
    QByteArray body;   // the calendar object to PUT (blockToIcs)
    QByteArray content; // a hash of the body without its DTSTAMP: what the sync state compares
};

// Every block of `plans` as an event in `zone`, with the plans' database id in its UID.
QList<PlannedEvent> plannedEvents(const QList<WeeklyPlan> &plans, const QTimeZone &zone, const QDateTime &stamp);

// The href an event of ours gets in a collection: its UID, which is made of [a-z0-9-] only.
QString eventHref(const QString &collectionPath, const QString &uid);

// Reads a UID of `databaseId` back: its task, day and block; false for anyone else's UID.
bool parseEventUid(const QString &uid, const QString &databaseId, Id *taskId, QDate *day, int *block);

} // namespace jobprep

// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/plan/weeklyplan.h"

#include <QByteArray>
#include <QTimeZone>

namespace jobprep {

// iCalendar (RFC 5545): a VEVENT per block in local time with TZID=zone and the zone's VTIMEZONE,
// CRLF line ends, TEXT escaping and lines folded at 75 octets without splitting a UTF-8 character.
// `stamp` is the DTSTAMP (injected so tests and repeated exports are reproducible).
QByteArray planToIcs(const WeeklyPlan &plan, const QTimeZone &zone, const QDateTime &stamp);
// Several weeks in one calendar (the rolling feed, `plan --format ics --weeks N`).
QByteArray plansToIcs(const QList<WeeklyPlan> &plans, const QTimeZone &zone, const QDateTime &stamp);
// One block as a calendar object of its own, as CalDAV stores it (RFC 4791 §4.1): a VCALENDAR with
// the zone's VTIMEZONE and the block's VEVENT, as planToIcs writes it.
QByteArray blockToIcs(const PlanBlock &block, const QString &databaseId, const QTimeZone &zone,
                      const QDateTime &stamp);

QString icsEscaped(const QString &text);     // \\ ; , and newlines as RFC 5545 §3.3.11 asks
QByteArray icsFolded(const QString &line);   // one content line, folded, ending in CRLF
// The same block exported or synced twice keeps its UID, built from the database's random id (so
// two databases never share one), the task id, the date and the block's index among that task's
// blocks on that date: "jobprep-<database id>-<task>-<yyyymmdd>-<index>". Re-importing a calendar
// then updates events, never duplicates them.
QString icsUid(const PlanBlock &block, const QString &databaseId);
// What every UID of that database starts with.
QString icsUidPrefix(const QString &databaseId);
// The property that marks an event as written by a database (its id is the value).
inline constexpr char kDatabaseProperty[] = "X-JOBPREP-DB";

} // namespace jobprep

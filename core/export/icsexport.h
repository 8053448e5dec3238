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

QString icsEscaped(const QString &text);     // \\ ; , and newlines as RFC 5545 §3.3.11 asks
QByteArray icsFolded(const QString &line);   // one content line, folded, ending in CRLF
// The same block exported twice keeps its UID: a hash of task id, date and the block's index among
// that task's blocks on that date. Re-importing a calendar then updates events, never duplicates them.
QString icsUid(const PlanBlock &block);

} // namespace jobprep

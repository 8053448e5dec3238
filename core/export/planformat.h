// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/plan/weeklyplan.h"

#include <QString>

// Spellings shared by every plan export and the plan view, so that all of them say the same thing.
namespace jobprep::planformat {

QString hoursText(int minutes);          // "2h", "1.5h", "0.25h"
QString hoursNumber(int minutes);        // "2", "1.5": for CSV and JSON
QString clockText(int minuteOfDay);      // "19:00"; wraps past midnight
QString timeRange(const PlanBlock &b);   // "19:00–21:00"
QString weekdayName(const QDate &date);  // "Monday", fixed English so exports do not depend on the locale
QString dateText(const QDate &date);     // "2026-11-30"
QString quadrantKey(Quadrant q);         // "do-first", "schedule", "limit", "drop"
QString quadrantName(Quadrant q);        // "Do first": fixed English, like the CSV header
QString quadrantColor(Quadrant q);       // "#c0392b": the same colour in the view, HTML and PDF
QString weekTitle(const WeeklyPlan &plan); // "Week 2026-W49 · 2026-11-30 – 2026-12-06"
// "…and 312 more (420h missing in all)" after a list cut at WeeklyPlan::kListed; empty when not cut.
QString moreText(int more, int allMinutes, const QString &what);

} // namespace jobprep::planformat

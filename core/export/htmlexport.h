// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/plan/weeklyplan.h"

#include <QString>

namespace jobprep {

// One self-contained printable page (inline CSS, no scripts, no external files), every text
// HTML-escaped. Kept to tables and simple CSS so that QTextDocument renders it the same way for
// the PDF export as a browser does.
QString planToHtml(const WeeklyPlan &plan);
// "JobPrep · 2026-W49 …": the page's <title>, and the PDF's.
QString planPageTitle(const WeeklyPlan &plan);

} // namespace jobprep

// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/plan/weeklyplan.h"

#include <QByteArray>

namespace jobprep {

// RFC 4180 CSV, UTF-8 with a byte order mark (so Excel reads Korean correctly) and CRLF line ends.
// One row per block: date,start,end,hours,task,kind,quadrant,company,posting.
QByteArray planToCsv(const WeeklyPlan &plan);
QString csvField(const QString &text); // quoted only when it has to be

} // namespace jobprep

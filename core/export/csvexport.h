// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/plan/weeklyplan.h"

#include <QByteArray>

namespace jobprep {

// RFC 4180 CSV, UTF-8 with a byte order mark (so Excel reads Korean correctly) and CRLF line ends.
// One row per block: date,start,end,hours,task,kind,quadrant,company,posting.
QByteArray planToCsv(const WeeklyPlan &plan);
// One cell: a ' in front when it starts with =, +, -, @, tab or carriage return (against formula
// injection, as OWASP advises), then quoted only when it has to be.
QString csvField(const QString &cell);

} // namespace jobprep

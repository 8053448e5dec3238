// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QStringList>
#include <QTimeZone>

namespace jobprep {

// The VTIMEZONE component (RFC 5545 §3.6.5) for `zone`, unfolded lines without line ends: the
// observance in force at `fromUtc` and one per transition up to `toUtc`, taken from QTimeZone, so
// a zone without daylight saving (Asia/Seoul) gets one STANDARD block and Europe/Berlin gets its
// STANDARD/DAYLIGHT switches.
QStringList vtimezoneLines(const QTimeZone &zone, const QDateTime &fromUtc, const QDateTime &toUtc);
QString icsUtcOffset(int seconds); // "+0900", "-0330", "+054500"

} // namespace jobprep

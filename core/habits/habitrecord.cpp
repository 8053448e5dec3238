// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "habitrecord.h"

namespace jobprep {

QDate localDay(qint64 secondsSinceEpoch, const QTimeZone &zone)
{
    return QDateTime::fromSecsSinceEpoch(secondsSinceEpoch, zone).date();
}

} // namespace jobprep

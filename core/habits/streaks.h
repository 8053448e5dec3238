// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/enums.h"

#include <QDate>
#include <QList>

namespace jobprep::habits {

// A daily habit's period is its day; a weekly habit's is its ISO week (Monday to Sunday), named
// by its Monday.
QDate periodOf(const QDate &day, Repeat repeat);
int periodDays(Repeat repeat); // 1 or 7

struct Streaks
{
    // Consecutive done periods up to this one, or up to the last one while this one is not done
    // yet: a streak is not broken before the period is over.
    int current = 0;
    int longest = 0;
    // Consecutive done periods up to the latest done one, and that period's latest done day.
    int run = 0;
    QDate lastDone;
};

// The streaks of a habit done on `doneDays` (any order; repeats are fine). Days after today count
// for `run` and `longest` but not for `current`.
Streaks streaks(QList<QDate> doneDays, Repeat repeat, const QDate &today);

// The next occurrence after a habit was last done on `lastDone`: the next day, or the same weekday
// of the next week (which is in the next ISO week).
QDate nextOccurrence(const QDate &lastDone, Repeat repeat);

// The current streak from what a task row keeps (its run and its next occurrence, which the store
// derives from the record): alive while the period before the next occurrence is this period or
// the last one.
int liveStreak(int run, const QDate &nextDue, Repeat repeat, const QDate &today);

// How many of the periods from `from` to `to` (both included) are done, and how many there are.
struct Kept
{
    int done = 0;
    int of = 0;
};
Kept kept(const QList<QDate> &doneDays, Repeat repeat, const QDate &from, const QDate &to);

} // namespace jobprep::habits

// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// What a task, company or posting may hold: one definition each. The store refuses anything
// outside (Store::validate), the CLI names these bounds in its messages, and the editors set their
// widget ranges from them, so that no form can show a stored value differently from what it is.
// In the bottom folder because the store, the last line of defence, reads them too.
#pragma once

#include <QDate>

namespace jobprep::limits {

// A task's estimate is more than 0 and at most this many hours.
inline constexpr double kMaxEstimateHours = 1000;
// The editor shows an estimate to the hundredth of an hour; the smallest it can show.
inline constexpr int kEstimateDecimals = 2;
inline constexpr double kMinShownEstimateHours = 0.01;

inline constexpr int kMaxTitleLength = 300;         // a task's or a posting's title
inline constexpr int kMaxNameLength = 200;          // a company's name
inline constexpr int kMaxNotesLength = 100000;      // notes, coding-test notes
inline constexpr int kMaxUrlLength = 2000;          // a website or posting URL
inline constexpr int kMaxLineLength = 5000;         // one line of a posting
inline constexpr int kMaxPostingText = 1024 * 1024; // a posting's pasted text

inline constexpr int kMinInterest = 1;
inline constexpr int kMaxInterest = 5;
inline constexpr int kMaxStreak = 100000;

// Due dates, deadlines, done dates and stage-change dates: a date edit can show all of these.
inline QDate firstDate()
{
    return QDate(1900, 1, 1);
}
inline QDate lastDate()
{
    return QDate(9999, 12, 31);
}
inline bool dateInRange(const QDate &d)
{
    return !d.isValid() || (d >= firstDate() && d <= lastDate());
}

} // namespace jobprep::limits

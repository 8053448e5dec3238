// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>

namespace jobprep {

// Strict YYYY-MM-DD: rejects 2026-02-30, 2026-2-3 and trailing text.
std::optional<QDate> parseIsoDate(QStringView text);
// QDate(year, month, day) for a year from 1 to 9999 without going through QCalendar (a few hundred
// instructions per date in Qt 6.4; the board reads thousands): the same day, or an invalid date
// exactly where QDate's would be invalid. Any other year goes to QDate itself.
QDate gregorianDate(int year, int month, int day);

// QDateTime::toString(Qt::ISODate), by hand for local and UTC times (written for every stored task).
QString isoDateTimeText(const QDateTime &dateTime);

// "D-3", "D-day", "D+2": how Korean job seekers read a deadline. Empty for an invalid date.
QString dDay(const QDate &deadline, const QDate &today);

// ISO week "2026-W49": its Monday, or nullopt.
std::optional<QDate> parseIsoWeek(QStringView text);
QString isoWeekName(const QDate &anyDayInWeek);

} // namespace jobprep

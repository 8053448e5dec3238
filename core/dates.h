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

// "D-3", "D-day", "D+2": how Korean job seekers read a deadline. Empty for an invalid date.
// QDateTime::toString(Qt::ISODate), by hand for local and UTC times (written for every stored task).
QString isoDateTimeText(const QDateTime &dateTime);

QString dDay(const QDate &deadline, const QDate &today);

// ISO week "2026-W49": its Monday, or nullopt.
std::optional<QDate> parseIsoWeek(QStringView text);
QString isoWeekName(const QDate &anyDayInWeek);

} // namespace jobprep

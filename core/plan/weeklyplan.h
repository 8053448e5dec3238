// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/domain.h"

#include <QDateTime>
#include <QList>
#include <array>

namespace jobprep {

// One stretch of work on one day. Times are kept in whole minutes so that the plan is exact and
// the same inputs always give byte-identical exports.
struct PlanBlock
{
    Id taskId = 0;
    QString title;
    Kind kind = Kind::Other;
    Quadrant quadrant = Quadrant::None;
    QString company;  // empty: none
    QString posting;  // title of the linked posting, empty: none
    QDate date;
    QDate deadline;   // the task's effective deadline, invalid: none
    int startMinute = 0; // minutes after midnight of `date`; may pass 24:00 on a long evening
    int minutes = 0;
    int part = 1;       // 1-based, counting the task's blocks through the week
    int indexInDay = 0; // 0-based, counting this task's blocks on this date (for stable calendar UIDs)
    bool habit = false;

    double hours() const { return minutes / 60.0; }
    int endMinute() const { return startMinute + minutes; }
    // Wall-clock times. The Qt::UTC spec only keeps the arithmetic free of daylight-saving jumps;
    // read them as local times of whatever zone the plan is shown in.
    QDateTime start() const { return QDateTime(date, QTime(0, 0), Qt::UTC).addSecs(qint64(startMinute) * 60); }
    QDateTime end() const { return QDateTime(date, QTime(0, 0), Qt::UTC).addSecs(qint64(endMinute()) * 60); }
};

// Time the plan leaves free: a piece, within one date, of an event in the user's calendar or
// timetable (a class, a shift, an interview), in wall-clock minutes of that date.
struct BusyBlock
{
    QDate date;
    int startMinute = 0; // 0..1440
    int minutes = 0;
    QString title;
    bool allDay = false;

    int endMinute() const { return startMinute + minutes; }
    bool operator==(const BusyBlock &) const = default;
};

struct PlanDay
{
    QDate date;
    int capacityMinutes = 0; // the settings' hours of the day less the busy time inside them
    int busyMinutes = 0;     // of the settings' hours, taken by busy time
    int usedMinutes = 0;
    bool past = false; // before today: nothing is planned on it
    QList<PlanBlock> blocks; // in the order to do them
    QList<BusyBlock> busy;   // the busy pieces on this date, by start (whether inside the hours or not)
};

// A task that cannot be finished before its deadline (or a habit that does not fit on a day).
struct AtRiskItem
{
    Id taskId = 0;
    QString title;
    Kind kind = Kind::Other;
    Quadrant quadrant = Quadrant::None;
    QString company;
    QString posting;
    QDate deadline;
    int plannedMinutes = 0;
    int missingMinutes = 0;
    bool habit = false;
};

// A task that did not fit this week and has no deadline inside it.
struct CarryOverItem
{
    Id taskId = 0;
    QString title;
    Kind kind = Kind::Other;
    Quadrant quadrant = Quadrant::None;
    QString company;
    QString posting;
    QDate deadline;
    int plannedMinutes = 0;
    int remainingMinutes = 0;
};

struct WeeklyPlan
{
    QDate monday;
    QDate today;
    QString databaseId; // of the database it was planned from: the calendar UIDs are built from it
    std::array<PlanDay, 7> days;
    // The two lists hold their first kListed items (the most pressing at risk first, next week in
    // the planner's order); the totals count every task that belongs in them. At 100 000 tasks the
    // lists would hold tens of thousands of items that no one reads in a week's plan.
    static constexpr int kListed = 50;
    QList<AtRiskItem> atRisk;
    QList<CarryOverItem> nextWeek;
    int atRiskTotal = 0;
    int atRiskMinutes = 0; // missing, of all of them
    int nextWeekTotal = 0;
    int nextWeekMinutes = 0; // remaining, of all of them

    QDate sunday() const { return monday.addDays(6); }
    QString weekName() const;
    int capacityMinutes() const; // of the days not in the past
    int usedMinutes() const;
    int blockCount() const;
    QList<PlanBlock> allBlocks() const; // day by day, in order
};

} // namespace jobprep

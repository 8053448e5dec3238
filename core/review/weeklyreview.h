// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/domain.h"
#include "core/plan/weeklyplan.h"
#include "core/domain/plannedblock.h"

#include <array>

namespace jobprep {

// Everything the review of one week reads, as plain data (reviewinput.h reads it from the store).
struct ReviewInput
{
    QDate monday;
    QDate today;
    double protectedShare = 0.4;
    // The plans recorded on the days of the week (each the whole week as computed that day).
    QList<PlannedBlock> planned;
    // Work done in the week: each task completed in it, and each period a habit was kept.
    struct Done
    {
        Id taskId = 0;
        QString title;
        Quadrant quadrant = Quadrant::None; // where it was planned, or where the rules placed it
        int minutes = 0;                    // its estimate
        bool habit = false;
    };
    QList<Done> done;
    struct Habit
    {
        Id taskId = 0;
        QString title;
        Repeat repeat = Repeat::Daily;
        QList<QDate> doneDays;
        int current = 0;
        int longest = 0;
    };
    QList<Habit> habits;
    // The requirement lines of the target companies' postings open in the week, each with the day a
    // task closing it was first done (invalid: still open).
    struct Line
    {
        Id companyId = 0;
        QString company;
        QDate closedOn;
    };
    QList<Line> lines;
    // Tasks (not habits) due in the week, with the day they were done (invalid: open).
    struct Due
    {
        Id taskId = 0;
        QString title;
        QDate due;
        QDate doneOn;
    };
    QList<Due> due;
    // What the planner sees at risk in the week after.
    QList<AtRiskItem> atRiskNext;
    int atRiskNextTotal = 0;
};

struct WeeklyReview
{
    QDate monday;
    QDate lastDay;       // Sunday, or today while the week is not over
    bool partial = false; // the week is not over
    // Minutes by quadrant (index: 1 Do first … 4 Drop; 0 none): planned at the start of each day,
    // and done (estimates of what was completed, habits once per period kept).
    std::array<int, 5> planned{};
    std::array<int, 5> done{};
    int daysWithoutPlan = 0; // days of the week before which no plan was recorded
    double scheduleShare = 0; // of the done minutes
    double protectedShare = 0.4;
    struct HabitKept
    {
        Id taskId = 0;
        QString title;
        Repeat repeat = Repeat::Daily;
        int kept = 0;
        int of = 0; // days (weeks) of the week so far
        int current = 0;
        int longest = 0;
    };
    QList<HabitKept> habits;
    struct Company
    {
        Id companyId = 0;
        QString name;
        int lines = 0;       // requirement lines
        int closedBefore = 0; // closed before Monday
        int closedAfter = 0;  // closed by the last day
        int closedInWeek() const { return closedAfter - closedBefore; }
        double readinessStart() const { return lines ? double(closedBefore) / lines : 0; }
        double readinessEnd() const { return lines ? double(closedAfter) / lines : 0; }
    };
    QList<Company> companies; // by name
    QList<ReviewInput::Due> slipped; // due in the week and not done by their due date, by due date
    QList<AtRiskItem> atRisk;
    int atRiskTotal = 0;

    QDate sunday() const { return monday.addDays(6); }
    int plannedTotal() const;
    int doneTotal() const;
};

// The review of the week of `in.monday`. Pure: the same input gives the same review.
WeeklyReview buildReview(const ReviewInput &in);

} // namespace jobprep

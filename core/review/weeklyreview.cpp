// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "weeklyreview.h"
#include "core/habits/streaks.h"

#include <QMap>
#include <algorithm>
#include <numeric>

namespace jobprep {

int WeeklyReview::plannedTotal() const { return std::accumulate(planned.cbegin(), planned.cend(), 0); }
int WeeklyReview::doneTotal() const { return std::accumulate(done.cbegin(), done.cend(), 0); }

WeeklyReview buildReview(const ReviewInput &in)
{
    WeeklyReview r;
    r.monday = in.monday;
    r.partial = in.today <= r.sunday();
    r.lastDay = r.partial ? std::max(in.today, in.monday) : r.sunday();
    r.protectedShare = in.protectedShare;

    // What each day started with: that day's blocks in the plan recorded last before it ended
    // (the one of that morning, or of an earlier day of the week when the app was not opened).
    for (QDate day = in.monday; day <= r.lastDay; day = day.addDays(1)) {
        QDate source;
        for (const PlannedBlock &b : in.planned)
            if (b.recordedOn <= day && b.recordedOn >= in.monday && (!source.isValid() || b.recordedOn > source))
                source = b.recordedOn;
        // A day may start with nothing planned; a record with no block still says so.
        bool recorded = source.isValid();
        for (const PlannedBlock &b : in.planned)
            if (b.recordedOn == source && b.date == day)
                r.planned[std::size_t(b.quadrant)] += b.minutes;
        if (!recorded)
            ++r.daysWithoutPlan;
    }
    for (const ReviewInput::Done &d : in.done)
        r.done[std::size_t(d.quadrant)] += d.minutes;
    const int doneTotal = r.doneTotal();
    r.scheduleShare = doneTotal ? double(r.done[std::size_t(Quadrant::Schedule)]) / doneTotal : 0;

    for (const ReviewInput::Habit &h : in.habits) {
        const habits::Kept k = habits::kept(h.doneDays, h.repeat, in.monday, r.lastDay);
        r.habits.append({h.taskId, h.title, h.repeat, k.done, k.of, h.current, h.longest});
    }

    QMap<QString, WeeklyReview::Company> companies;
    for (const ReviewInput::Line &l : in.lines) {
        WeeklyReview::Company &c = companies[l.company];
        c.companyId = l.companyId;
        c.name = l.company;
        ++c.lines;
        if (l.closedOn.isValid() && l.closedOn < in.monday)
            ++c.closedBefore;
        if (l.closedOn.isValid() && l.closedOn <= r.lastDay)
            ++c.closedAfter;
    }
    r.companies = companies.values();

    for (const ReviewInput::Due &d : in.due)
        if (d.due >= in.monday && d.due <= r.sunday() && d.due < in.today && (!d.doneOn.isValid() || d.doneOn > d.due))
            r.slipped << d;
    std::stable_sort(r.slipped.begin(), r.slipped.end(),
                     [](const ReviewInput::Due &a, const ReviewInput::Due &b) { return a.due < b.due; });
    r.atRisk = in.atRiskNext;
    r.atRiskTotal = in.atRiskNextTotal;
    return r;
}

} // namespace jobprep

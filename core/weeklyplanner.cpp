// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "weeklyplanner.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace jobprep {
namespace {

constexpr int kDays = 7;
// A leftover sliver of a day smaller than this is not worth a block (unless the task needs less).
constexpr int kMinBlockMinutes = 15;
constexpr int kUnlimited = std::numeric_limits<int>::max();

int toMinutes(double hours) { return int(std::lround(std::max(0.0, hours) * 60.0)); }

struct Work
{
    const PlacedTask *task = nullptr;
    QString posting;
    int estimate = 0;
    int planned = 0;
    int habitMissing = 0;
    QDate firstMissed;
    int order = 0; // position in the order the planner served the tasks
};

struct Slot
{
    int work = 0; // index into m_work
    int minutes = 0;
};

// The mutable state of one planning run.
class Fitter
{
public:
    explicit Fitter(const PlanInput &in) : m_in(in)
    {
        m_monday = in.monday.addDays(1 - in.monday.dayOfWeek());
        const QDate today = in.today.isValid() ? in.today : m_monday;
        m_firstDay = int(std::clamp<qint64>(m_monday.daysTo(today), 0, kDays));
        m_blockMinutes = std::max(kMinBlockMinutes, toMinutes(in.settings.blockHours));
        for (int d = 0; d < kDays; ++d)
            m_free[d] = d >= m_firstDay ? toMinutes(in.settings.capacityHours[d]) : 0;
    }

    WeeklyPlan run();

private:
    int dayIndex(const QDate &date) const { return int(m_monday.daysTo(date)); }
    int lastDayFor(const Work &w) const;
    int takeOn(int day, int work, int want, int *budget);
    void placeHabit(int work);
    int spread(int work, int want, int lastDay, int *budget);
    WeeklyPlan assemble() const;

    const PlanInput &m_in;
    QDate m_monday;
    int m_firstDay = 0;
    int m_blockMinutes = 120;
    std::array<int, kDays> m_free{};
    std::array<QList<Slot>, kDays> m_slots;
    QList<Work> m_work;
};

int Fitter::lastDayFor(const Work &w) const
{
    const QDate &deadline = w.task->placement.effectiveDeadline;
    return deadline.isValid() ? int(std::min<qint64>(kDays - 1, m_monday.daysTo(deadline))) : kDays - 1;
}

// One block of at most blockHours on `day`, limited by the day's free time and the budget.
int Fitter::takeOn(int day, int work, int want, int *budget)
{
    const int take = std::min({want, m_blockMinutes, m_free[day], *budget});
    if (take <= 0 || take < std::min(kMinBlockMinutes, want))
        return 0;
    m_free[day] -= take;
    if (*budget != kUnlimited)
        *budget -= take;
    m_slots[day].append({work, take});
    m_work[work].planned += take;
    return take;
}

// Spreads the work across the days first (one block per day per round, earliest day first) and
// only stacks a second block on a day when the days before the deadline already have one.
int Fitter::spread(int work, int want, int lastDay, int *budget)
{
    int placed = 0;
    bool progress = true;
    while (placed < want && progress && *budget > 0) {
        progress = false;
        for (int d = m_firstDay; d <= lastDay && placed < want && *budget > 0; ++d) {
            const int took = takeOn(d, work, want - placed, budget);
            placed += took;
            progress = progress || took > 0;
        }
    }
    return placed;
}

void Fitter::placeHabit(int work)
{
    Work &w = m_work[work];
    const Task &t = w.task->task;
    int from = m_firstDay;
    // A habit's due date is its next occurrence: nothing before it (it was done already).
    if (t.due.isValid())
        from = std::max(from, dayIndex(t.due));
    QList<int> days;
    if (t.repeat == Repeat::Daily) {
        for (int d = from; d < kDays; ++d)
            days << d;
    } else if (from < kDays) {
        // Weekly: on the due day, or the first later day with room for the whole occurrence.
        int chosen = from;
        for (int d = from; d < kDays; ++d)
            if (m_free[d] >= w.estimate) {
                chosen = d;
                break;
            }
        days << chosen;
    }
    for (const int d : days) {
        int budget = kUnlimited;
        int placed = 0;
        for (int took = -1; placed < w.estimate && took != 0;) {
            took = takeOn(d, work, w.estimate - placed, &budget);
            placed += took;
        }
        if (placed < w.estimate) {
            w.habitMissing += w.estimate - placed;
            if (!w.firstMissed.isValid())
                w.firstMissed = m_monday.addDays(d);
        }
    }
}

WeeklyPlan Fitter::run()
{
    QList<const PlacedTask *> sorted;
    for (const PlacedTask &pt : m_in.tasks)
        if (pt.task.isOpen() && pt.placement.quadrant != Quadrant::Drop && pt.placement.quadrant != Quadrant::None)
            sorted << &pt;
    // Quadrant first, then the board's own order, which ends in the task id: a total order.
    std::sort(sorted.begin(), sorted.end(), [](const PlacedTask *a, const PlacedTask *b) {
        if (a->placement.quadrant != b->placement.quadrant)
            return a->placement.quadrant < b->placement.quadrant;
        return Board::sortsBefore(*a, *b);
    });
    // Do first goes by effective deadline (none last); the sort is stable, so ties keep board order.
    const auto doFirstEnd = std::partition_point(sorted.begin(), sorted.end(), [](const PlacedTask *p) {
        return p->placement.quadrant == Quadrant::DoFirst;
    });
    std::stable_sort(sorted.begin(), doFirstEnd, [](const PlacedTask *a, const PlacedTask *b) {
        const QDate &da = a->placement.effectiveDeadline, &db = b->placement.effectiveDeadline;
        if (da.isValid() != db.isValid())
            return da.isValid();
        return da < db;
    });
    for (const PlacedTask *pt : sorted)
        m_work.append({pt, m_in.postingTitles.value(pt->task.id), toMinutes(pt->task.estimateHours), 0, 0, {},
                       int(m_work.size())});

    for (int i = 0; i < m_work.size(); ++i)
        if (m_work[i].task->task.isHabit())
            placeHabit(i);

    // The protected share is of the hours still to come this week, capped by what habits left.
    int capacity = 0, free = 0;
    for (int d = m_firstDay; d < kDays; ++d) {
        capacity += toMinutes(m_in.settings.capacityHours[d]);
        free += m_free[d];
    }
    const int reserve = std::min(free, int(std::lround(std::clamp(m_in.settings.protectedShare, 0.0, 1.0) * capacity)));
    int outsideReserve = free - reserve;

    auto tasksIn = [&](Quadrant q) {
        QList<int> out;
        for (int i = 0; i < m_work.size(); ++i)
            if (!m_work[i].task->task.isHabit() && m_work[i].task->placement.quadrant == q)
                out << i;
        return out;
    };
    const QList<int> doFirst = tasksIn(Quadrant::DoFirst);
    for (const int i : doFirst)
        spread(i, m_work[i].estimate, lastDayFor(m_work[i]), &outsideReserve);
    // Do first may use the protected share only for what would otherwise miss a deadline this week.
    for (const int i : doFirst) {
        const QDate &deadline = m_work[i].task->placement.effectiveDeadline;
        if (deadline.isValid() && deadline <= m_monday.addDays(6) && m_work[i].planned < m_work[i].estimate) {
            int unlimited = kUnlimited;
            spread(i, m_work[i].estimate - m_work[i].planned, lastDayFor(m_work[i]), &unlimited);
        }
    }
    // Schedule work has had the reserve; Limit gets whatever is left after it.
    for (const Quadrant q : {Quadrant::Schedule, Quadrant::Limit})
        for (const int i : tasksIn(q)) {
            int unlimited = kUnlimited;
            spread(i, m_work[i].estimate, lastDayFor(m_work[i]), &unlimited);
        }
    return assemble();
}

WeeklyPlan Fitter::assemble() const
{
    WeeklyPlan plan;
    plan.monday = m_monday;
    plan.today = m_in.today;
    QHash<Id, int> parts;
    for (int d = 0; d < kDays; ++d) {
        PlanDay &day = plan.days[d];
        day.date = m_monday.addDays(d);
        day.past = d < m_firstDay;
        day.capacityMinutes = toMinutes(m_in.settings.capacityHours[d]);
        const QTime start = m_in.settings.startTime[d].isValid() ? m_in.settings.startTime[d] : QTime(9, 0);
        int minute = start.hour() * 60 + start.minute();
        QHash<Id, int> perDay;
        for (const Slot &s : m_slots[d]) {
            const Work &w = m_work[s.work];
            const Task &t = w.task->task;
            PlanBlock b{t.id, t.title, t.kind, w.task->placement.quadrant, w.task->companyName, w.posting,
                        day.date, w.task->placement.effectiveDeadline, minute, s.minutes, ++parts[t.id],
                        perDay[t.id]++, t.isHabit()};
            minute += s.minutes;
            day.usedMinutes += s.minutes;
            day.blocks.append(std::move(b));
        }
    }
    const QDate sunday = plan.sunday();
    for (const Work &w : m_work) {
        const Task &t = w.task->task;
        const Placement &p = w.task->placement;
        if (t.isHabit()) {
            if (w.habitMissing > 0)
                plan.atRisk.append({t.id, t.title, t.kind, p.quadrant, w.task->companyName, w.posting, w.firstMissed,
                                    w.planned, w.habitMissing, true});
        } else if (w.planned < w.estimate) {
            if (p.effectiveDeadline.isValid() && p.effectiveDeadline <= sunday)
                plan.atRisk.append({t.id, t.title, t.kind, p.quadrant, w.task->companyName, w.posting,
                                    p.effectiveDeadline, w.planned, w.estimate - w.planned, false});
            else
                plan.nextWeek.append({t.id, t.title, t.kind, p.quadrant, w.task->companyName, w.posting,
                                      p.effectiveDeadline, w.planned, w.estimate - w.planned});
        }
    }
    // Most pressing first; the planner's own order breaks ties (the list was built in it).
    std::stable_sort(plan.atRisk.begin(), plan.atRisk.end(),
                     [](const AtRiskItem &a, const AtRiskItem &b) { return a.deadline < b.deadline; });
    return plan;
}

} // namespace

WeeklyPlan WeeklyPlanner::plan(const PlanInput &input)
{
    Fitter fitter(input);
    return fitter.run();
}

QList<PlacedTask> WeeklyPlanner::allTasks(const Board &board)
{
    QList<PlacedTask> all;
    for (const Quadrant q : {Quadrant::DoFirst, Quadrant::Schedule, Quadrant::Limit, Quadrant::Drop})
        all += board.pane(q).toList();
    return all;
}

} // namespace jobprep

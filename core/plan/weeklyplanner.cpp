// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "weeklyplanner.h"
#include "dayhours.h"
#include "planorder.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <tuple>
#include <vector>

namespace jobprep {
namespace {

using namespace PlanOrder;

constexpr int kDays = 7;
// A leftover sliver of a day smaller than this is not worth a block (unless the task needs less).
constexpr int kMinBlockMinutes = 15;
constexpr int kUnlimited = std::numeric_limits<int>::max();

// The planner's working copy of one task: what its passes read, so that they need not go back to
// the PlacedTask (hundreds of bytes away, a cache miss each once there are 100 000 of them).
struct Work
{
    const PlacedTask *task = nullptr;
    QString posting;
    int estimate = 0;
    int planned = 0;
    int habitMissing = 0;
    QDate firstMissed;
    int order = 0; // position in the order the planner served the tasks
    QDate deadline; // the effective deadline
    Quadrant quadrant = Quadrant::None;
    bool habit = false;
};

struct Slot
{
    int work = 0; // index into m_work
    int minutes = 0;
    int start = 0; // minutes after the day's midnight
};

// The mutable state of one planning run.
class Fitter
{
public:
    Fitter(const PlanInput &in, PlanProbe *probe) : m_in(in), m_probe(probe)
    {
        m_monday = in.monday.addDays(1 - in.monday.dayOfWeek());
        const QDate today = in.today.isValid() ? in.today : m_monday;
        m_firstDay = int(std::clamp<qint64>(m_monday.daysTo(today), 0, kDays));
        m_blockMinutes = std::max(kMinBlockMinutes, toMinutes(in.settings.blockHours));
        for (int d = 0; d < kDays; ++d) {
            const QTime start = in.settings.startTime[d].isValid() ? in.settings.startTime[d] : QTime(9, 0);
            m_hours[d] = DayHours(m_monday.addDays(d), start.hour() * 60 + start.minute(),
                                  toMinutes(in.settings.capacityHours[d]), in.busy);
            m_capacity[d] = m_hours[d].free();
            m_free[d] = d >= m_firstDay ? m_capacity[d] : 0;
        }
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
    PlanProbe *m_probe = nullptr;
    QDate m_monday;
    int m_firstDay = 0;
    int m_blockMinutes = 120;
    std::array<int, kDays> m_free{}; // what m_hours has left on the days to plan, 0 on past days
    std::array<DayHours, kDays> m_hours;
    std::array<int, kDays> m_capacity{}; // the day's hours less the busy time in them
    std::array<QList<Slot>, kDays> m_slots;
    QList<Work> m_work;
};

int Fitter::lastDayFor(const Work &w) const
{
    const QDate &deadline = w.deadline;
    return deadline.isValid() ? int(std::min<qint64>(kDays - 1, m_monday.daysTo(deadline))) : kDays - 1;
}

// One block of at most blockHours on `day`, limited by the day's free time and the budget.
int Fitter::takeOn(int day, int work, int want, int *budget)
{
    if (m_free[day] <= 0)
        return 0;
    int take = 0;
    const int start = m_hours[day].take(std::min({want, m_blockMinutes, *budget}), std::min(kMinBlockMinutes, want), &take);
    if (start < 0)
        return 0;
    m_free[day] -= take;
    if (*budget != kUnlimited)
        *budget -= take;
    m_slots[day].append({work, take, start});
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
    std::vector<OrderKey> keys;
    keys.reserve(std::size_t(m_in.tasks.size()));
    for (const PlacedTask &pt : m_in.tasks)
        if (pt.task.isOpen() && pt.placement.quadrant != Quadrant::Drop && pt.placement.quadrant != Quadrant::None) {
            OrderKey k = orderKey(pt);
            if (!k.habit && !m_in.plannedBefore.isEmpty()) {
                k.estimate -= m_in.plannedBefore.value(k.id);
                if (k.estimate <= 0)
                    continue; // the weeks before have all of it
            }
            keys.push_back(k);
        }
    // Quadrant first, then the board's own order, which ends in the task id: a total order.
    std::sort(keys.begin(), keys.end(), [](const OrderKey &a, const OrderKey &b) {
        if (a.quadrant != b.quadrant)
            return a.quadrant < b.quadrant;
        return boardBefore(a, b);
    });
    // Do first goes by effective deadline (none last); the sort is stable, so ties keep board order.
    const auto doFirstEnd = std::partition_point(keys.begin(), keys.end(), [](const OrderKey &k) {
        return k.quadrant == int(Quadrant::DoFirst);
    });
    std::stable_sort(keys.begin(), doFirstEnd, [](const OrderKey &a, const OrderKey &b) {
        if (a.hasDeadline != b.hasDeadline)
            return a.hasDeadline;
        return a.deadline < b.deadline;
    });
    m_work.reserve(qsizetype(keys.size()));
    for (const OrderKey &k : keys)
        m_work.append({k.task, m_in.postingTitles.value(k.id), k.estimate, 0, 0, {}, int(m_work.size()),
                       k.hasDeadline ? QDate::fromJulianDay(k.deadline) : QDate(), Quadrant(k.quadrant), k.habit});

    for (int i = 0; i < m_work.size(); ++i)
        if (m_work[i].habit)
            placeHabit(i);

    // The protected share is of the hours still to come this week, capped by what habits left.
    int capacity = 0, free = 0;
    for (int d = m_firstDay; d < kDays; ++d) {
        capacity += m_capacity[d];
        free += m_free[d];
    }
    const int reserve = std::min(free, int(std::lround(std::clamp(m_in.settings.protectedShare, 0.0, 1.0) * capacity)));
    int outsideReserve = free - reserve;

    auto tasksIn = [&](Quadrant q) {
        QList<int> out;
        for (int i = 0; i < m_work.size(); ++i)
            if (!m_work[i].habit && m_work[i].quadrant == q)
                out << i;
        return out;
    };
    const QList<int> doFirst = tasksIn(Quadrant::DoFirst);
    for (const int i : doFirst)
        spread(i, m_work[i].estimate, lastDayFor(m_work[i]), &outsideReserve);
    if (m_probe) {
        m_probe->firstDay = m_firstDay;
        m_probe->budgetAfterDoFirst = outsideReserve;
        m_probe->freeAfterDoFirst = m_free;
    }
    // Do first may use the protected share only for what would otherwise miss a deadline this week.
    for (const int i : doFirst) {
        const QDate &deadline = m_work[i].deadline;
        if (deadline.isValid() && deadline <= m_monday.addDays(6) && m_work[i].planned < m_work[i].estimate) {
            int unlimited = kUnlimited;
            spread(i, m_work[i].estimate - m_work[i].planned, lastDayFor(m_work[i]), &unlimited);
        }
    }
    // Schedule work has had the reserve; Limit gets whatever is left after it.
    for (const Quadrant q : {Quadrant::Schedule, Quadrant::Limit}) {
        const std::size_t p = std::size_t(q) - std::size_t(Quadrant::Schedule);
        if (m_probe)
            m_probe->freeBefore[p] = m_free;
        for (const int i : tasksIn(q)) {
            int unlimited = kUnlimited;
            spread(i, m_work[i].estimate, lastDayFor(m_work[i]), &unlimited);
            if (m_probe)
                m_probe->trail[p].emplace_back(m_work[i].task->task.id, m_free);
        }
    }
    return assemble();
}

WeeklyPlan Fitter::assemble() const
{
    WeeklyPlan plan;
    plan.monday = m_monday;
    plan.today = m_in.today;
    plan.databaseId = m_in.databaseId;
    QHash<Id, int> parts;
    for (int d = 0; d < kDays; ++d) {
        PlanDay &day = plan.days[d];
        day.date = m_monday.addDays(d);
        day.past = d < m_firstDay;
        day.capacityMinutes = m_capacity[d];
        day.busyMinutes = m_hours[d].busyMinutes();
        for (const BusyBlock &b : m_in.busy)
            if (b.date == day.date)
                day.busy.append(b);
        std::sort(day.busy.begin(), day.busy.end(), [](const BusyBlock &a, const BusyBlock &b) {
            return std::tie(a.startMinute, a.minutes, a.title) < std::tie(b.startMinute, b.minutes, b.title);
        });
        // A block taken later may sit in an earlier stretch (one too short for the blocks before it).
        QList<Slot> ordered = m_slots[d];
        const auto earlier = [](const Slot &a, const Slot &b) { return a.start < b.start; };
        if (!std::is_sorted(ordered.cbegin(), ordered.cend(), earlier))
            std::stable_sort(ordered.begin(), ordered.end(), earlier);
        QHash<Id, int> perDay;
        for (const Slot &s : std::as_const(ordered)) {
            const Work &w = m_work[s.work];
            const Task &t = w.task->task;
            PlanBlock b{t.id, t.title, t.kind, w.task->placement.quadrant, w.task->companyName, w.posting,
                        day.date, w.task->placement.effectiveDeadline, s.start, s.minutes, ++parts[t.id],
                        perDay[t.id]++, t.isHabit()};
            day.usedMinutes += s.minutes;
            day.blocks.append(std::move(b));
        }
    }
    const QDate sunday = plan.sunday();
    // Which tasks end up in which list, from the working copies alone; the PlacedTask is read only
    // for the items listed. At risk: most pressing first, the planner's order breaking ties.
    std::vector<std::pair<qint64, int>> atRisk; // deadline (Julian day), index into m_work
    std::vector<int> nextWeek;
    for (int i = 0; i < m_work.size(); ++i) {
        const Work &w = m_work[i];
        if (w.habit) {
            if (w.habitMissing > 0) {
                atRisk.emplace_back(w.firstMissed.toJulianDay(), i);
                plan.atRiskMinutes += w.habitMissing;
            }
        } else if (w.planned < w.estimate) {
            if (w.deadline.isValid() && w.deadline <= sunday) {
                atRisk.emplace_back(w.deadline.toJulianDay(), i);
                plan.atRiskMinutes += w.estimate - w.planned;
            } else {
                nextWeek.push_back(i);
                plan.nextWeekMinutes += w.estimate - w.planned;
                if (m_probe)
                    ++m_probe->nextWeekItems[std::size_t(std::clamp(int(w.quadrant) - 1, 0, 2))];
            }
        }
    }
    plan.atRiskTotal = int(atRisk.size());
    plan.nextWeekTotal = int(nextWeek.size());
    const auto listed = [](std::size_t n) { return std::min<std::size_t>(n, WeeklyPlan::kListed); };
    std::partial_sort(atRisk.begin(), atRisk.begin() + qsizetype(listed(atRisk.size())), atRisk.end());
    for (std::size_t n = 0; n < listed(atRisk.size()); ++n) {
        const Work &w = m_work[atRisk[n].second];
        const Task &t = w.task->task;
        if (w.habit)
            plan.atRisk.append({t.id, t.title, t.kind, w.quadrant, w.task->companyName, w.posting, w.firstMissed,
                                w.planned, w.habitMissing, true});
        else
            plan.atRisk.append({t.id, t.title, t.kind, w.quadrant, w.task->companyName, w.posting, w.deadline,
                                w.planned, w.estimate - w.planned, false});
    }
    for (std::size_t n = 0; n < listed(nextWeek.size()); ++n) {
        const Work &w = m_work[nextWeek[n]];
        const Task &t = w.task->task;
        plan.nextWeek.append({t.id, t.title, t.kind, w.quadrant, w.task->companyName, w.posting, w.deadline, w.planned,
                              w.estimate - w.planned});
    }
    return plan;
}

} // namespace

WeeklyPlan WeeklyPlanner::plan(const PlanInput &input, PlanProbe *probe)
{
    if (probe)
        *probe = {};
    Fitter fitter(input, probe);
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

// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// WeeklyPlanner::planFromStore: the week's plan, reading only the tasks that decide it.
//
// Why it gives the plan of every task: the planner serves the habits, then Do first by deadline,
// then Schedule and Limit in board order, and a task only ever gets time the tasks before it left.
// Once a pane's tasks so far leave no day with room for the smallest estimate in that pane (or,
// in Do first's first pass, no minutes outside the protected share), every later task of that
// pane gets nothing. So the plan of the tasks read equals the plan of all of them when they
// include every habit, every Do first task due from the first plannable day to Sunday (the
// second pass may give those the protected share), and each pane read in order up to that
// point. A task not read gets no time: it is at risk (due by Sunday) or next week with all its
// hours, and task_groups counts it into the totals. The lists show their first items, so those are
// read too: the oldest deadlines for at risk, and the panes in order until next week is full.
#include "core/board/panereader.h"
#include "core/store/boardqueries.h"
#include "core/store/store.h"
#include "weeklyplanner.h"

#include <QSet>
#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace jobprep {
namespace {

constexpr int kMinBlockMinutes = 15; // as in weeklyplanner.cpp
constexpr int kFirstRead = 64;

int toMinutes(double hours) { return int(std::lround(std::max(0.0, hours) * 60.0)); }

struct GroupKey
{
    int pinned = 0;
    bool important = false;
    qint64 deadline = -1; // Julian day, -1: none
    double estimate = 0;
    bool manual = false;
    bool operator==(const GroupKey &) const = default;
};
size_t qHash(const GroupKey &k, size_t seed = 0)
{
    return qHashMulti(seed, k.pinned, k.important, k.deadline, k.estimate, k.manual);
}
GroupKey keyOf(const TaskGroup &g)
{
    return {g.pinned, g.important, g.deadline.isValid() ? g.deadline.toJulianDay() : -1, g.estimate, g.manual};
}

// The tasks read so far, with as much of each as the planner reads: the placement comes from the
// inputs the store keeps on the row, so no links are read.
class Gathered
{
public:
    Gathered(Store &store, const QDate &today) : m_queries(store), m_placer(store.settings()), m_today(today) {}

    void readHabits()
    {
        m_queries.forEachOpenHabit([this](const PlanTaskRow &r) { add(r); });
    }
    void readIds(const std::vector<Id> &ids)
    {
        for (const Id id : ids)
            if (!m_index.contains(id))
                m_queries.planTask(id, [this](const PlanTaskRow &r) { add(r); });
    }
    void readGroup(const TaskGroup &g)
    {
        m_queries.forEachPlanTaskInGroup({g.pinned, g.important, g.deadline, g.estimate, g.manual, g.tasks},
                                         [this](const PlanTaskRow &r) { add(r); });
    }
    const QList<PlacedTask> &tasks() const { return m_tasks; }
    const PlacedTask *find(Id id) const
    {
        const auto it = m_index.constFind(id);
        return it == m_index.constEnd() ? nullptr : &m_tasks[*it];
    }
    int readIn(const TaskGroup &g) const { return m_perGroup.value(keyOf(g)); }

private:
    void add(const PlanTaskRow &r)
    {
        if (m_index.contains(r.id))
            return;
        PlacedTask pt;
        Task &t = pt.task;
        t.id = r.id;
        t.kind = r.kind;
        t.repeat = r.repeat;
        t.due = r.due;
        t.estimateHours = r.estimate;
        t.manualOrder = r.manualOrder;
        t.pinned = r.pinned ? Quadrant(r.pinned) : Quadrant::None;
        Placement &p = pt.placement;
        p.important = r.important;
        p.importance = r.importance;
        p.effectiveDeadline = r.deadline;
        const Urgency u = m_placer.urgency(p.effectiveDeadline, t.estimateHours, true, m_today);
        p.urgency = u.urgency;
        p.urgent = u.urgent;
        p.quadrant = Quadrant(paneOf(r.pinned, p.important, u.urgent) + 1);
        ++m_perGroup[GroupKey{r.pinned, p.important,
                              p.effectiveDeadline.isValid() ? p.effectiveDeadline.toJulianDay() : -1,
                              t.estimateHours, t.manualOrder.has_value()}];
        m_index.insert(r.id, int(m_tasks.size()));
        m_tasks.append(std::move(pt));
    }

    BoardQueries m_queries;
    Placer m_placer;
    QDate m_today;
    QList<PlacedTask> m_tasks;
    QHash<Id, int> m_index;
    QHash<GroupKey, int> m_perGroup;
};

// True when no task needing at least `minMinutes` can get a block on any day from `firstDay`.
bool noRoom(const std::array<int, 7> &free, int firstDay, int minMinutes)
{
    for (int d = firstDay; d < 7; ++d)
        if (free[std::size_t(d)] >= kMinBlockMinutes || (free[std::size_t(d)] > 0 && minMinutes <= free[std::size_t(d)]))
            return false;
    return true;
}

// Groups by deadline, oldest first.
using ByDate = std::map<qint64, QList<const TaskGroup *>>;

// Reads whole dates from `it` on until at least `atLeast` tasks were read; returns how many.
int readDates(Gathered &got, const ByDate &dates, ByDate::const_iterator &it, int atLeast, qint64 *lastRead = nullptr)
{
    int n = 0;
    for (; it != dates.cend() && n < atLeast; ++it) {
        for (const TaskGroup *g : it->second) {
            got.readGroup(*g);
            n += g->tasks;
        }
        if (lastRead)
            *lastRead = it->first;
    }
    return n;
}

// Title, company and posting of the tasks a plan shows, which the planner copied from the tasks
// read without them.
void fillDetails(Store &store, WeeklyPlan &plan)
{
    using Details = BoardQueries::Details;
    BoardQueries queries(store);
    QHash<Id, Details> details;
    auto of = [&](Id id) -> const Details & {
        auto it = details.find(id);
        if (it != details.end())
            return *it;
        // The posting that closes first, then the oldest, as inputFromStore shows it.
        return *details.insert(id, queries.planDetails(id));
    };
    auto fill = [&](auto &item, Id id) {
        const Details &d = of(id);
        item.title = d.title;
        item.company = d.company;
        item.posting = d.posting;
    };
    for (PlanDay &day : plan.days)
        for (PlanBlock &b : day.blocks)
            fill(b, b.taskId);
    for (AtRiskItem &r : plan.atRisk)
        fill(r, r.taskId);
    for (CarryOverItem &c : plan.nextWeek)
        fill(c, c.taskId);
}

} // namespace

WeeklyPlan WeeklyPlanner::planFromStore(Store &store, const QDate &anyDayOfWeek, const QDate &today)
{
    const StoreSnapshot snapshot(store); // every read below sees one state of the file
    PlanInput in;
    in.monday = anyDayOfWeek.addDays(1 - anyDayOfWeek.dayOfWeek());
    in.today = today;
    in.settings = store.settings();
    in.busy = busyBlocks(store, in.monday, in.monday.addDays(7));
    in.databaseId = store.databaseId();
    const qint64 sunday = in.monday.addDays(6).toJulianDay();
    // Deadlines before the first plannable day get no block (as in the planner).
    const int firstDay = int(std::clamp<qint64>(in.monday.daysTo(today.isValid() ? today : in.monday), 0, 7));
    const qint64 cutoff = in.monday.addDays(firstDay).toJulianDay();

    PaneReader panes(store, today);
    Gathered got(store, today);
    got.readHabits();

    std::array<int, 4> paneSize{};
    std::array<int, 4> minMinutes;
    minMinutes.fill(std::numeric_limits<int>::max());
    ByDate doFirstDated, atRiskDated;
    QList<const TaskGroup *> doFirstUndated;
    for (const TaskGroup &g : panes.groups()) {
        paneSize[std::size_t(g.pane)] += g.tasks;
        const int minutes = toMinutes(g.estimate);
        if (minutes > 0)
            minMinutes[std::size_t(g.pane)] = std::min(minMinutes[std::size_t(g.pane)], minutes);
        const qint64 day = g.deadline.isValid() ? g.deadline.toJulianDay() : -1;
        if (g.pane == 0 && day < 0)
            doFirstUndated.append(&g);
        else if (g.pane == 0 && day >= cutoff)
            doFirstDated[day].append(&g);
        if (g.pane != 3 && minutes > 0 && day >= 0 && day <= sunday)
            atRiskDated[day].append(&g);
    }

    // Do first: everything due by Sunday, and a little beyond.
    auto doFirstNext = doFirstDated.cbegin();
    bool undatedRead = false;
    int doFirstRead = 0;
    auto readMoreDoFirst = [&](int atLeast) {
        const int n = readDates(got, doFirstDated, doFirstNext, atLeast);
        doFirstRead += n;
        if (n < atLeast && doFirstNext == doFirstDated.cend() && !undatedRead) {
            for (const TaskGroup *g : std::as_const(doFirstUndated))
                got.readGroup(*g);
            undatedRead = true;
        }
    };
    while (doFirstNext != doFirstDated.cend() && doFirstNext->first <= sunday)
        doFirstRead += readDates(got, doFirstDated, doFirstNext, 1);
    readMoreDoFirst(kFirstRead);

    // Schedule and Limit: their first tasks in board order.
    std::array<int, 2> prefix{kFirstRead, kFirstRead};
    std::array<Id, 2> lastOfPrefix{};
    std::array<bool, 2> prefixComplete{};
    auto readPrefix = [&](int p) {
        const std::vector<Id> ids = panes.first(p + 1, prefix[std::size_t(p)]);
        got.readIds(ids);
        prefixComplete[std::size_t(p)] = int(ids.size()) >= paneSize[std::size_t(p + 1)];
        lastOfPrefix[std::size_t(p)] = 0;
        for (const Id id : ids)
            if (const PlacedTask *t = got.find(id); t && !t->task.isHabit())
                lastOfPrefix[std::size_t(p)] = id;
    };
    readPrefix(0);
    readPrefix(1);

    // At risk: the oldest deadlines.
    auto atRiskNext = atRiskDated.cbegin();
    qint64 atRiskReadTo = std::numeric_limits<qint64>::min();
    int atRiskRead = readDates(got, atRiskDated, atRiskNext, WeeklyPlan::kListed + 16, &atRiskReadTo);

    WeeklyPlan plan;
    for (;;) {
        in.tasks = got.tasks();
        PlanProbe probe;
        plan = WeeklyPlanner::plan(in, &probe);
        bool again = false;
        int listed = probe.nextWeekItems[0];
        bool listSettled = listed >= WeeklyPlan::kListed;
        bool earlierOpen = false; // a pane before this one may still add next-week items ahead of it
        const bool doFirstComplete = doFirstNext == doFirstDated.cend() && undatedRead;
        if (!doFirstComplete) {
            const bool full = probe.budgetAfterDoFirst == 0 || noRoom(probe.freeAfterDoFirst, firstDay, minMinutes[0]);
            if (!full || !listSettled) {
                readMoreDoFirst(std::max(kFirstRead, doFirstRead));
                again = true;
            }
            earlierOpen = !listSettled;
        }
        for (int p = 0; p < 2; ++p) {
            listed += probe.nextWeekItems[std::size_t(p + 1)];
            listSettled = listSettled || listed >= WeeklyPlan::kListed;
            if (prefixComplete[std::size_t(p)])
                continue;
            std::array<int, 7> free = probe.freeBefore[std::size_t(p)];
            bool found = lastOfPrefix[std::size_t(p)] == 0;
            for (const auto &[id, after] : probe.trail[std::size_t(p)])
                if (id == lastOfPrefix[std::size_t(p)]) {
                    free = after;
                    found = true;
                }
            const bool full = found && noRoom(free, firstDay, minMinutes[std::size_t(p + 1)]);
            if (!full || (!listSettled && !earlierOpen)) {
                prefix[std::size_t(p)] *= 2;
                readPrefix(p);
                again = true;
            }
            earlierOpen = earlierOpen || !listSettled;
        }
        const bool atRiskKnown = atRiskNext == atRiskDated.cend()
            || (plan.atRisk.size() == WeeklyPlan::kListed && plan.atRisk.last().deadline.toJulianDay() <= atRiskReadTo);
        if (!atRiskKnown) {
            atRiskRead += readDates(got, atRiskDated, atRiskNext, std::max(kFirstRead, atRiskRead), &atRiskReadTo);
            again = true;
        }
        if (!again)
            break;
    }

    // The tasks not read got no time: each is at risk or next week with all its hours.
    for (const TaskGroup &g : panes.groups()) {
        const int minutes = toMinutes(g.estimate);
        const int unread = g.tasks - got.readIn(g);
        if (g.pane == 3 || minutes <= 0 || unread <= 0)
            continue;
        if (g.deadline.isValid() && g.deadline.toJulianDay() <= sunday) {
            plan.atRiskTotal += unread;
            plan.atRiskMinutes += unread * minutes;
        } else {
            plan.nextWeekTotal += unread;
            plan.nextWeekMinutes += unread * minutes;
        }
    }
    fillDetails(store, plan);
    return plan;
}

} // namespace jobprep

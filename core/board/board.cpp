// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "board.h"
#include "core/store/store.h"

#include <algorithm>
#include <vector>

namespace jobprep {
namespace {

bool isTopKind(Kind k) { return k == Kind::Project || k == Kind::Study; }

} // namespace

bool Board::sortsBefore(const PlacedTask &a, const PlacedTask &b)
{
    const auto &ma = a.task.manualOrder, &mb = b.task.manualOrder;
    if (ma.has_value() != mb.has_value())
        return ma.has_value();
    if (ma && *ma != *mb)
        return *ma < *mb;
    if (a.placement.urgency != b.placement.urgency)
        return a.placement.urgency > b.placement.urgency;
    if (isTopKind(a.task.kind) != isTopKind(b.task.kind))
        return isTopKind(a.task.kind);
    if (a.placement.importance != b.placement.importance)
        return a.placement.importance > b.placement.importance;
    const QDate &da = a.placement.effectiveDeadline, &db = b.placement.effectiveDeadline;
    if (da.isValid() != db.isValid())
        return da.isValid();
    if (da != db)
        return da < db;
    return a.task.id < b.task.id;
}

Board Board::compute(Store &store, const QDate &today)
{
    QHash<Id, QPair<QString, int>> companies;
    for (const Company &c : store.companies())
        companies.insert(c.id, {c.name, c.interest});
    return compute(store.tasks(false), store.linkFacts(), companies, store.settings(), today);
}

Board Board::compute(const QList<Task> &tasks, const QList<LinkFacts> &links,
                     const QHash<Id, QPair<QString, int>> &companies, const Settings &settings, const QDate &today)
{
    QHash<Id, QList<LinkInfo>> linksByTask;
    for (const LinkFacts &f : links)
        linksByTask[f.taskId].append({f.section, f.postingId, f.postingDeadline, f.companyInterest});
    const Placer placer(settings);
    Board board;
    for (const Task &t : tasks) {
        if (!t.isOpen())
            continue;
        const auto company = companies.value(t.companyId, {QString(), 0});
        PlacedTask pt{t, placer.place(t, linksByTask.value(t.id), company.second, today), company.first};
        board.m_panes[int(pt.placement.quadrant) - 1].append(std::move(pt));
    }
    board.finish();
    return board;
}

void Board::finish()
{
    for (int q = 0; q < 4; ++q) {
        BoardPane &pane = m_panes[q];
        // Summed in task order, before sorting, so that computeTop() adds the same numbers in the same order.
        m_counts[q] = int(pane.size());
        m_hours[q] = 0;
        for (const PlacedTask &t : pane.m_slots)
            m_hours[q] += t.task.estimateHours;
        // The tasks themselves are sorted (not just the slot numbers), so that slot == row until the
        // first update and reading a pane in order walks memory in order.
        std::sort(pane.m_slots.begin(), pane.m_slots.end(), &Board::sortsBefore);
        for (int slot = 0; slot < int(pane.m_slots.size()); ++slot)
            m_index.insert(pane.m_slots[std::size_t(slot)].task.id, {q, slot});
    }
}

void Board::update(Store &store, const QList<Id> &taskIds, const QDate &today)
{
    std::optional<Placer> placer;
    for (Id id : taskIds) {
        if (const auto it = m_index.constFind(id); it != m_index.constEnd()) {
            const auto [q, slot] = *it;
            m_index.erase(it);
            m_hours[q] -= m_panes[q].slot(slot).task.estimateHours;
            m_panes[q].remove(slot);
            if (--m_counts[q] == 0)
                m_hours[q] = 0; // no rounding left over from the subtractions
        }
        const auto task = store.task(id);
        if (!task || !task->isOpen())
            continue;
        if (!placer)
            placer.emplace(store.settings());
        QList<LinkInfo> links;
        for (const LinkFacts &f : store.linkFacts(id))
            links.append({f.section, f.postingId, f.postingDeadline, f.companyInterest});
        const auto company = task->companyId ? store.company(task->companyId) : std::nullopt;
        PlacedTask pt{*task, placer->place(*task, links, company ? company->interest : 0, today),
                      company ? company->name : QString()};
        const int q = int(pt.placement.quadrant) - 1;
        ++m_counts[q];
        m_hours[q] += pt.task.estimateHours;
        m_index.insert(id, {q, m_panes[q].insert(std::move(pt))});
    }
}

const BoardPane &Board::pane(Quadrant q) const { return m_panes.at(std::size_t(int(q) - 1)); }

const PlacedTask *Board::find(Id id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.constEnd() ? nullptr : &m_panes[std::size_t(it->first)].slot(it->second);
}

int Board::totalCount() const
{
    int n = 0;
    for (int c : m_counts)
        n += c;
    return n;
}

QHash<Id, QString> Board::nextTaskTitles() const
{
    QHash<Id, QString> titles;
    for (const BoardPane &pane : m_panes) // in quadrant order
        for (const PlacedTask &t : pane)
            if (t.task.companyId && !titles.contains(t.task.companyId))
                titles.insert(t.task.companyId, t.task.title);
    return titles;
}

QList<PlacedTask> BoardPane::toList() const
{
    QList<PlacedTask> out;
    out.reserve(size());
    for (const PlacedTask &t : *this)
        out.append(t);
    return out;
}

void BoardPane::reserve(qsizetype n)
{
    m_order.reserve(std::size_t(n));
}

void BoardPane::append(PlacedTask &&t)
{
    m_order.push_back(int(m_slots.size()));
    m_slots.push_back(std::move(t));
}

int BoardPane::insert(PlacedTask &&t)
{
    int slot;
    if (m_free.empty()) {
        slot = int(m_slots.size());
        m_slots.push_back(std::move(t));
    } else {
        slot = m_free.back();
        m_free.pop_back();
        m_slots[std::size_t(slot)] = std::move(t);
    }
    const PlacedTask &placed = m_slots[std::size_t(slot)];
    const auto at = std::upper_bound(m_order.begin(), m_order.end(), placed, [this](const PlacedTask &p, int s) {
        return Board::sortsBefore(p, m_slots[std::size_t(s)]);
    });
    m_order.insert(at, slot);
    return slot;
}

void BoardPane::remove(int slot)
{
    // The order is sorted by Board::sortsBefore, a total order (ids break ties): the task's row is
    // where a binary search for it lands.
    const PlacedTask &gone = m_slots[std::size_t(slot)];
    const auto at = std::lower_bound(m_order.begin(), m_order.end(), gone, [this](int s, const PlacedTask &p) {
        return Board::sortsBefore(m_slots[std::size_t(s)], p);
    });
    const auto row = (at != m_order.end() && *at == slot) ? at : std::find(m_order.begin(), m_order.end(), slot);
    Q_ASSERT(row == at);
    m_order.erase(row);
    m_slots[std::size_t(slot)] = PlacedTask{}; // frees its strings and lists
    m_free.push_back(slot);
}

} // namespace jobprep

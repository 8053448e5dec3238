// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "board.h"
#include "store.h"

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
        auto &pane = m_panes[q];
        // Summed in task order, before sorting, so that computeTop() adds the same numbers in the same order.
        m_counts[q] = int(pane.size());
        m_hours[q] = 0;
        for (const PlacedTask &t : pane)
            m_hours[q] += t.task.estimateHours;
        std::sort(pane.begin(), pane.end(), &Board::sortsBefore);
        for (int row = 0; row < pane.size(); ++row)
            m_index.insert(pane[row].task.id, {q, row});
    }
}

void Board::reindex(int q, qsizetype fromRow)
{
    const auto &pane = m_panes[q];
    for (qsizetype row = fromRow; row < pane.size(); ++row)
        m_index[pane[row].task.id] = {q, int(row)};
    double hours = 0;
    for (const PlacedTask &t : pane)
        hours += t.task.estimateHours;
    m_counts[q] = int(pane.size());
    m_hours[q] = hours;
}

void Board::update(Store &store, const QList<Id> &taskIds, const QDate &today)
{
    std::optional<Placer> placer;
    for (Id id : taskIds) {
        if (const auto it = m_index.constFind(id); it != m_index.constEnd()) {
            const auto [q, row] = *it;
            m_index.erase(it);
            m_panes[q].removeAt(row);
            reindex(q, row);
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
        auto &pane = m_panes[q];
        const auto at = std::upper_bound(pane.begin(), pane.end(), pt, &Board::sortsBefore) - pane.begin();
        pane.insert(at, std::move(pt));
        reindex(q, at);
    }
}

const QList<PlacedTask> &Board::pane(Quadrant q) const { return m_panes.at(std::size_t(int(q) - 1)); }

const PlacedTask *Board::find(Id id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.constEnd() ? nullptr : &m_panes[it->first][it->second];
}

int Board::totalCount() const
{
    int n = 0;
    for (int c : m_counts)
        n += c;
    return n;
}

} // namespace jobprep

// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "board.h"
#include "store.h"

#include <algorithm>

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
    for (int q = 0; q < 4; ++q) {
        auto &pane = board.m_panes[q];
        std::sort(pane.begin(), pane.end(), &Board::sortsBefore);
        for (int row = 0; row < pane.size(); ++row)
            board.m_index.insert(pane[row].task.id, {q, row});
    }
    return board;
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
    for (const auto &p : m_panes)
        n += int(p.size());
    return n;
}

double Board::hours(Quadrant q) const
{
    double h = 0;
    for (const PlacedTask &t : pane(q))
        h += t.task.estimateHours;
    return h;
}

} // namespace jobprep

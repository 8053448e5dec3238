// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// Board::computeTop: the first rows of each pane without placing every task in full.
#include "board.h"
#include "store.h"

#include <algorithm>
#include <vector>

namespace jobprep {

namespace {

// What the pane order reads of one placed task, in a few bytes instead of a whole PlacedTask.
struct SortKey
{
    Id id = 0;
    qint64 manualOrder = 0;
    qint64 deadline = 0; // Julian day
    bool hasManualOrder = false;
    bool hasDeadline = false;
    bool topKind = false;
    int urgency = 0;
    int importance = 0;
};

// Exactly Board::sortsBefore on the fields it reads (BoardTop tests compare the two boards).
bool keyBefore(const SortKey &a, const SortKey &b)
{
    if (a.hasManualOrder != b.hasManualOrder)
        return a.hasManualOrder;
    if (a.hasManualOrder && a.manualOrder != b.manualOrder)
        return a.manualOrder < b.manualOrder;
    if (a.urgency != b.urgency)
        return a.urgency > b.urgency;
    if (a.topKind != b.topKind)
        return a.topKind;
    if (a.importance != b.importance)
        return a.importance > b.importance;
    if (a.hasDeadline != b.hasDeadline)
        return a.hasDeadline;
    if (a.deadline != b.deadline)
        return a.deadline < b.deadline;
    return a.id < b.id;
}

} // namespace

Board Board::computeTop(Store &store, const QDate &today, int limit)
{
    QHash<Id, QPair<QString, int>> companies;
    for (const Company &c : store.companies())
        companies.insert(c.id, {c.name, c.interest});
    const QList<LinkFacts> links = store.linkFacts(); // ordered by task id, like the tasks below
    const Placer placer(store.settings());

    // Every open task placed without its explanation: enough to count, sum and order the panes.
    std::array<std::vector<SortKey>, 4> keys;
    Board board;
    qsizetype nextLink = 0;
    QList<LinkInfo> taskLinks;
    store.forEachPlacementTask([&](const Task &t) {
        taskLinks.clear();
        while (nextLink < links.size() && links[nextLink].taskId < t.id)
            ++nextLink;
        for (; nextLink < links.size() && links[nextLink].taskId == t.id; ++nextLink) {
            const LinkFacts &f = links[nextLink];
            taskLinks.append({f.section, f.postingId, f.postingDeadline, f.companyInterest});
        }
        const int interest = companies.value(t.companyId, {QString(), 0}).second;
        const Placement p = placer.placeWithoutWhy(t, taskLinks, interest, today);
        const int q = int(p.quadrant) - 1;
        ++board.m_counts[q];
        board.m_hours[q] += t.estimateHours;
        keys[q].push_back({t.id, t.manualOrder.value_or(0), p.effectiveDeadline.toJulianDay(),
                           t.manualOrder.has_value(), p.effectiveDeadline.isValid(),
                           t.kind == Kind::Project || t.kind == Kind::Study, p.urgency, p.importance});
    });
    // The first `limit` of each pane in the same order as compute(), then read in full and explained.
    for (int q = 0; q < 4; ++q) {
        auto &pane = keys[q];
        const auto shown = std::min<std::size_t>(std::size_t(std::max(0, limit)), pane.size());
        std::partial_sort(pane.begin(), pane.begin() + qsizetype(shown), pane.end(), &keyBefore);
        for (std::size_t row = 0; row < shown; ++row) {
            auto full = store.task(pane[row].id);
            if (!full)
                continue;
            QList<LinkInfo> fullLinks;
            for (const LinkFacts &f : store.linkFacts(full->id))
                fullLinks.append({f.section, f.postingId, f.postingDeadline, f.companyInterest});
            const auto company = companies.value(full->companyId, {QString(), 0});
            Placement p = placer.place(*full, fullLinks, company.second, today);
            board.m_index.insert(full->id, {q, int(board.m_panes[q].size())});
            board.m_panes[q].append(PlacedTask{std::move(*full), std::move(p), company.first});
        }
    }
    return board;
}

} // namespace jobprep

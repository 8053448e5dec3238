// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// Board::computeTop: the first rows of each pane without placing every task in full.
#include "board.h"
#include "core/store/boardqueries.h"
#include "core/store/store.h"
#include "panereader.h"

namespace jobprep {

Board Board::computeTop(Store &store, const QDate &today, int limit)
{
    const StoreSnapshot snapshot(store);
    const Placer placer(store.settings());
    Board board;
    // The groups say how many tasks each pane has and their hours, without reading a task.
    PaneReader reader(store, today);
    for (const TaskGroup &g : reader.groups()) {
        board.m_counts[g.pane] += g.tasks;
        board.m_hours[g.pane] += g.tasks * g.estimate;
    }
    std::array<std::vector<Id>, 4> shown;
    for (int q = 0; q < 4; ++q)
        shown[std::size_t(q)] = reader.first(q, limit);

    // Only the shown tasks are read in full and explained.
    QHash<Id, QPair<QString, int>> companies;
    BoardQueries queries(store);
    for (int q = 0; q < 4; ++q) {
        for (const Id id : shown[std::size_t(q)]) {
            auto full = store.task(id);
            if (!full)
                continue;
            QList<LinkInfo> links;
            for (const LinkFacts &f : store.linkFacts(full->id))
                links.append({f.section, f.postingId, f.postingDeadline, f.companyInterest});
            QString companyName;
            int interest = 0;
            if (full->companyId) {
                // One read per company, not per row: a pane often shows several tasks of one company.
                auto it = companies.constFind(full->companyId);
                if (it == companies.constEnd()) {
                    // Name and interest only: Store::company() also reads the notes and the stage history.
                    const auto c = queries.companyNameAndInterest(full->companyId);
                    it = companies.insert(full->companyId, c ? qMakePair(c->first, c->second) : qMakePair(QString(), 0));
                }
                companyName = it->first;
                interest = it->second;
            }
            Placement p = placer.place(*full, links, interest, today);
            board.m_index.insert(full->id, {q, int(board.m_panes[q].size())});
            board.m_panes[q].append(PlacedTask{std::move(*full), std::move(p), companyName});
        }
    }
    return board;
}

} // namespace jobprep

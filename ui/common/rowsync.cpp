// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "rowsync.h"

#include <QHash>
#include <QSet>

namespace jobprep::ui {

RowSync RowSync::plan(const QList<Id> &current, const QList<Id> &next)
{
    RowSync sync;
    QHash<Id, int> nextRow;
    nextRow.reserve(next.size());
    for (int i = 0; i < next.size(); ++i)
        nextRow.insert(next[i], i);
    QList<Id> kept;
    kept.reserve(current.size());
    for (int row = int(current.size()) - 1; row >= 0; --row) {
        if (nextRow.contains(current[row]))
            continue;
        int first = row;
        while (first > 0 && !nextRow.contains(current[first - 1]))
            --first;
        sync.removals << qMakePair(first, row);
        row = first;
    }
    const QSet<Id> stays = [&] {
        QSet<Id> s;
        for (const Id id : current)
            if (nextRow.contains(id))
                s.insert(id);
        return s;
    }();
    for (const Id id : current)
        if (stays.contains(id))
            kept << id;
    for (int i = 0; i < next.size(); ++i)
        if (!stays.contains(next[i])) {
            sync.appended << i;
            kept << next[i];
        }
    for (int i = 0; i < kept.size() && !sync.moved; ++i)
        sync.moved = kept[i] != next[i];
    if (sync.moved) {
        sync.to.reserve(kept.size());
        for (const Id id : std::as_const(kept))
            sync.to << nextRow.value(id);
    }
    return sync;
}

QList<QPair<int, int>> RowSync::runs(const QList<bool> &flags)
{
    QList<QPair<int, int>> out;
    for (int i = 0; i < flags.size(); ++i) {
        if (!flags[i])
            continue;
        int last = i;
        while (last + 1 < flags.size() && flags[last + 1])
            ++last;
        out << qMakePair(i, last);
        i = last;
    }
    return out;
}

} // namespace jobprep::ui

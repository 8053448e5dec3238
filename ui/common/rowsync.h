// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/domain.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QPair>

namespace jobprep::ui {

// How a model's rows, each known by a key (a task or company id), become another list of rows
// through row removals, row insertions and one layout change, never a reset: the persistent
// indexes of the rows that stay (a view's selection and current row) follow them. A model runs
// the steps with its own begin/end calls:
//   1. remove each range of `removals` (last range first, so the earlier ones keep their rows);
//   2. append the rows of `next` at the indexes in `appended`, in that order;
//   3. when `moved`, reorder to `next` inside layoutAboutToBeChanged()/layoutChanged(), a row at
//      index i of the list after step 2 going to `to[i]`.
struct RowSync
{
    QList<QPair<int, int>> removals; // [first, last] rows of the current list, bottom up
    QList<int> appended;             // indexes into `next`
    bool moved = false;
    QList<int> to; // when moved: for each row after step 2, its row in `next`

    static RowSync plan(const QList<Id> &current, const QList<Id> &next);
    // Runs of consecutive rows whose flag is set, as [first, last] pairs (for dataChanged()).
    static QList<QPair<int, int>> runs(const QList<bool> &flags);
};

// Runs a RowSync on a model: its rows become `next`, and dataChanged() is emitted for the rows
// that stay but show something else (`same` says which do not). The model declares
// `friend struct ui::RowSyncer;`, so that it can call the model's protected row functions.
struct RowSyncer
{
    template <typename Model, typename Row, typename KeyOf, typename Same>
    static void apply(Model &model, QList<Row> &rows, const QList<Row> &next, KeyOf keyOf, Same same)
    {
        QList<Id> current, wanted;
        for (const Row &r : std::as_const(rows))
            current << keyOf(r);
        for (const Row &r : next)
            wanted << keyOf(r);
        const RowSync sync = RowSync::plan(current, wanted);
        for (const auto &[first, last] : sync.removals) {
            model.beginRemoveRows({}, first, last);
            rows.remove(first, last - first + 1);
            model.endRemoveRows();
        }
        const QList<Row> kept = rows; // as they were, to compare with
        if (!sync.appended.isEmpty()) {
            model.beginInsertRows({}, int(rows.size()), int(rows.size() + sync.appended.size()) - 1);
            for (const int i : sync.appended)
                rows.append(next[i]);
            model.endInsertRows();
        }
        if (sync.moved) {
            Q_EMIT model.layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
            const QModelIndexList from = model.persistentIndexList();
            QModelIndexList to;
            for (const QModelIndex &i : from)
                to << model.createIndex(sync.to[i.row()], i.column());
            rows = next;
            model.changePersistentIndexList(from, to);
            Q_EMIT model.layoutChanged({}, QAbstractItemModel::VerticalSortHint);
        } else {
            rows = next;
        }
        QHash<Id, const Row *> old;
        for (const Row &r : kept)
            old.insert(keyOf(r), &r);
        QList<bool> changed(rows.size(), false);
        for (int row = 0; row < rows.size(); ++row)
            if (const Row *was = old.value(keyOf(rows[row])))
                changed[row] = !same(*was, rows[row]);
        const int lastColumn = static_cast<const QAbstractItemModel &>(model).columnCount({}) - 1;
        for (const auto &[first, last] : RowSync::runs(changed))
            Q_EMIT model.dataChanged(model.index(first, 0, {}), model.index(last, lastColumn, {}));
    }
};

} // namespace jobprep::ui

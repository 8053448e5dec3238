// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "board.h"

#include <QObject>
#include <optional>

namespace jobprep {
class Store;
}

namespace jobprep::ui {

// What the board shows: text matches title, notes or company; kind and company narrow further.
struct BoardFilter
{
    QString text;
    std::optional<Kind> kind;
    Id companyId = 0; // 0: every company
    bool showDone = false;

    bool operator==(const BoardFilter &) const = default;
};

// The board as the panes see it: the core Board computed from the Store for `today`, narrowed by
// the filter. Recomputed whenever the store announces a change, so every pane follows the data.
class BoardState : public QObject
{
    Q_OBJECT
public:
    BoardState(Store &store, const QDate &today, QObject *parent = nullptr);

    Store &store() { return m_store; }
    const QDate &today() const { return m_today; }
    const Board &board() const { return m_board; }
    const BoardFilter &filter() const { return m_filter; }
    void setFilter(const BoardFilter &filter);

    // The cards a pane shows, in order: the filtered open tasks, then (when shown) done ones.
    const QList<PlacedTask> &visible(Quadrant q) const { return m_visible.at(std::size_t(int(q) - 1)); }
    const PlacedTask *find(Id id) const; // among every placed task, visible or not
    // The open task ids of a whole pane, unfiltered, in order (for reordering under a filter).
    QList<Id> paneIds(Quadrant q) const;

public Q_SLOTS:
    void tasksChanged(const QList<jobprep::Id> &ids);
    void recompute();

Q_SIGNALS:
    void changed(); // visible() has new contents

private:
    bool matches(const PlacedTask &t) const;
    void rebuildVisible();

    Store &m_store;
    QDate m_today;
    Board m_board;
    BoardFilter m_filter;
    QList<PlacedTask> m_done; // done tasks, placed as if open, for "show done"
    std::array<QList<PlacedTask>, 4> m_visible;
};

} // namespace jobprep::ui

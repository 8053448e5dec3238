// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/board/board.h"
#include "ui/common/storereader.h"

#include <QObject>
#include <memory>
#include <optional>

namespace jobprep {
class Service;
class Store;
struct ChangeSet;
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
    bool narrowsOpenTasks() const { return !text.trimmed().isEmpty() || kind || companyId; }
};

// The board as the panes see it: the core Board computed from the store for today (the service's
// clock: it moves at midnight), narrowed by the filter. It follows the service's change sets: the
// tasks a change names are placed again, and a change that may move others (settings, a company, a
// posting, another process's write, a new day) recomputes it once.
//
// It can start with the first `firstRows` rows of each pane (Board::computeTop, milliseconds at
// 100 000 tasks), so that the window paints at once. When a pane has more rows than that,
// startLoading() has a worker thread open its own read-only connection to the same file and compute
// the whole board; it is swapped in when it arrives (changed(), then completed()). Changes made meanwhile are applied to it first
// (Board::update for tasks; a wider change reads everything again). Until then board() is partial:
// find() knows only the rows shown, count() and hours() still cover whole panes.
class BoardState : public QObject
{
    Q_OBJECT
public:
    // firstRows 0: the whole board at once. Otherwise the first rows of each pane, and the rest when
    // startLoading() is called (the main window calls it after its first paint, so that the worker
    // does not slow that paint down). An in-memory store always gives the whole board at once.
    explicit BoardState(Service &service, QObject *parent = nullptr, int firstRows = 0);
    ~BoardState() override; // waits for a running worker

    Store &store() { return m_store; }
    const QDate &today() const { return m_today; }
    const Board &board() const { return m_board; }
    bool isComplete() const { return m_complete; }
    const BoardFilter &filter() const { return m_filter; }
    void setFilter(const BoardFilter &filter);

    // The cards a pane shows, in order: the filtered open tasks, then (when shown) done ones.
    // While incomplete: the filtered open tasks among the first rows (the start of the final list).
    const QList<PlacedTask> &visible(Quadrant q) const { return m_visible.at(std::size_t(int(q) - 1)); }
    const PlacedTask *find(Id id) const; // among every placed task, visible or not
    // The open task ids of a whole pane, unfiltered, in order (for reordering under a filter).
    // Complete only when isComplete().
    QList<Id> paneIds(Quadrant q) const;

public Q_SLOTS:
    void startLoading(); // the whole board in a worker thread; nothing when complete or already loading
    void apply(const jobprep::ChangeSet &changes);
    void tasksChanged(const QList<jobprep::Id> &ids);
    void recompute();
    void setToday(const QDate &today); // recomputes when it differs

Q_SIGNALS:
    void changed();   // visible() has new contents
    void completed(); // the whole board has arrived (after its changed())
    void recomputed(); // recompute() ran: the whole board was read again

private:
    struct Full
    {
        Board board;
        QList<PlacedTask> done;
        bool withDone = false;
    };
    static Full computeFull(Store &store, const QDate &today, bool withDone);

    bool matches(const PlacedTask &t) const;
    void rebuildVisible();
    void showTop();      // the first rows again (while incomplete)
    void loaded(const std::shared_ptr<Full> &full);

    Store &m_store;
    QDate m_today;
    int m_firstRows;
    Board m_board;
    BoardFilter m_filter;
    QList<PlacedTask> m_done; // done tasks, placed as if open, for "show done"
    std::array<QList<PlacedTask>, 4> m_visible;

    bool m_complete = true;
    QList<Id> m_changedWhileLoading; // tasks written after the worker started
    bool m_reloadNeeded = false;     // a wider change after the worker started
    // Last, so that it is destroyed first: it waits for a running worker.
    StoreReader<Full> m_loader{this, QStringLiteral("boardLoader")};
};

} // namespace jobprep::ui

// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "boardstate.h"
#include "core/service/clock.h"
#include "core/service/service.h"
#include "core/store/store.h"

namespace jobprep::ui {

BoardState::BoardState(Service &service, QObject *parent, int firstRows)
    : QObject(parent), m_store(service.store()), m_today(service.clock().today()), m_firstRows(firstRows)
{
    Store &store = m_store;
    const QDate today = m_today;
    connect(&service, &Service::changed, this, &BoardState::apply);
    connect(&service.clock(), &Clock::dayChanged, this, &BoardState::setToday);
    // The worker needs a file of its own to open (not an in-memory database).
    if (firstRows <= 0 || !StoreReader<Full>::canRead(store)) {
        m_firstRows = 0;
        recompute();
        return;
    }
    m_board = Board::computeTop(store, today, firstRows);
    for (int q = 1; q <= 4; ++q)
        if (m_board.count(Quadrant(q)) > m_board.pane(Quadrant(q)).size())
            m_complete = false;
    rebuildVisible();
}

// Board::compute cannot be interrupted; at 100 000 tasks the reader's destructor waits well under a second.
BoardState::~BoardState() = default;

BoardState::Full BoardState::computeFull(Store &store, const QDate &today, bool withDone)
{
    Full full;
    full.withDone = withDone;
    full.board = Board::compute(store, today);
    if (withDone) {
        // Done tasks are not on the core board; place them as if open (without their posting
        // links, which only matter for open work) so each shows up near where it used to be.
        QHash<Id, QPair<QString, int>> companies;
        for (const Company &c : store.companies())
            companies.insert(c.id, {c.name, c.interest});
        QList<Task> done;
        for (Task t : store.tasks(true))
            if (!t.isOpen()) {
                t.status = Status::Todo;
                done << t;
            }
        const Board doneBoard = Board::compute(done, {}, companies, store.settings(), today);
        for (int q = 1; q <= 4; ++q)
            for (PlacedTask t : doneBoard.pane(Quadrant(q))) {
                t.task.status = Status::Done;
                full.done << t;
            }
    }
    return full;
}

void BoardState::startLoading()
{
    if (m_complete || m_loader.isRunning())
        return;
    m_changedWhileLoading.clear();
    m_reloadNeeded = false;
    const QDate today = m_today;
    const bool withDone = m_filter.showDone;
    m_loader.start(
        m_store.path(),
        [today, withDone](Store &reader) {
            const StoreSnapshot snapshot(reader); // one state of the file for every read
            return computeFull(reader, today, withDone);
        },
        [this](const std::shared_ptr<Full> &full) { loaded(full); });
}

void BoardState::loaded(const std::shared_ptr<Full> &full)
{
    if (m_complete)
        return;
    if (!full) { // the worker could not read: this thread reads instead
        m_complete = true;
        recompute();
        Q_EMIT completed();
        return;
    }
    // Companies, postings or settings changed since the worker started (or "show done" was
    // switched on): its board may be wrong anywhere, so read it again.
    if (m_reloadNeeded || (m_filter.showDone && !full->withDone)) {
        startLoading();
        return;
    }
    m_board = std::move(full->board);
    m_done = m_filter.showDone ? std::move(full->done) : QList<PlacedTask>();
    // Tasks written since the worker started: the worker may or may not have seen them.
    if (!m_changedWhileLoading.isEmpty())
        m_board.update(m_store, m_changedWhileLoading, m_today);
    m_changedWhileLoading.clear();
    m_complete = true;
    rebuildVisible();
    Q_EMIT changed();
    Q_EMIT completed();
}

void BoardState::showTop()
{
    m_board = Board::computeTop(m_store, m_today, m_firstRows);
    rebuildVisible();
    Q_EMIT changed();
}

void BoardState::setFilter(const BoardFilter &filter)
{
    if (filter == m_filter)
        return;
    // While incomplete no done card is shown yet; loaded() reads them if the worker did not.
    const bool reload = filter.showDone != m_filter.showDone && m_complete;
    m_filter = filter;
    if (reload) {
        recompute();
        return;
    }
    rebuildVisible();
    Q_EMIT changed();
}

void BoardState::rebuildVisible()
{
    for (int q = 1; q <= 4; ++q) {
        QList<PlacedTask> &out = m_visible[std::size_t(q - 1)];
        out.clear();
        for (const PlacedTask &t : m_board.pane(Quadrant(q)))
            if (matches(t))
                out.append(t);
        for (const PlacedTask &t : std::as_const(m_done))
            if (t.placement.quadrant == Quadrant(q) && matches(t))
                out.append(t);
    }
}

void BoardState::apply(const ChangeSet &changes)
{
    // Company interest, posting deadlines and lines and the settings feed the placement of tasks
    // the change does not name, so those recompute the board (once, whatever else changed).
    if (changes.beyondTasks())
        recompute();
    else if (!changes.tasks.isEmpty())
        tasksChanged(changes.tasks.all());
}

void BoardState::setToday(const QDate &today)
{
    if (today == m_today)
        return;
    m_today = today;
    recompute(); // urgency and D-days depend on the day
}

void BoardState::tasksChanged(const QList<Id> &ids)
{
    if (!m_complete) {
        if (m_loader.isRunning()) {
            if (ids.isEmpty() || m_filter.showDone)
                m_reloadNeeded = true;
            else
                m_changedWhileLoading += ids;
        }
        showTop();
        return;
    }
    // A drag or an edit touches a few tasks: re-place just those (milliseconds at 100 000 tasks).
    // An empty list means a wider change (companies, postings, settings) and done cards need their
    // own pass, so those recompute everything.
    if (ids.isEmpty() || m_filter.showDone) {
        recompute();
        return;
    }
    m_board.update(m_store, ids, m_today);
    rebuildVisible();
    Q_EMIT changed();
}

void BoardState::recompute()
{
    Q_EMIT recomputed();
    if (!m_complete) {
        if (m_loader.isRunning())
            m_reloadNeeded = true;
        showTop();
        return;
    }
    // As at start-up: the first rows at once and the rest from the worker, so that a change of a
    // company, posting or setting does not hold the window while every task is placed again.
    if (m_firstRows > 0 && !m_filter.showDone) {
        m_done.clear();
        showTop();
        for (int q = 1; q <= 4; ++q)
            if (m_board.count(Quadrant(q)) > m_board.pane(Quadrant(q)).size())
                m_complete = false;
        if (!m_complete)
            startLoading();
        return;
    }
    Full full = computeFull(m_store, m_today, m_filter.showDone);
    m_board = std::move(full.board);
    m_done = std::move(full.done);
    rebuildVisible();
    Q_EMIT changed();
}

bool BoardState::matches(const PlacedTask &t) const
{
    if (m_filter.kind && t.task.kind != *m_filter.kind)
        return false;
    if (m_filter.companyId && t.task.companyId != m_filter.companyId)
        return false;
    const QString text = m_filter.text.trimmed();
    if (text.isEmpty())
        return true;
    return t.task.title.contains(text, Qt::CaseInsensitive) || t.task.notes.contains(text, Qt::CaseInsensitive) ||
           t.companyName.contains(text, Qt::CaseInsensitive);
}

const PlacedTask *BoardState::find(Id id) const
{
    if (const PlacedTask *t = m_board.find(id))
        return t;
    for (const PlacedTask &t : m_done)
        if (t.task.id == id)
            return &t;
    return nullptr;
}

QList<Id> BoardState::paneIds(Quadrant q) const
{
    QList<Id> ids;
    for (const PlacedTask &t : m_board.pane(q))
        ids << t.task.id;
    return ids;
}

} // namespace jobprep::ui

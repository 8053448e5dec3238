// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "boardstate.h"
#include "store.h"

namespace jobprep::ui {

BoardState::BoardState(Store &store, const QDate &today, QObject *parent)
    : QObject(parent), m_store(store), m_today(today)
{
    connect(&store, &Store::tasksChanged, this, &BoardState::tasksChanged);
    // Company interest and posting deadlines feed the placement, so those changes move cards too.
    connect(&store, &Store::companiesChanged, this, &BoardState::recompute);
    connect(&store, &Store::postingsChanged, this, &BoardState::recompute);
    recompute();
}

void BoardState::setFilter(const BoardFilter &filter)
{
    if (filter == m_filter)
        return;
    const bool reload = filter.showDone != m_filter.showDone;
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

void BoardState::tasksChanged(const QList<Id> &ids)
{
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
    m_board = Board::compute(m_store, m_today);
    m_done.clear();
    if (m_filter.showDone) {
        // Done tasks are not on the core board; place them as if open (without their posting
        // links, which only matter for open work) so each shows up near where it used to be.
        QHash<Id, QPair<QString, int>> companies;
        for (const Company &c : m_store.companies())
            companies.insert(c.id, {c.name, c.interest});
        QList<Task> done;
        for (Task t : m_store.tasks(true))
            if (!t.isOpen()) {
                t.status = Status::Todo;
                done << t;
            }
        const Board doneBoard = Board::compute(done, {}, companies, m_store.settings(), m_today);
        for (int q = 1; q <= 4; ++q)
            for (PlacedTask t : doneBoard.pane(Quadrant(q))) {
                t.task.status = Status::Done;
                m_done << t;
            }
    }
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

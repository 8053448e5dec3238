// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "movetaskscommand.h"
#include "core/store/store.h"

#include <QCoreApplication>
#include <QSet>

namespace jobprep::ui {

MoveTasksCommand::MoveTasksCommand(Store &store, ErrorSink sink, const QList<Id> &ids, Quadrant target)
    : StoreCommand(store, std::move(sink),
                   target == Quadrant::None
                       ? QCoreApplication::translate("jobprep::ui", "Let the planner place %n task(s)", nullptr,
                                                     int(ids.size()))
                       : QCoreApplication::translate("jobprep::ui", "Move %n task(s) to %1", nullptr, int(ids.size()))
                             .arg(displayName(target))),
      m_ids(ids), m_target(target)
{
    for (Id id : ids)
        if (const auto t = store.task(id))
            m_before.insert(id, {t->pinned, t->manualOrder});
}

bool MoveTasksCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const MoveTasksCommand *>(other);
    if (o->failed() || failed() || QSet<Id>(o->m_ids.begin(), o->m_ids.end()) != QSet<Id>(m_ids.begin(), m_ids.end()))
        return false;
    m_target = o->m_target; // keep our "before": undo goes back to before the first move
    setText(o->text());
    return true;
}

void MoveTasksCommand::apply() { m_store.pinTasks(m_ids, m_target); }

void MoveTasksCommand::revert()
{
    m_store.transaction([&] {
        for (Id id : std::as_const(m_ids)) {
            auto t = m_store.task(id);
            if (!t)
                throw DbError(DbError::Kind::NotFound, QCoreApplication::translate("jobprep::ui", "no task with id %1").arg(id));
            const Before b = m_before.value(id);
            t->pinned = b.pinned;
            t->manualOrder = b.manualOrder;
            m_store.updateTask(*t);
        }
    });
}

} // namespace jobprep::ui

// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "movetaskscommand.h"
#include "core/service/service.h"
#include "core/service/taskservice.h"

#include <QCoreApplication>
#include <QSet>

namespace jobprep::ui {

MoveTasksCommand::MoveTasksCommand(Service &service, ErrorSink sink, const QList<Id> &ids, Quadrant target)
    : StoreCommand(
          service, std::move(sink),
          target == Quadrant::None
              ? QCoreApplication::translate("jobprep::ui", "Let the planner place %n task(s)", nullptr,
                                            int(ids.size()))
              : QCoreApplication::translate("jobprep::ui", "Move %n task(s) to %1", nullptr, int(ids.size()))
                    .arg(displayName(target))),
      m_ids(ids), m_target(target)
{
}

bool MoveTasksCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const MoveTasksCommand *>(other);
    if (o->failed() || failed() ||
        QSet<Id>(o->m_ids.begin(), o->m_ids.end()) != QSet<Id>(m_ids.begin(), m_ids.end()))
        return false;
    m_target = o->m_target;
    absorb(*o); // undo goes back to before the first move
    setText(o->text());
    return true;
}

void MoveTasksCommand::apply(Change &change)
{
    m_service.tasks().pin(m_ids, m_target, &change);
}

} // namespace jobprep::ui

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
                    .arg(displayName(target)),
          [ids, target](Service &s, Change *change) { s.tasks().pin(ids, target, change); }),
      m_ids(ids)
{
}

bool MoveTasksCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const MoveTasksCommand *>(other);
    if (o->failed() || failed() ||
        QSet<Id>(o->m_ids.begin(), o->m_ids.end()) != QSet<Id>(m_ids.begin(), m_ids.end()))
        return false;
    absorb(*o); // undo goes back to before the first move
    setText(o->text());
    return true;
}

} // namespace jobprep::ui

// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "completetaskscommand.h"
#include "core/service/service.h"
#include "core/service/taskservice.h"

#include <QCoreApplication>

namespace jobprep::ui {

CompleteTasksCommand::CompleteTasksCommand(Service &service, ErrorSink sink, const QList<Id> &ids)
    : StoreCommand(
          service, std::move(sink),
          QCoreApplication::translate("jobprep::ui", "Mark %n task(s) done", nullptr, int(ids.size()))),
      m_ids(ids)
{
}

void CompleteTasksCommand::apply(Change &change)
{
    m_next = m_service.tasks().complete(m_ids, &change);
}

} // namespace jobprep::ui

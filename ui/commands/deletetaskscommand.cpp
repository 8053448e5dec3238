// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "deletetaskscommand.h"
#include "core/service/service.h"
#include "core/service/taskservice.h"

#include <QCoreApplication>

namespace jobprep::ui {

DeleteTasksCommand::DeleteTasksCommand(Service &service, ErrorSink sink, const QList<Id> &ids)
    : StoreCommand(service, std::move(sink),
                   QCoreApplication::translate("jobprep::ui", "Delete %n task(s)", nullptr, int(ids.size()))),
      m_ids(ids)
{
}

void DeleteTasksCommand::apply(Change &change)
{
    m_service.tasks().remove(m_ids, &change);
}

} // namespace jobprep::ui

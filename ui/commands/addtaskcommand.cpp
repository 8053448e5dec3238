// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "addtaskcommand.h"
#include "core/service/service.h"
#include "core/service/taskservice.h"

#include <QCoreApplication>

namespace jobprep::ui {

AddTaskCommand::AddTaskCommand(Service &service, ErrorSink sink, const Task &task, Id *added)
    : StoreCommand(service, std::move(sink),
                   QCoreApplication::translate("jobprep::ui", "Add \"%1\"").arg(task.title)),
      m_task(task), m_added(added)
{
}

void AddTaskCommand::apply(Change &change)
{
    const Id id = m_service.tasks().add(m_task, &change);
    if (m_added)
        *m_added = id;
}

} // namespace jobprep::ui

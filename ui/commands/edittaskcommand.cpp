// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "edittaskcommand.h"
#include "core/service/service.h"
#include "core/service/taskservice.h"

#include <QCoreApplication>

namespace jobprep::ui {

EditTaskCommand::EditTaskCommand(Service &service, ErrorSink sink, const Task &after)
    : StoreCommand(service, std::move(sink),
                   QCoreApplication::translate("jobprep::ui", "Edit \"%1\"").arg(after.title)),
      m_after(after)
{
}

void EditTaskCommand::apply(Change &change)
{
    m_service.tasks().edit(m_after, &change);
}

} // namespace jobprep::ui

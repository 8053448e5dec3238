// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "addtaskcommand.h"
#include "core/store/store.h"

#include <QCoreApplication>

namespace jobprep::ui {

AddTaskCommand::AddTaskCommand(Store &store, ErrorSink sink, const Task &task)
    : StoreCommand(store, std::move(sink), QCoreApplication::translate("jobprep::ui", "Add \"%1\"").arg(task.title)),
      m_task(task)
{
}

void AddTaskCommand::apply() { m_task.id = m_store.addTask(m_task); }
void AddTaskCommand::revert() { m_store.deleteTask(m_task.id); }

} // namespace jobprep::ui

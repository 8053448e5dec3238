// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "edittaskcommand.h"
#include "core/store/store.h"

#include <QCoreApplication>

namespace jobprep::ui {

EditTaskCommand::EditTaskCommand(Store &store, ErrorSink sink, const Task &before, const Task &after)
    : StoreCommand(store, std::move(sink), QCoreApplication::translate("jobprep::ui", "Edit \"%1\"").arg(after.title)),
      m_before(before), m_after(after)
{
}

void EditTaskCommand::apply() { m_store.updateTask(m_after); }
void EditTaskCommand::revert() { m_store.updateTask(m_before); }

} // namespace jobprep::ui

// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "storecommand.h"

namespace jobprep::ui {

// Adds a task; redo after undo brings it back under the same id.
class AddTaskCommand : public StoreCommand
{
public:
    AddTaskCommand(Store &store, ErrorSink sink, const Task &task);
    Id taskId() const { return m_task.id; }

protected:
    void apply() override;
    void revert() override;

private:
    Task m_task;
};

} // namespace jobprep::ui

// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "storecommand.h"

namespace jobprep::ui {

// Adds a task; redo after undo brings it back under the same id.
class AddTaskCommand : public StoreCommand
{
public:
    // `added`, when given, receives the new id when the command first runs (and only then).
    AddTaskCommand(Service &service, ErrorSink sink, const Task &task, Id *added = nullptr);

protected:
    void apply(Change &change) override;

private:
    Task m_task;
    Id *m_added;
};

} // namespace jobprep::ui

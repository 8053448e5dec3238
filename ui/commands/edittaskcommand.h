// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "storecommand.h"

namespace jobprep::ui {

// Replaces every field of one task (title, kind, links…) with what the editor produced; done and
// reopen go through the same rule as anywhere else (TaskService::edit).
class EditTaskCommand : public StoreCommand
{
public:
    EditTaskCommand(Service &service, ErrorSink sink, const Task &after);

protected:
    void apply(Change &change) override;

private:
    Task m_after;
};

} // namespace jobprep::ui

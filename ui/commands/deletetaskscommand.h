// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "storecommand.h"

namespace jobprep::ui {

// Deletes tasks; undo adds them back with their ids, links, streaks and stamps.
class DeleteTasksCommand : public StoreCommand
{
public:
    DeleteTasksCommand(Store &store, ErrorSink sink, const QList<Id> &ids);

protected:
    void apply() override;
    void revert() override;

private:
    QList<Task> m_tasks;
};

} // namespace jobprep::ui

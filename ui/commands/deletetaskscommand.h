// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "storecommand.h"

namespace jobprep::ui {

// Deletes tasks; undo writes them back with their ids, links, streaks and stamps.
class DeleteTasksCommand : public StoreCommand
{
public:
    DeleteTasksCommand(Service &service, ErrorSink sink, const QList<Id> &ids);

protected:
    void apply(Change &change) override;

private:
    QList<Id> m_ids;
};

} // namespace jobprep::ui

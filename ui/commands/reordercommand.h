// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "storecommand.h"

namespace jobprep::ui {

// Gives a pane the user's own order (TaskService::reorder); undo restores each task's old order.
class ReorderCommand : public StoreCommand
{
public:
    ReorderCommand(Service &service, ErrorSink sink, const QList<Id> &order);

protected:
    void apply(Change &change) override;

private:
    QList<Id> m_order;
};

} // namespace jobprep::ui

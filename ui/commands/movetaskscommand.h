// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "storecommand.h"

namespace jobprep::ui {

// Pins tasks to a quadrant (None: lets the planner place them again). Repeated moves of the same
// selection merge into one step, so Ctrl+1, Ctrl+2, Ctrl+3 undoes back to where it started.
class MoveTasksCommand : public StoreCommand
{
public:
    static constexpr int kId = 1001;
    MoveTasksCommand(Service &service, ErrorSink sink, const QList<Id> &ids, Quadrant target);
    int id() const override { return kId; }
    bool mergeWith(const QUndoCommand *other) override;
    const QList<Id> &ids() const { return m_ids; }

private:
    QList<Id> m_ids;
};

} // namespace jobprep::ui

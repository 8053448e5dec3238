// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "storecommand.h"

namespace jobprep::ui {

// Marks tasks done today. A habit's streak advances and its next occurrence appears; undo
// removes that occurrence and puts the task back exactly as it was, streak included.
class CompleteTasksCommand : public StoreCommand
{
public:
    CompleteTasksCommand(Service &service, ErrorSink sink, const QList<Id> &ids);
    const QList<Id> &nextOccurrences() const { return m_next; }

protected:
    void apply(Change &change) override;

private:
    QList<Id> m_ids;
    QList<Id> m_next;
};

} // namespace jobprep::ui

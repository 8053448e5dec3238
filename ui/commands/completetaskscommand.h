// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "storecommand.h"

namespace jobprep::ui {

// Marks tasks done on `today`. A habit's streak advances and its next occurrence appears; undo
// removes that occurrence and puts the task back exactly as it was, streak included.
class CompleteTasksCommand : public StoreCommand
{
public:
    CompleteTasksCommand(Store &store, ErrorSink sink, const QList<Id> &ids, const QDate &today);
    const QList<Id> &nextOccurrences() const { return m_next; }

protected:
    void apply() override;
    void revert() override;

private:
    QList<Task> m_before;
    QList<Id> m_next;
    QDate m_today;
};

} // namespace jobprep::ui

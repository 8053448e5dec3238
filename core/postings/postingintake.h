// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "taskproposal.h"

namespace jobprep {

class StoreWriter;

struct IntakeResult
{
    Id postingId = 0;
    QList<Id> createdTasks;
    QList<Id> linkedTasks; // existing tasks that gained a line, each once
};

// Stores a pasted posting with its lines and turns the ticked proposals into tasks, in one
// transaction: either everything is written or nothing. It writes through the service's writer:
// the service runs it (PostingService::addWithTasks).
//
// A ticked proposal with existingTaskId links its line to that task. Otherwise a new task is
// created — unless an earlier ticked proposal of the same posting has the same skill (or, with no
// skill, the same title), in which case the line joins that new task. New tasks belong to the
// posting's company.
class PostingIntake
{
public:
    static IntakeResult store(StoreWriter &store, const Posting &posting, const QList<ProposedTask> &proposals);
};

} // namespace jobprep

// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// How a task is written to its row; shared by the single and the bulk writes of the store.
#pragma once

#include "domain.h"
#include "sqlite/statement.h"

namespace jobprep {

// INSERT with ?1 id (NULL: a new one) … ?15 updated_at, then ?16..?19 the placement inputs.
extern const char kInsertTaskSql[];
// Binds ?2..?13: title to manual order.
void bindTaskRow(Statement &st, const Task &t);

} // namespace jobprep

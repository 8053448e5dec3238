// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "storecommand.h"

namespace jobprep::ui {

// Replaces every field of one task (title, kind, links…) with what the editor produced.
class EditTaskCommand : public StoreCommand
{
public:
    EditTaskCommand(Store &store, ErrorSink sink, const Task &before, const Task &after);

protected:
    void apply() override;
    void revert() override;

private:
    Task m_before;
    Task m_after;
};

} // namespace jobprep::ui

// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/store/store.h"
#include "readiness.h"

#include <optional>

namespace jobprep {

// One line of a stored posting as the Postings view and `posting show` present it: the tasks
// linked to it and the skills any one of which satisfies it.
struct LineOverview
{
    PostingLine line;
    QList<Store::LineTask> tasks; // by task id
    QList<QStringList> oneOf;     // "TensorFlow 또는 PyTorch": [[TensorFlow, PyTorch]]
    // Closed by a done task (what readiness counts).
    bool done() const;
    // A line a task can be made for: requirement and preferred lines (eligibility never becomes one).
    bool takesTask() const
    {
        return line.section == Section::Requirement || line.section == Section::Preferred;
    }
};

// A stored posting with its company's name, its lines with their tasks, and its readiness, read
// in one snapshot of the file.
struct PostingOverview
{
    Posting posting; // with its lines (also in `lines`)
    QString company;
    QList<LineOverview> lines;
    PostingReadiness readiness;

    QList<const LineOverview *> inSection(Section section) const;
    static std::optional<PostingOverview> read(Store &store, Id postingId);
};

} // namespace jobprep

// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/placement/placement.h"

namespace jobprep::ui {

// The "why" of a placement as short HTML: where it is, where the planner would put it, and the
// points behind importance and urgency.
QString whyHtml(const Task &task, const Placement &placement);

} // namespace jobprep::ui

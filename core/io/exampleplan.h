// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>

namespace jobprep {

class StoreWriter;

// A realistic AI / data-engineer job hunt dated relative to `today`: five target companies at
// different stages (with stage history), their postings (duties, requirements, preferred lines in
// Korean and English) and tasks of every kind linked to those lines, including daily habits. Every
// quadrant gets work, one task is pinned, and the Toss posting is half covered by done tasks.
// Written in one transaction: all or nothing. For screenshots, demos and a first run; the service
// runs it with its writer (DataService::addExamplePlan).
void addExamplePlan(StoreWriter &store, const QDate &today);

} // namespace jobprep

// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/plan/weeklyplan.h"

#include <QJsonObject>

namespace jobprep {

// The plan's data as JSON ({"format": "jobprep-plan", "version": 1, …}); README.md documents it.
QJsonObject planToJson(const WeeklyPlan &plan);
QByteArray planToJsonBytes(const WeeklyPlan &plan);
// Several weeks in a row (plan --weeks N): {"format": "jobprep-plans", "weeks": [plan, …]}.
QByteArray plansToJsonBytes(const QList<WeeklyPlan> &plans);

} // namespace jobprep

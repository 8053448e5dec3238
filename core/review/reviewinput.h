// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "weeklyreview.h"

namespace jobprep {

class Store;

// What the review of the week of `anyDayOfWeek` reads, from the store, as of `today`: the plans
// recorded that week, the tasks done and due in it, each open habit's record, the requirement lines
// of the target companies (not rejected or withdrawn) whose postings were open in the week, and the
// week after's plan as the planner sees it today.
ReviewInput reviewInput(Store &store, const QDate &anyDayOfWeek, const QDate &today);
// buildReview(reviewInput(…)).
WeeklyReview reviewWeek(Store &store, const QDate &anyDayOfWeek, const QDate &today);

} // namespace jobprep

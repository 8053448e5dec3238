// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace jobprep::schema {

// The forward migrations; step N (1-based) takes a file from user_version N-1 to N.
// Append only: a released step is never edited.
const QStringList &migrations();

} // namespace jobprep::schema

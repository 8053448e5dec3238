// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/board/board.h"

#include <QJsonObject>

namespace jobprep {

// A placed task as the CLI's --json prints it (documented in the README).
QJsonObject placedTaskJson(const PlacedTask &task, const QDate &today);

} // namespace jobprep

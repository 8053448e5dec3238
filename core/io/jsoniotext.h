// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// The translation context of the JSON import's messages. Internal to core.
#pragma once

#include <QCoreApplication>

namespace jobprep {

// A context of its own, so that lupdate and the runtime agree on its name.
struct JsonIo
{
    Q_DECLARE_TR_FUNCTIONS(jobprep::JsonIo)
};

} // namespace jobprep

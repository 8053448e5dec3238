// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>

namespace jobprep::cli {

// The translation context of the CLI's messages: Text::tr("…") follows the locale like the GUI.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(jobprep::cli::Text)
};

} // namespace jobprep::cli

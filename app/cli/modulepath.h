// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace jobprep::cli {

// Where jobprep-cli looks for a module of its own (the PDF and calendar parts): beside the binary
// (the build tree), then in the installed module folder (JOBPREP_PDF_MODULE_DIR, relative to it).
// Callable before a QCoreApplication exists.
QStringList moduleCandidates(const QString &fileName, const char *argv0 = nullptr);

} // namespace jobprep::cli

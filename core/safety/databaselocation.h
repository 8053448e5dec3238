// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace jobprep {

// The database the GUI and the CLI open: --db FILE, else $JOBPREP_DB, else
// QStandardPaths::AppDataLocation/jobprep.sqlite (its folder is created).
QString resolveDatabasePath(const QString &fromOption);
QString defaultDatabasePath();
// Sets organisation and application names so that both programs share one data folder.
void setApplicationIdentity();

} // namespace jobprep

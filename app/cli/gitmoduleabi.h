// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

// The entry points of jobprep-cli-git.so, looked up by name. The _v1 suffix changes with their
// signatures (or with HabitLink / LinkScan), so a module from another build is refused instead of
// called wrongly.
#include "core/habits/habitrecord.h"

extern "C" {
using JobPrepGitScanLinksFn = void (*)(const QList<jobprep::HabitLink> *links, const QTimeZone *zone,
                                       QList<jobprep::LinkScan> *scans);
using JobPrepGitDefaultAuthorsFn = void (*)(const QString *repo, QStringList *authors);
}

#define JOBPREP_GIT_SCAN_LINKS_SYMBOL "jobprep_git_scan_links_v1"
#define JOBPREP_GIT_DEFAULT_AUTHORS_SYMBOL "jobprep_git_default_authors_v1"

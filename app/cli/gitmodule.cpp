// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// jobprep-cli-git.so: the only part of jobprep-cli that links libgit2 (see gitmodule.h).
#include "gitmoduleabi.h"
#include "integrations/git/gitauthors.h"
#include "integrations/git/gitscanner.h"

extern "C" Q_DECL_EXPORT void jobprep_git_scan_links_v1(const QList<jobprep::HabitLink> *links,
                                                        const QTimeZone *zone, QList<jobprep::LinkScan> *scans)
{
    *scans = jobprep::git::scanLinks(*links, *zone);
}

extern "C" Q_DECL_EXPORT void jobprep_git_default_authors_v1(const QString *repo, QStringList *authors)
{
    *authors = jobprep::git::defaultAuthors(*repo);
}

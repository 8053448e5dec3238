// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "cli.h"
#include "climodule.h"
#include "gitmodule.h"
#include "gitmoduleabi.h"

namespace jobprep::cli {
namespace {

struct Git
{
    CliModule module;
    QFunctionPointer scanLinks = nullptr;
    QFunctionPointer defaultAuthors = nullptr;
};

Git &load()
{
    static Git m;
    if (!loadCliModule(m.module, QStringLiteral("jobprep-cli-git.so"), QStringLiteral("Reading git repositories"),
                       nullptr,
                       {{JOBPREP_GIT_SCAN_LINKS_SYMBOL, &m.scanLinks},
                        {JOBPREP_GIT_DEFAULT_AUTHORS_SYMBOL, &m.defaultAuthors}}))
        throw UsageError(m.module.error);
    return m;
}

} // namespace

void loadGitModule() { load(); }

QList<LinkScan> scanLinks(const QList<HabitLink> &links, const QTimeZone &zone)
{
    QList<LinkScan> scans;
    if (links.isEmpty())
        return scans; // nothing to read: no need for the module
    reinterpret_cast<JobPrepGitScanLinksFn>(load().scanLinks)(&links, &zone, &scans);
    return scans;
}

QStringList defaultAuthors(const QString &repo)
{
    QStringList authors;
    reinterpret_cast<JobPrepGitDefaultAuthorsFn>(load().defaultAuthors)(&repo, &authors);
    return authors;
}

} // namespace jobprep::cli

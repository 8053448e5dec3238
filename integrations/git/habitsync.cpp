// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "habitsync.h"
#include "core/service/habitservice.h"
#include "core/service/service.h"

namespace jobprep::git {

SyncSummary applyScans(Service &service, const QList<LinkScan> &scans)
{
    SyncSummary s;
    for (const LinkScan &scan : scans) {
        if (!service.habits().applyScan(scan))
            continue;
        ++s.links;
        s.commits += int(scan.commits.size());
        if (!scan.problem.isEmpty()) {
            const auto link = service.store().habitLink(scan.linkId);
            const auto task = link ? service.store().task(link->taskId) : std::nullopt;
            s.problems << QStringLiteral("%1: %2").arg(task ? task->title : QString(), scan.problem);
        }
    }
    return s;
}

SyncSummary syncHabits(Service &service, ScanLinksFn scan, const QTimeZone &zone)
{
    return applyScans(service, scan(service.store().habitLinks(), zone));
}

} // namespace jobprep::git

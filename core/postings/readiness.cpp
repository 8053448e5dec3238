// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "readiness.h"
#include "core/store/store.h"

namespace jobprep {

ReadinessReport ReadinessReport::compute(Store &store, const QDate &today)
{
    ReadinessReport r;
    store.forEachPostingCoverage([&](const Store::PostingCoverage &p) {
        const PostingReadiness pr{p.requirementLines, p.requirementLinesDone};
        r.m_postings.insert(p.postingId, pr);
        CompanyReadiness &c = r.m_companies[p.companyId];
        ++c.postings;
        if (p.deadline.isValid() && p.deadline < today)
            return; // closed postings do not count towards readiness
        c.requirementLines += pr.requirementLines;
        c.requirementLinesDone += pr.requirementLinesDone;
        if (p.deadline.isValid() && (!c.nearestDeadline.isValid() || p.deadline < c.nearestDeadline))
            c.nearestDeadline = p.deadline;
    });
    return r;
}

} // namespace jobprep

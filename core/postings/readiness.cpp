// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "readiness.h"
#include "core/store/store.h"

namespace jobprep {

ReadinessReport ReadinessReport::compute(Store &store, const QDate &today)
{
    ReadinessReport r;
    Database &db = store.database();
    Statement st = db.prepare(QStringLiteral(
        "SELECT p.id, p.company_id, p.deadline, "
        "  (SELECT count(*) FROM posting_lines pl WHERE pl.posting_id = p.id AND pl.section = 'requirement'), "
        "  (SELECT count(*) FROM posting_lines pl WHERE pl.posting_id = p.id AND pl.section = 'requirement' "
        "     AND EXISTS (SELECT 1 FROM task_lines tl JOIN tasks t ON t.id = tl.task_id "
        "                 WHERE tl.line_id = pl.id AND t.status = 'done')) "
        "FROM postings p"));
    while (st.step()) {
        const PostingReadiness pr{st.int32(3), st.int32(4)};
        r.m_postings.insert(st.int64(0), pr);
        CompanyReadiness &c = r.m_companies[st.int64(1)];
        ++c.postings;
        const QDate deadline = st.date(2);
        if (deadline.isValid() && deadline < today)
            continue; // closed postings do not count towards readiness
        c.requirementLines += pr.requirementLines;
        c.requirementLinesDone += pr.requirementLinesDone;
        if (deadline.isValid() && (!c.nearestDeadline.isValid() || deadline < c.nearestDeadline))
            c.nearestDeadline = deadline;
    }
    return r;
}

} // namespace jobprep

// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "taskrows.h"
#include "core/domain/dates.h"
#include "store.h"

#include <algorithm>

namespace jobprep {

TaskRowFacts::TaskRowFacts(QHash<Id, LinkInfo> lines, QHash<Id, int> interest, Placer placer, QByteArray now,
                           bool checkCompanies)
    : m_lines(std::move(lines)), m_interest(std::move(interest)), m_placer(std::move(placer)), m_now(std::move(now)),
      m_checkCompanies(checkCompanies)
{
}

PreparedTask TaskRowFacts::prepare(Task task) const
{
    QList<LinkInfo> links;
    links.reserve(task.lineIds.size());
    for (Id line : std::as_const(task.lineIds)) {
        const auto it = m_lines.constFind(line);
        if (it == m_lines.constEnd())
            throw DbError(DbError::Kind::NotFound, Store::tr("task: no posting line with id %1").arg(line));
        links.append(*it);
    }
    int interest = 0;
    if (task.companyId) {
        const auto it = m_interest.constFind(task.companyId);
        if (it != m_interest.constEnd())
            interest = *it;
        else if (m_checkCompanies)
            throw DbError(DbError::Kind::Constraint, Store::tr("task: no company with id %1").arg(task.companyId));
    }
    PreparedTask p;
    p.inputs = m_placer.inputs(task, links, interest);
    std::sort(task.lineIds.begin(), task.lineIds.end()); // the order task_lines' key is appended in
    p.title = task.title.trimmed().toUtf8();
    p.notes = task.notes.toUtf8();
    p.created = task.created.isValid() ? isoDateTimeText(task.created).toUtf8() : m_now;
    p.updated = task.updated.isValid() ? isoDateTimeText(task.updated).toUtf8() : m_now;
    p.task = std::move(task);
    return p;
}

} // namespace jobprep

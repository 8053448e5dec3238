// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/domain.h"

#include <QHash>

namespace jobprep {

class Store;

struct PostingReadiness
{
    int requirementLines = 0;
    int requirementLinesDone = 0; // closed by at least one done task
    double readiness() const { return requirementLines ? double(requirementLinesDone) / requirementLines : 0.0; }
    // "50% (1/2)", or "-" for a posting without requirement lines.
    QString text() const
    {
        if (!requirementLines)
            return QStringLiteral("-");
        return QStringLiteral("%1% (%2/%3)").arg(qRound(readiness() * 100)).arg(requirementLinesDone).arg(requirementLines);
    }
};

struct CompanyReadiness : PostingReadiness
{
    int postings = 0;
    QDate nearestDeadline; // the nearest deadline not yet passed
};

// Readiness of a posting = requirement lines closed by done tasks / requirement lines; of a company,
// the same over its open postings (deadline today or later, or none).
class ReadinessReport
{
public:
    static ReadinessReport compute(Store &store, const QDate &today);
    PostingReadiness posting(Id id) const { return m_postings.value(id); }
    CompanyReadiness company(Id id) const { return m_companies.value(id); }

private:
    QHash<Id, PostingReadiness> m_postings;
    QHash<Id, CompanyReadiness> m_companies;
};

} // namespace jobprep

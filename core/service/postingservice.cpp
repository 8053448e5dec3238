// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "postingservice.h"
#include "service.h"

namespace jobprep {

Id PostingService::add(Posting posting, Change *change)
{
    posting.id = 0;
    Id id = 0;
    m_service.write([&] { id = m_service.writer().addPosting(posting); }, change);
    return id;
}

void PostingService::edit(const Posting &posting, Change *change)
{
    m_service.write([&] { m_service.writer().updatePosting(posting); }, change);
}

void PostingService::remove(Id id, Change *change)
{
    m_service.write([&] { m_service.writer().deletePosting(id); }, change);
}

IntakeResult PostingService::addWithTasks(const Posting &posting, const QList<ProposedTask> &proposals,
                                          Change *change)
{
    IntakeResult result;
    m_service.write([&] { result = PostingIntake::store(m_service.writer(), posting, proposals); }, change);
    return result;
}

IntakeResult PostingService::addWithTasks(const QString &companyName, Posting posting,
                                          const QList<ProposedTask> &proposals, Change *change)
{
    IntakeResult result;
    StoreWriter &w = m_service.writer();
    m_service.write(
        [&] {
            if (const auto company = w.companyByName(companyName)) {
                posting.companyId = company->id;
            } else {
                Company c;
                c.name = companyName;
                posting.companyId = w.addCompany(c);
            }
            result = PostingIntake::store(w, posting, proposals);
        },
        change);
    return result;
}

} // namespace jobprep

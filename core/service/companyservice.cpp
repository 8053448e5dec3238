// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "companyservice.h"
#include "service.h"

#include <QCoreApplication>

namespace jobprep {

Id CompanyService::add(Company company, Change *change)
{
    company.id = 0;
    Id id = 0;
    m_service.write([&] { id = m_service.writer().addCompany(company); }, change);
    return id;
}

void CompanyService::edit(const Company &after, Change *change)
{
    m_service.write([&] { m_service.writer().updateCompany(after); }, change);
}

void CompanyService::setStage(Id id, Stage stage, Change *change)
{
    StoreWriter &w = m_service.writer();
    m_service.write(
        [&] {
            auto c = w.company(id);
            if (!c)
                throw DbError(DbError::Kind::NotFound,
                              QCoreApplication::translate("jobprep::Store", "no company with id %1").arg(id));
            c->stage = stage;
            w.updateCompany(*c);
        },
        change);
}

void CompanyService::remove(Id id, Change *change)
{
    m_service.write([&] { m_service.writer().deleteCompany(id); }, change);
}

} // namespace jobprep

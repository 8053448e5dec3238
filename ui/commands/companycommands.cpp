// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "companycommands.h"
#include "core/service/companyservice.h"
#include "core/service/service.h"

#include <QCoreApplication>

namespace jobprep::ui {

AddCompanyCommand::AddCompanyCommand(Service &service, ErrorSink sink, const Company &company, Id *added)
    : StoreCommand(service, std::move(sink),
                   QCoreApplication::translate("jobprep::ui", "Add %1").arg(company.name)),
      m_company(company), m_added(added)
{
}

void AddCompanyCommand::apply(Change &change)
{
    const Id id = m_service.companies().add(m_company, &change);
    if (m_added)
        *m_added = id;
}

EditCompanyCommand::EditCompanyCommand(Service &service, ErrorSink sink, const Company &after)
    : StoreCommand(service, std::move(sink),
                   QCoreApplication::translate("jobprep::ui", "Edit %1").arg(after.name)),
      m_after(after)
{
}

void EditCompanyCommand::apply(Change &change)
{
    m_service.companies().edit(m_after, &change);
}

DeleteCompanyCommand::DeleteCompanyCommand(Service &service, ErrorSink sink, Id companyId,
                                           const QString &name)
    : StoreCommand(service, std::move(sink),
                   QCoreApplication::translate("jobprep::ui", "Delete %1").arg(name)),
      m_companyId(companyId)
{
}

void DeleteCompanyCommand::apply(Change &change)
{
    m_service.companies().remove(m_companyId, &change);
}

} // namespace jobprep::ui

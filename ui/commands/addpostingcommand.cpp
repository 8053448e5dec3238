// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "addpostingcommand.h"
#include "core/service/postingservice.h"
#include "core/service/service.h"

#include <QCoreApplication>

namespace jobprep::ui {

AddPostingCommand::AddPostingCommand(Service &service, ErrorSink sink, const QString &companyName,
                                     const Posting &posting, const QList<ProposedTask> &proposals,
                                     IntakeResult *result)
    : StoreCommand(service, std::move(sink),
                   QCoreApplication::translate("jobprep::ui", "Add posting %1").arg(posting.title)),
      m_companyName(companyName), m_posting(posting), m_proposals(proposals), m_result(result)
{
}

void AddPostingCommand::apply(Change &change)
{
    const IntakeResult r = m_service.postings().addWithTasks(m_companyName, m_posting, m_proposals, &change);
    if (m_result)
        *m_result = r;
}

} // namespace jobprep::ui

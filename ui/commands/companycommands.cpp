// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "companycommands.h"
#include "core/store/store.h"

#include <QCoreApplication>
#include <QSet>

namespace jobprep {

EditCompanyCommand::EditCompanyCommand(Store &store, Company before, Company after, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("jobprep::CompaniesView", "Edit %1").arg(after.name), parent),
      m_store(store), m_before(std::move(before)), m_after(std::move(after))
{
}

void EditCompanyCommand::redo() { m_store.updateCompany(m_after); }
void EditCompanyCommand::undo() { m_store.updateCompany(m_before); }

DeleteCompanyCommand::DeleteCompanyCommand(Store &store, Id companyId, QUndoCommand *parent)
    : QUndoCommand(parent), m_store(store), m_companyId(companyId)
{
    m_company = *m_store.company(companyId);
    setText(QCoreApplication::translate("jobprep::CompaniesView", "Delete %1").arg(m_company.name));
}

void DeleteCompanyCommand::redo()
{
    // Read what the delete removes now, not at construction: tasks may have been linked since.
    m_postings = m_store.postings(m_companyId);
    QSet<Id> lines;
    for (const Posting &p : m_postings)
        for (const PostingLine &l : p.lines)
            lines.insert(l.id);
    m_taskLines.clear();
    m_ownTasks.clear();
    for (const Task &t : m_store.tasks(true)) {
        for (Id l : t.lineIds)
            if (lines.contains(l))
                m_taskLines[t.id] << l;
        if (t.companyId == m_companyId)
            m_ownTasks << t.id;
    }
    m_store.deleteCompany(m_companyId);
}

void DeleteCompanyCommand::undo()
{
    m_store.transaction([&] {
        Company c = m_company;
        c.id = 0;
        m_companyId = m_store.addCompany(c);
        for (Posting p : m_postings) {
            p.id = 0;
            p.companyId = m_companyId;
            m_store.addPosting(p); // line ids are kept, so the links below find them
        }
        QSet<Id> touched(m_ownTasks.begin(), m_ownTasks.end());
        for (auto it = m_taskLines.begin(); it != m_taskLines.end(); ++it)
            touched.insert(it.key());
        for (Id id : touched) {
            auto t = m_store.task(id);
            if (!t)
                continue;
            for (Id l : m_taskLines.value(id))
                if (!t->lineIds.contains(l))
                    t->lineIds << l;
            if (m_ownTasks.contains(id))
                t->companyId = m_companyId;
            m_store.updateTask(*t);
        }
    });
}

} // namespace jobprep

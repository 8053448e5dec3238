// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/domain.h"

#include <QHash>
#include <QUndoCommand>

namespace jobprep {

class Store;

// Edits a company (name, stage, interest, …). Pushed on the shared QUndoStack.
class EditCompanyCommand : public QUndoCommand
{
public:
    EditCompanyCommand(Store &store, Company before, Company after, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Store &m_store;
    Company m_before;
    Company m_after;
};

// Deletes a company with its postings; its tasks stay and lose their links. Undo brings the
// company (new id), its postings and lines (same line ids) and the tasks' links back.
class DeleteCompanyCommand : public QUndoCommand
{
public:
    DeleteCompanyCommand(Store &store, Id companyId, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    Id companyId() const { return m_companyId; }

private:
    Store &m_store;
    Id m_companyId;
    Company m_company;
    QList<Posting> m_postings;
    QHash<Id, QList<Id>> m_taskLines; // task -> its links to lines of these postings
    QList<Id> m_ownTasks;             // tasks whose company was this one
};

} // namespace jobprep

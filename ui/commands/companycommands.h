// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "storecommand.h"

namespace jobprep::ui {

// Adds a company (name, interest, website, notes).
class AddCompanyCommand : public StoreCommand
{
public:
    // `added`, when given, receives the new id when the command first runs (and only then).
    AddCompanyCommand(Service &service, ErrorSink sink, const Company &company, Id *added = nullptr);

protected:
    void apply(Change &change) override;

private:
    Company m_company;
    Id *m_added;
};

// Edits a company (name, stage, interest, …). Undo of a new stage removes the history entry it added.
class EditCompanyCommand : public StoreCommand
{
public:
    EditCompanyCommand(Service &service, ErrorSink sink, const Company &after);

protected:
    void apply(Change &change) override;

private:
    Company m_after;
};

// Deletes a company with its postings; its tasks stay and lose their links. Undo brings the
// company back under its id, with its history, postings, lines and the tasks' links.
class DeleteCompanyCommand : public StoreCommand
{
public:
    DeleteCompanyCommand(Service &service, ErrorSink sink, Id companyId, const QString &name);
    Id companyId() const { return m_companyId; }

protected:
    void apply(Change &change) override;

private:
    Id m_companyId;
};

} // namespace jobprep::ui

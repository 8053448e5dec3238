// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/postings/postingintake.h"

namespace jobprep {

class Service;
struct Change;

// Every change of a posting and its lines. Each is one transaction; `change`, when given,
// receives the rows it changed (for undo). Throws DbError and then changes nothing.
class PostingService
{
public:
    explicit PostingService(Service &service) : m_service(service) {}

    Id add(Posting posting, Change *change = nullptr);
    // Lines are matched by id: kept ones are updated, missing ones go (with their tasks' links).
    void edit(const Posting &posting, Change *change = nullptr);
    void remove(Id id, Change *change = nullptr);
    // A pasted posting with the ticked proposals turned into tasks or links (PostingIntake), all or
    // nothing. With a company name, the company is looked up by it and added when there is none.
    IntakeResult addWithTasks(const Posting &posting, const QList<ProposedTask> &proposals,
                              Change *change = nullptr);
    IntakeResult addWithTasks(const QString &companyName, Posting posting,
                              const QList<ProposedTask> &proposals, Change *change = nullptr);

private:
    Service &m_service;
};

} // namespace jobprep

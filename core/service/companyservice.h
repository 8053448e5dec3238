// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/domain.h"

namespace jobprep {

class Service;
struct Change;

// Every change of a company. Each is one transaction; `change`, when given, receives the rows it
// changed (for undo). Throws DbError and then changes nothing.
class CompanyService
{
public:
    explicit CompanyService(Service &service) : m_service(service) {}

    // A new company; its name must not be taken (compared case-insensitively).
    Id add(Company company, Change *change = nullptr);
    // Every field from `after` (same id). A new stage adds an entry dated today to its history.
    void edit(const Company &after, Change *change = nullptr);
    void setStage(Id id, Stage stage, Change *change = nullptr);
    // Its postings and their lines go with it; its tasks stay, without their links to those lines.
    void remove(Id id, Change *change = nullptr);

private:
    Service &m_service;
};

} // namespace jobprep

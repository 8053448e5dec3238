// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/io/jsonio.h"

namespace jobprep {

class Service;
struct Change;

// Writes of many rows at once: the JSON import, the example plan, the placement cache's repair.
class DataService
{
public:
    explicit DataService(Service &service) : m_service(service) {}

    // All or nothing (importJson in core/io). Too large to undo: afterwards every view reads again.
    ImportSummary importJson(const QByteArray &json, const ImportProgress &progress = {});
    // The example plan dated from today, into an empty database only (DbError Invalid otherwise).
    void addExamplePlan(Change *change = nullptr);
    // Each open task's stored placement inputs and task_groups computed again (`check --repair`).
    void rebuildPlacementCache();

private:
    Service &m_service;
};

} // namespace jobprep

// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "dataservice.h"
#include "clock.h"
#include "core/io/exampleplan.h"
#include "service.h"

#include <QCoreApplication>

namespace jobprep {

ImportSummary DataService::importJson(const QByteArray &json, const ImportProgress &progress)
{
    ImportSummary summary;
    m_service.writeUnrecorded([&] { summary = jobprep::importJson(m_service.writer(), json, progress); });
    return summary;
}

void DataService::addExamplePlan(Change *change)
{
    StoreWriter &w = m_service.writer();
    m_service.write(
        [&] {
            Store &store = w.store();
            // Mixing sample companies into someone's real plan is never wanted.
            if (!store.companies().isEmpty() || !store.postings().isEmpty() || !store.tasks(true).isEmpty())
                throw DbError(DbError::Kind::Invalid,
                              QCoreApplication::translate(
                                  "jobprep::Store",
                                  "%1: the database is not empty; the example plan fills only an empty one")
                                  .arg(store.path()));
            jobprep::addExamplePlan(w, m_service.clock().today());
        },
        change);
}

void DataService::rebuildPlacementCache()
{
    m_service.writeUnrecorded([&] { m_service.writer().rebuildPlacementCache(); });
}

} // namespace jobprep

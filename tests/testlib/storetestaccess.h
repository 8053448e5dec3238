// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/store/storewriter.h"

namespace jobprep::test {

// What tests may do and the app may not: write through the store directly (to set up data) and
// reach its raw connection (to check rows, or to break them on purpose). The app's only writer is
// the service.
class StoreTestAccess
{
public:
    static StoreWriter writer(Store &store) { return StoreWriter(store); }
    static Database &database(Store &store) { return store.m_db; }
};

inline StoreWriter writer(Store &store)
{
    return StoreTestAccess::writer(store);
}
inline Database &database(Store &store)
{
    return StoreTestAccess::database(store);
}

} // namespace jobprep::test

#include "core/io/exampleplan.h"
#include "core/io/jsonio.h"

namespace jobprep {

// The import and the example plan written straight into a store, for tests of those two (the app
// runs them through the service: DataService).
inline ImportSummary importJson(Store &store, const QByteArray &json, const ImportProgress &progress = {})
{
    StoreWriter w = test::writer(store);
    return importJson(w, json, progress);
}

inline void addExamplePlan(Store &store, const QDate &today)
{
    StoreWriter w = test::writer(store);
    addExamplePlan(w, today);
}

} // namespace jobprep

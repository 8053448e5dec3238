// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// libFuzzer: any bytes given to the JSON import either import or throw ImportError, and leave the
// store consistent (an import is all or nothing).
#include "jsonio.h"
#include "store.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    jobprep::Store store(QStringLiteral(":memory:"));
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    try {
        jobprep::importJson(store, json);
    } catch (const jobprep::ImportError &) {
        // Rejected: nothing may have been written.
        if (!store.tasks().isEmpty() || !store.companies().isEmpty() || !store.postings().isEmpty())
            std::abort();
    }
    // Whatever was imported exports again.
    (void)jobprep::exportJson(store);
    return 0;
}

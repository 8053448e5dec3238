// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// libFuzzer: any bytes given to the JSON import (simdjson's On-Demand reader) either import or throw
// ImportError with a message, and leave the store as it was (an import is all or nothing). What
// the import accepts, QJsonDocument (an independent, more lenient reader) must accept too, with the
// same tasks in the same order.
#include "core/io/jsonio.h"
#include "core/service/dataservice.h"
#include "core/service/service.h"
#include "core/store/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    jobprep::Store store(QStringLiteral(":memory:"));
    jobprep::Service service(store);
    QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    if (size % 2)
        json.reserve(json.size() +
                     64); // read in place, with just the room simdjson needs; otherwise from a copy
    try {
        const jobprep::ImportSummary summary = service.data().importJson(json);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            std::abort(); // imported what is no JSON object
        const QJsonArray tasks = doc.object().value(QStringLiteral("tasks")).toArray();
        const QList<jobprep::Task> stored = store.tasks(true);
        if (summary.tasks != tasks.size() || stored.size() != tasks.size())
            std::abort();                            // not every task, or more
        for (qsizetype i = 0; i < tasks.size(); ++i) // the store keeps titles trimmed
            if (stored[i].title != tasks[i].toObject().value(QStringLiteral("title")).toString().trimmed())
                std::abort(); // read differently
    } catch (const jobprep::ImportError &e) {
        // Refused, with a reason: nothing may have been written.
        if (e.message().isEmpty() || !store.tasks(true).isEmpty() || !store.companies().isEmpty() ||
            !store.postings().isEmpty())
            std::abort();
    }
    // Whatever was imported exports again.
    (void)jobprep::exportJson(store);
    return 0;
}

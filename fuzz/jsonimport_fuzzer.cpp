// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// libFuzzer: any bytes given to the JSON import either import or throw ImportError, and leave the
// store consistent (an import is all or nothing). The import's own JSON reader must accept only what
// QJsonDocument accepts, and read it to the same values.
#include "jsonio.h"
#include "jsondom.h"
#include "store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    jobprep::Store store(QStringLiteral(":memory:"));
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    if (const auto dom = jobprep::JsonDom::parse(json)) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
        if (error.error != QJsonParseError::NoError)
            std::abort(); // accepted what Qt rejects
        const QJsonValue qt = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
        if (!jobprep::JsonDom::sameReading(dom->toQJson(jobprep::JsonDom::root()), qt))
            std::abort(); // read it differently
    }
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

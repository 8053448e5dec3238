// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// libFuzzer: any bytes given to the JSON import either import or throw ImportError, and leave the
// store consistent (an import is all or nothing). The import's own JSON reader must accept only what
// QJsonDocument accepts, and read it to the same values.
#include "core/io/jsondom.h"
#include "core/io/jsonio.h"
#include "core/io/jsonlayout.h"
#include "core/service/dataservice.h"
#include "core/service/service.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    jobprep::Store store(QStringLiteral(":memory:"));
    jobprep::Service service(store);
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    if (const auto dom = jobprep::JsonDom::parse(json)) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
        if (error.error != QJsonParseError::NoError)
            std::abort(); // accepted what Qt rejects
        const QJsonValue qt = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
        if (!jobprep::JsonDom::sameReading(dom->toQJson(jobprep::JsonDom::root()), qt))
            std::abort(); // read it differently
        // The import reads the arrays of a document it can lay out a run of elements at a time: a
        // run that reads must read as the whole document reads there.
        if (const auto layout = jobprep::JsonLayout::of(json)) {
            const QJsonObject whole = qt.toObject();
            for (const jobprep::JsonLayout::Member &m : layout->members) {
                if (m.elements.empty())
                    continue;
                const auto run = jobprep::JsonDom::parse(jobprep::JsonLayout::elements(json, m, 0, m.elements.size()));
                if (run && !jobprep::JsonDom::sameReading(run->toQJson(jobprep::JsonDom::root()),
                                                          whole.value(QString::fromLatin1(m.key))))
                    std::abort(); // a run read differently from the whole
            }
        }
    }
    try {
        service.data().importJson(json);
    } catch (const jobprep::ImportError &) {
        // Rejected: nothing may have been written.
        if (!store.tasks().isEmpty() || !store.companies().isEmpty() || !store.postings().isEmpty())
            std::abort();
    }
    // Whatever was imported exports again.
    (void)jobprep::exportJson(store);
    return 0;
}

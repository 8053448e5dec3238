// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/calendar.h"

#include <QByteArray>
#include <QStringList>
#include <memory>

namespace jobprep {

// iCalendar text (an .ics file, or one CalDAV calendar object) read with libical: who made its
// events, and their occurrences as busy time, repeating events expanded (RRULE, RDATE, EXDATE,
// and instances moved by RECURRENCE-ID). Never parsed by hand.
class IcalReader
{
public:
    IcalReader();
    ~IcalReader();
    IcalReader(const IcalReader &) = delete;
    IcalReader &operator=(const IcalReader &) = delete;

    // False, with a message naming the line, when the text is no iCalendar or an event has no
    // start libical can read; nothing is kept then. `name` (a file, an href) starts the message.
    bool read(const QByteArray &text, const QString &name, QString *error);

    int eventCount() const;
    QString uid() const;    // of the first event
    QString marker() const; // its X-JOBPREP-DB: the database that wrote it, empty for anyone else

    // Every occurrence that overlaps fromUtc..toUtc, as busy time. Events marked free
    // (TRANSP:TRANSPARENT) or cancelled (STATUS:CANCELLED) are not busy and are left out.
    QList<BusyEvent> busy(const QDateTime &fromUtc, const QDateTime &toUtc) const;

private:
    struct Data;
    std::unique_ptr<Data> d;
};

} // namespace jobprep

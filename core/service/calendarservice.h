// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/calendar.h"

namespace jobprep {

class Service;
struct Change;

// The calendar sync's writes (issue 18): the account, the sync state after each confirmed response
// of the server, the raw events of others, and the busy time read from them or from a file. Each
// is one transaction of its own, so a sync cut off halfway keeps every step the server confirmed.
class CalendarService
{
public:
    explicit CalendarService(Service &service) : m_service(service) {}

    CalendarAccount account() const;
    void saveAccount(const CalendarAccount &account, Change *change = nullptr);
    // The last sync's summary, kept with the account for `calendar status` and the status bar.
    void noteSync(const QString &summary, const QDateTime &at);

    void recordEvent(const CalendarRecord &record);
    void forgetEvent(const QString &calendar, const QString &uid);
    void keepObjects(const QList<CalendarObject> &objects); // nothing when they are what is kept
    // Replaces the busy events of `source`; nothing (and no change announced) when they are the same.
    void setBusy(BusySource source, const QList<BusyEvent> &events, Change *change = nullptr);

private:
    Service &m_service;
};

} // namespace jobprep

// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "calendarservice.h"
#include "service.h"

#include <algorithm>
#include <tuple>

namespace jobprep {
namespace {

// The events without their row ids, in a fixed order, to see whether anything differs.
QList<BusyEvent> comparable(QList<BusyEvent> events)
{
    for (BusyEvent &e : events)
        e.id = 0;
    std::sort(events.begin(), events.end(), [](const BusyEvent &a, const BusyEvent &b) {
        return std::tie(a.start, a.end, a.summary) < std::tie(b.start, b.end, b.summary);
    });
    return events;
}

} // namespace

CalendarAccount CalendarService::account() const { return m_service.store().calendarAccount(); }

void CalendarService::saveAccount(const CalendarAccount &account, Change *change)
{
    StoreWriter &w = m_service.writer();
    m_service.write([&] { w.saveCalendarAccount(account); }, change);
}

void CalendarService::noteSync(const QString &summary, const QDateTime &at)
{
    StoreWriter &w = m_service.writer();
    m_service.write(
        [&] {
            CalendarAccount a = w.store().calendarAccount();
            a.lastSync = summary;
            a.lastSyncAt = at;
            w.saveCalendarAccount(a);
        },
        nullptr);
}

void CalendarService::recordEvent(const CalendarRecord &record)
{
    StoreWriter &w = m_service.writer();
    m_service.write([&] { w.putCalendarRecord(record); }, nullptr);
}

void CalendarService::forgetEvent(const QString &calendar, const QString &uid)
{
    StoreWriter &w = m_service.writer();
    m_service.write([&] { w.removeCalendarRecord(calendar, uid); }, nullptr);
}

void CalendarService::keepObjects(const QList<CalendarObject> &objects)
{
    StoreWriter &w = m_service.writer();
    m_service.write(
        [&] {
            const QList<CalendarObject> kept = w.store().calendarObjects();
            auto same = [](const CalendarObject &a, const CalendarObject &b) {
                return a.href == b.href && a.etag == b.etag && a.data == b.data;
            };
            QList<CalendarObject> sorted = objects;
            std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.href < b.href; });
            if (!std::equal(kept.begin(), kept.end(), sorted.begin(), sorted.end(), same))
                w.replaceCalendarObjects(sorted);
        },
        nullptr);
}

void CalendarService::setBusy(BusySource source, const QList<BusyEvent> &events, Change *change)
{
    StoreWriter &w = m_service.writer();
    m_service.write(
        [&] {
            QList<BusyEvent> kept = w.store().busyEvents();
            kept.removeIf([source](const BusyEvent &e) { return e.source != source; });
            QList<BusyEvent> wanted = events;
            for (BusyEvent &e : wanted)
                e.source = source;
            if (comparable(kept) != comparable(wanted))
                w.replaceBusyEvents(source, wanted);
        },
        change);
}

} // namespace jobprep

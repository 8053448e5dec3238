// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/calendar/calendarsync.h"
#include "davclient.h"
#include "syncsummary.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimeZone>

namespace jobprep {

class Service;
class IcalReader;

struct CalendarSyncOptions
{
    int weeks = 2;  // this week and the next N
    QDate today;
    QDateTime now;  // UTC: which blocks are over
    int parallel = 4; // requests in flight at once
};

// One sync with a CalDAV calendar, carried out on the caller's thread (QNetworkAccessManager is
// asynchronous): read what the calendar holds in the synced weeks (one calendar-query REPORT for
// the ETags, a calendar-multiget for the events not read before), keep the others' events as busy
// time, plan the weeks around it, decide (core/calendar) and write. The sync state is written
// after each confirmed response, so a sync cut off anywhere leaves nothing half-known: the next
// one finishes the job without duplicates.
class CalendarSyncJob : public QObject
{
    Q_OBJECT
public:
    // `collection`: the calendar's URL; empty: the first calendar for events found from the
    // account's URL (discoverCalendars).
    CalendarSyncJob(Service &service, const DavClient::Account &account, const QUrl &collection,
                    const CalendarSyncOptions &options, QObject *parent = nullptr);
    ~CalendarSyncJob() override;

    void start();
    // start(), then waits for the end in a local event loop: for the CLI and the tests.
    const CalendarSyncResult &run();
    void cancel(); // requests in flight are dropped; what was confirmed stays recorded
    const CalendarSyncResult &result() const { return m_result; }

    // Test seam: called after each write the server confirmed and the sync state recorded.
    std::function<void(int written)> afterEachWrite;

Q_SIGNALS:
    void progress(int done, int total);
    void finished(const jobprep::CalendarSyncResult &result);

private:
    void list();
    void fetch(QStringList hrefs);
    void readBusy();
    void decideAndWrite();
    void next();
    void carryOut(const CalendarAction &action);
    void created(const CalendarAction &action, const DavResult &r);
    void adoptExisting(const CalendarAction &action);
    void record(const CalendarAction &action, const QString &etag, CalendarRecord::State state);
    void confirmed();
    void fail(const DavResult &r);
    void finish();

    Service &m_service;
    DavClient *m_client;
    QUrl m_collection;
    CalendarSyncOptions m_options;
    QString m_databaseId;
    QDate m_first, m_last;
    QDateTime m_fromUtc, m_toUtc;
    QHash<QString, QString> m_listed;       // href (decoded path) -> ETag
    QHash<QString, CalendarObject> m_read;  // href -> fetched now or kept from before
    QList<CalendarRecord> m_records;
    CalendarSyncInput m_input;
    QList<CalendarAction> m_queue;
    int m_total = 0;
    int m_done = 0;
    int m_written = 0;
    bool m_finished = false;
    bool m_writing = false;
    CalendarSyncResult m_result;
};

} // namespace jobprep

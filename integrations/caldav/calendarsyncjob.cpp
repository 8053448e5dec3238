// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "calendarsyncjob.h"
#include "calendardiscovery.h"
#include "core/export/icsexport.h"
#include "core/plan/weeklyplanner.h"
#include "core/service/calendarservice.h"
#include "core/service/planservice.h"
#include "core/service/service.h"
#include "integrations/ical/icalreader.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QSet>

namespace jobprep {
namespace {

constexpr int kMultigetBatch = 200;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(jobprep::CalendarSync)
};

} // namespace

CalendarSyncJob::CalendarSyncJob(Service &service, const DavClient::Account &account, const QUrl &collection,
                                 const CalendarSyncOptions &options, QObject *parent)
    : QObject(parent), m_service(service), m_client(new DavClient(account, this)), m_collection(collection),
      m_options(options)
{
    if (!m_options.today.isValid())
        m_options.today = QDate::currentDate();
    if (!m_options.now.isValid())
        m_options.now = QDateTime::currentDateTimeUtc();
    m_options.parallel = std::max(1, m_options.parallel);
}

CalendarSyncJob::~CalendarSyncJob() = default;

const CalendarSyncResult &CalendarSyncJob::run()
{
    QEventLoop loop;
    bool done = false; // finished may come before exec(), when the sync fails at once
    connect(this, &CalendarSyncJob::finished, &loop, [&] {
        done = true;
        loop.quit();
    });
    start();
    if (!done)
        loop.exec();
    return m_result;
}

void CalendarSyncJob::start()
{
    m_databaseId = m_service.store().databaseId();
    const QTimeZone zone = QTimeZone::systemTimeZone();
    m_first = m_options.today.addDays(1 - m_options.today.dayOfWeek());
    m_last = m_first.addDays(7 * (m_options.weeks + 1) - 1);
    m_fromUtc = QDateTime(m_first, QTime(0, 0), zone).toUTC();
    // A day more: a block of the last Sunday may run past midnight.
    m_toUtc = QDateTime(m_last.addDays(2), QTime(0, 0), zone).toUTC();
    if (!m_collection.isEmpty())
        return list();
    discoverCalendars(*m_client, [this](const QList<CalendarInfo> &found, const QString &error) {
        for (const CalendarInfo &c : found)
            if (c.events) {
                m_collection = c.url;
                return list();
            }
        DavResult r;
        r.status = 404;
        r.error = error.isEmpty() ? Text::tr("%1: no calendar for events there")
                                        .arg(m_client->baseUrl().toDisplayString(QUrl::RemoveUserInfo))
                                  : error;
        fail(r);
    });
}

void CalendarSyncJob::cancel()
{
    if (m_finished)
        return;
    m_client->abortAll();
    m_result.cancelled = true;
    m_result.error = Text::tr("cancelled after %1 of %2 changes; the next sync finishes the rest").arg(m_done).arg(m_total);
    finish();
}

void CalendarSyncJob::list()
{
    m_result.calendar = m_collection;
    m_client->report(m_collection, 1, dav::calendarQueryBody(m_fromUtc, m_toUtc), [this](const DavResult &r) {
        if (!r.ok())
            return fail(r);
        const QString self = DavClient::pathOf(m_collection);
        for (const dav::Response &x : r.responses) {
            const QString href = DavClient::pathOf(m_client->urlFor(x.href));
            if (x.status < 300 && href != self && !x.etag.isEmpty())
                m_listed.insert(href, x.etag);
        }
        m_records = m_service.store().calendarRecords(m_collection.toString());
        QHash<QString, const CalendarRecord *> ours;
        for (const CalendarRecord &rec : std::as_const(m_records))
            ours.insert(rec.href, &rec);
        for (const CalendarObject &o : m_service.store().calendarObjects())
            m_read.insert(o.href, o);
        // Read only what is neither ours as we wrote it nor kept from before with the same ETag.
        QStringList wanted;
        for (auto it = m_listed.cbegin(); it != m_listed.cend(); ++it) {
            const CalendarRecord *rec = ours.value(it.key());
            if (rec && rec->state == CalendarRecord::State::Synced && rec->etag == it.value())
                continue;
            if (m_read.value(it.key()).etag == it.value())
                continue;
            wanted << it.key();
        }
        std::sort(wanted.begin(), wanted.end());
        fetch(wanted);
    });
}

void CalendarSyncJob::fetch(QStringList hrefs)
{
    if (hrefs.isEmpty())
        return readBusy();
    const QStringList batch = hrefs.mid(0, kMultigetBatch);
    hrefs = hrefs.mid(batch.size());
    QStringList encoded;
    for (const QString &h : batch) {
        QUrl u = m_collection;
        u.setPath(h, QUrl::DecodedMode);
        encoded << u.path(QUrl::FullyEncoded);
    }
    m_client->report(m_collection, 1, dav::multigetBody(encoded), [this, hrefs](const DavResult &r) {
        if (!r.ok())
            return fail(r);
        for (const dav::Response &x : r.responses)
            if (x.status < 300 && !x.calendarData.isEmpty()) {
                const QString href = DavClient::pathOf(m_client->urlFor(x.href));
                m_read.insert(href, {href, x.etag.isEmpty() ? m_listed.value(href) : x.etag, x.calendarData});
            }
        fetch(hrefs);
    });
}

void CalendarSyncJob::readBusy()
{
    QHash<QString, const CalendarRecord *> ours, oursByUid;
    for (const CalendarRecord &rec : std::as_const(m_records)) {
        ours.insert(rec.href, &rec);
        oursByUid.insert(rec.uid, &rec);
    }
    const QString prefix = icsUidPrefix(m_databaseId);
    QList<CalendarObject> keep;
    QList<BusyEvent> busy;
    QStringList hrefs = m_listed.keys();
    std::sort(hrefs.begin(), hrefs.end());
    for (const QString &href : std::as_const(hrefs)) {
        const CalendarRecord *rec = ours.value(href);
        if (rec && rec->state == CalendarRecord::State::Synced && rec->etag == m_listed.value(href))
            continue; // ours, as we wrote it
        const auto it = m_read.constFind(href);
        if (it == m_read.cend())
            continue; // listed but not returned by the multiget: read again next time
        IcalReader reader;
        QString why;
        if (!reader.read(it->data, href, &why)) {
            m_result.warnings << why;
            continue;
        }
        if (!rec && reader.marker() == m_databaseId && reader.uid().startsWith(prefix) &&
            !oursByUid.contains(reader.uid())) {
            m_input.orphans.insert(reader.uid(), href); // ours, written by a sync whose answer was lost
            continue;
        }
        keep.append(*it);
        busy += reader.busy(m_fromUtc, m_toUtc);
    }
    m_service.calendar().keepObjects(keep);
    m_service.calendar().setBusy(BusySource::Calendar, busy);
    m_result.busyRead = int(busy.size());
    decideAndWrite();
}

void CalendarSyncJob::decideAndWrite()
{
    Store &store = m_service.store();
    const QList<WeeklyPlan> plans = WeeklyPlanner::planWeeks(store, m_options.today, m_options.today, m_options.weeks);
    // What was planned, kept for the weekly review when this is the day's first plan.
    if (!plans.isEmpty())
        m_service.plans().recordIfFirstToday(plans.first());
    m_input.calendar = m_collection.toString();
    m_input.collectionPath = DavClient::pathOf(m_collection);
    m_input.planned = plannedEvents(plans, QTimeZone::systemTimeZone(), m_options.now);
    m_input.records = m_records;
    m_input.listed = m_listed;
    m_input.first = m_first;
    m_input.last = m_last;
    m_input.now = m_options.now;
    QList<Id> taskIds;
    for (const CalendarRecord &r : std::as_const(m_records))
        taskIds << r.taskId;
    m_input.tasks = store.taskStatuses(taskIds);
    const CalendarSyncPlan plan = decideCalendarSync(m_input);
    m_result.unchanged = plan.unchanged;
    m_result.kept = plan.kept;
    for (const CalendarAction &a : plan.actions) {
        switch (a.kind) {
        case CalendarAction::Kind::MarkEdited:
            record(a, a.etag, CalendarRecord::State::Edited);
            m_result.keptEvents << a.uid;
            break;
        case CalendarAction::Kind::MarkRemoved:
            record(a, a.etag, CalendarRecord::State::Removed);
            m_result.keptEvents << a.uid;
            break;
        case CalendarAction::Kind::Forget:
            m_service.calendar().forgetEvent(m_input.calendar, a.uid);
            break;
        default:
            m_queue.append(a);
        }
    }
    m_total = int(m_queue.size());
    m_writing = true;
    Q_EMIT progress(0, m_total);
    next();
}

void CalendarSyncJob::next()
{
    if (m_finished)
        return;
    if (!m_result.error.isEmpty() && m_client->running() == 0)
        return finish(); // the last request in flight after a failure has ended
    while (!m_queue.isEmpty() && m_client->running() < m_options.parallel)
        carryOut(m_queue.takeFirst());
    if (m_queue.isEmpty() && m_client->running() == 0)
        finish();
}

void CalendarSyncJob::carryOut(const CalendarAction &a)
{
    QUrl url = m_collection;
    url.setPath(a.href, QUrl::DecodedMode);
    switch (a.kind) {
    case CalendarAction::Kind::Create:
        m_client->put(url, m_input.planned[a.planned].body, QString(), [this, a](const DavResult &r) {
            if (!r.ok())
                return fail(r);
            if (r.status == 412)
                return adoptExisting(a); // there already: a create whose answer was lost
            created(a, r);
        });
        break;
    case CalendarAction::Kind::Update:
        m_client->put(url, m_input.planned[a.planned].body, a.etag, [this, a](const DavResult &r) {
            if (!r.ok())
                return fail(r);
            if (r.status == 412) { // changed by the user since it was listed
                record(a, a.etag, CalendarRecord::State::Edited);
                ++m_result.kept;
                m_result.keptEvents << a.uid;
                return confirmed();
            }
            created(a, r);
        });
        break;
    case CalendarAction::Kind::Delete:
        m_client->remove(url, a.etag, [this, a](const DavResult &r) {
            if (!r.ok())
                return fail(r);
            if (r.status == 412) {
                if (!a.adopted)
                    record(a, a.etag, CalendarRecord::State::Edited);
            } else {
                if (!a.adopted)
                    m_service.calendar().forgetEvent(m_input.calendar, a.uid);
                if (r.status != 404)
                    ++m_result.deleted;
            }
            confirmed();
        });
        break;
    default:
        break;
    }
}

// A PUT the server took: record its ETag (asked for when the answer has none).
void CalendarSyncJob::created(const CalendarAction &a, const DavResult &r)
{
    const bool isCreate = a.kind == CalendarAction::Kind::Create || a.adopted;
    if (!r.etag.isEmpty()) {
        record(a, r.etag, CalendarRecord::State::Synced);
        ++(isCreate ? m_result.created : m_result.updated);
        return confirmed();
    }
    m_client->propfind(r.url, 0, {QStringLiteral("d:getetag")}, [this, a, isCreate](const DavResult &p) {
        if (!p.ok())
            return fail(p);
        record(a, p.responses.value(0).etag, CalendarRecord::State::Synced);
        ++(isCreate ? m_result.created : m_result.updated);
        confirmed();
    });
}

void CalendarSyncJob::adoptExisting(const CalendarAction &a)
{
    QUrl url = m_collection;
    url.setPath(a.href, QUrl::DecodedMode);
    m_client->get(url, [this, a, url](const DavResult &g) {
        if (!g.ok())
            return fail(g);
        IcalReader reader;
        QString why;
        if (!reader.read(g.body, a.href, &why) || reader.marker() != m_databaseId || reader.uid() != a.uid) {
            m_result.warnings << Text::tr("%1: an event of someone else is where this plan's event would go; left alone")
                                     .arg(url.toDisplayString(QUrl::RemoveUserInfo));
            return confirmed();
        }
        CalendarAction update = a;
        update.kind = CalendarAction::Kind::Update;
        update.adopted = true;
        update.etag = g.etag;
        carryOut(update);
    });
}

void CalendarSyncJob::record(const CalendarAction &a, const QString &etag, CalendarRecord::State state)
{
    CalendarRecord r;
    for (const CalendarRecord &known : std::as_const(m_records))
        if (known.uid == a.uid)
            r = known;
    r.uid = a.uid;
    r.calendar = m_input.calendar;
    r.href = a.href;
    r.etag = etag;
    r.state = state;
    if (a.planned >= 0) {
        const PlannedEvent &p = m_input.planned[a.planned];
        r.taskId = p.taskId;
        r.day = p.day;
        r.block = p.block;
        r.end = p.end;
        r.content = p.content;
    }
    m_service.calendar().recordEvent(r);
}

void CalendarSyncJob::confirmed()
{
    ++m_done;
    ++m_written;
    Q_EMIT progress(m_done, m_total);
    if (afterEachWrite)
        afterEachWrite(m_written);
    next();
}

void CalendarSyncJob::fail(const DavResult &r)
{
    if (m_finished)
        return;
    if (m_result.error.isEmpty()) { // the first failure is the one named
        m_result.error = r.error;
        m_result.refusedOrUnreachable = r.refusedOrUnreachable();
    }
    // While writing, the requests already sent may still succeed: let them end, so that each write
    // the server confirms is recorded, and send nothing more. Before that, nothing is written.
    m_queue.clear();
    if (!m_writing || m_client->running() == 0) {
        m_client->abortAll();
        finish();
    }
}

void CalendarSyncJob::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(m_result);
}

} // namespace jobprep

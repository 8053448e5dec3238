// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// The calendar sync's tables (schema 6): the database id, the account, the sync state, the raw
// events of others and the busy time.
#include "store.h"

namespace jobprep {
namespace {

QString stateText(CalendarRecord::State s)
{
    switch (s) {
    case CalendarRecord::State::Edited: return QStringLiteral("edited");
    case CalendarRecord::State::Removed: return QStringLiteral("removed");
    case CalendarRecord::State::Synced: break;
    }
    return QStringLiteral("synced");
}

CalendarRecord::State stateFrom(const QString &text)
{
    if (text == QLatin1String("edited"))
        return CalendarRecord::State::Edited;
    if (text == QLatin1String("removed"))
        return CalendarRecord::State::Removed;
    return CalendarRecord::State::Synced;
}

QString timeText(BusyEvent::Time t)
{
    switch (t) {
    case BusyEvent::Time::Floating: return QStringLiteral("floating");
    case BusyEvent::Time::AllDay: return QStringLiteral("all-day");
    case BusyEvent::Time::Instant: break;
    }
    return QStringLiteral("instant");
}

// The stored text of a busy event's bound: a UTC instant ends in Z, a floating time has none, an
// all-day bound is a date. All three sort as text in the order of their dates.
QString boundText(const QDateTime &t, BusyEvent::Time kind)
{
    switch (kind) {
    case BusyEvent::Time::AllDay: return t.date().toString(Qt::ISODate);
    case BusyEvent::Time::Floating: return t.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss"));
    case BusyEvent::Time::Instant: break;
    }
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

QDateTime boundFrom(const QString &text)
{
    if (text.size() == 10)
        return QDateTime(QDate::fromString(text, Qt::ISODate), QTime(0, 0), Qt::UTC);
    QString t = text;
    if (t.endsWith(QLatin1Char('Z')))
        t.chop(1);
    QDateTime d = QDateTime::fromString(t, QStringLiteral("yyyy-MM-dd'T'HH:mm:ss"));
    d.setTimeSpec(Qt::UTC);
    return d;
}

const char *const kCalendarKeys[] = {"url", "user", "collection", "weeks", "auto_sync", "last_sync", "last_sync_at"};

} // namespace

QString Store::databaseId()
{
    Statement st = m_db.prepare(QStringLiteral("SELECT value FROM settings WHERE key = 'database.id'"));
    return st.step() ? st.text(0) : QString();
}

CalendarAccount Store::calendarAccount()
{
    QHash<QString, QString> v;
    Statement st = m_db.prepare(QStringLiteral("SELECT key, value FROM calendar_settings"));
    while (st.step())
        v.insert(st.text(0), st.text(1));
    CalendarAccount a;
    a.url = v.value(QStringLiteral("url"));
    a.user = v.value(QStringLiteral("user"));
    a.collection = v.value(QStringLiteral("collection"));
    bool ok = false;
    const int weeks = v.value(QStringLiteral("weeks")).toInt(&ok);
    a.weeks = ok ? weeks : 2;
    a.autoSync = v.value(QStringLiteral("auto_sync")) == QLatin1String("1");
    a.lastSync = v.value(QStringLiteral("last_sync"));
    a.lastSyncAt = QDateTime::fromString(v.value(QStringLiteral("last_sync_at")), Qt::ISODate);
    return a;
}

void Store::saveCalendarAccount(const CalendarAccount &a)
{
    const QStringList values{a.url,
                             a.user,
                             a.collection,
                             QString::number(a.weeks),
                             a.autoSync ? QStringLiteral("1") : QStringLiteral("0"),
                             a.lastSync,
                             a.lastSyncAt.isValid() ? a.lastSyncAt.toUTC().toString(Qt::ISODate) : QString()};
    transaction([&] {
        Statement st = m_db.prepare(QStringLiteral("INSERT INTO calendar_settings(key, value) VALUES(?1, ?2) "
                                                   "ON CONFLICT(key) DO UPDATE SET value = excluded.value "
                                                   "WHERE value <> excluded.value"));
        for (qsizetype i = 0; i < values.size(); ++i) {
            st.bind(1, QString::fromLatin1(kCalendarKeys[i])).bind(2, values[i]).run();
            st.reset();
        }
    });
}

QList<CalendarRecord> Store::calendarRecords(const QString &calendar)
{
    QList<CalendarRecord> out;
    Statement st = m_db.prepare(QStringLiteral("SELECT calendar, uid, href, etag, task_id, day, block, ends_at, content, "
                                               "state FROM calendar_events WHERE calendar = ?1 ORDER BY uid"));
    st.bind(1, calendar);
    while (st.step()) {
        CalendarRecord r;
        r.calendar = st.text(0);
        r.uid = st.text(1);
        r.href = st.text(2);
        r.etag = st.text(3);
        r.taskId = st.int64(4);
        r.day = st.date(5);
        r.block = st.int32(6);
        r.end = boundFrom(st.text(7));
        r.content = st.text(8).toLatin1();
        r.state = stateFrom(st.text(9));
        out.append(std::move(r));
    }
    return out;
}

void Store::putCalendarRecord(const CalendarRecord &r)
{
    if (r.uid.isEmpty() || r.calendar.isEmpty() || r.href.isEmpty())
        throw DbError(DbError::Kind::Invalid, tr("calendar event: a UID, a calendar and an href are needed"));
    transaction([&] {
        m_db.prepare(QStringLiteral("INSERT INTO calendar_events(calendar, uid, href, etag, task_id, day, block, ends_at, "
                                    "content, state) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) "
                                    "ON CONFLICT(calendar, uid) DO UPDATE SET href = excluded.href, etag = excluded.etag, "
                                    "task_id = excluded.task_id, day = excluded.day, block = excluded.block, "
                                    "ends_at = excluded.ends_at, content = excluded.content, state = excluded.state"))
            .bind(1, r.calendar)
            .bind(2, r.uid)
            .bind(3, r.href)
            .bind(4, r.etag)
            .bind(5, r.taskId)
            .bind(6, r.day)
            .bind(7, r.block)
            .bind(8, boundText(r.end, BusyEvent::Time::Instant))
            .bind(9, QString::fromLatin1(r.content))
            .bind(10, stateText(r.state))
            .run();
    });
}

void Store::removeCalendarRecord(const QString &calendar, const QString &uid)
{
    transaction([&] {
        m_db.prepare(QStringLiteral("DELETE FROM calendar_events WHERE calendar = ?1 AND uid = ?2"))
            .bind(1, calendar)
            .bind(2, uid)
            .run();
    });
}

QList<CalendarObject> Store::calendarObjects()
{
    QList<CalendarObject> out;
    Statement st = m_db.prepare(QStringLiteral("SELECT href, etag, data FROM calendar_objects ORDER BY href"));
    while (st.step())
        out.append({st.text(0), st.text(1), st.text(2).toUtf8()});
    return out;
}

void Store::replaceCalendarObjects(const QList<CalendarObject> &objects)
{
    transaction([&] {
        m_db.exec(QStringLiteral("DELETE FROM calendar_objects"));
        Statement st = m_db.prepare(QStringLiteral("INSERT INTO calendar_objects(href, etag, data) VALUES(?1, ?2, ?3)"));
        for (const CalendarObject &o : objects) {
            st.bind(1, o.href).bind(2, o.etag).bind(3, QString::fromUtf8(o.data)).run();
            st.reset();
        }
    });
}

QList<BusyEvent> Store::busyEvents(const QDate &from, const QDate &to)
{
    QList<BusyEvent> out;
    // A day of margin on both sides: a UTC instant's date may differ from its local date.
    Statement st = m_db.prepare(QStringLiteral("SELECT id, source, summary, time, starts_at, ends_at FROM busy_events "
                                               "WHERE (?1 IS NULL OR ends_at >= ?1) AND (?2 IS NULL OR starts_at < ?2) "
                                               "ORDER BY starts_at, id"));
    if (from.isValid())
        st.bind(1, from.addDays(-1));
    else
        st.bindNull(1);
    if (to.isValid())
        st.bind(2, to.addDays(2));
    else
        st.bindNull(2);
    while (st.step()) {
        BusyEvent e;
        e.id = st.int64(0);
        e.source = st.text(1) == QLatin1String("file") ? BusySource::File : BusySource::Calendar;
        e.summary = st.text(2);
        const QString time = st.text(3);
        e.time = time == QLatin1String("floating") ? BusyEvent::Time::Floating
                 : time == QLatin1String("all-day") ? BusyEvent::Time::AllDay
                                                    : BusyEvent::Time::Instant;
        e.start = boundFrom(st.text(4));
        e.end = boundFrom(st.text(5));
        out.append(std::move(e));
    }
    return out;
}

void Store::replaceBusyEvents(BusySource source, const QList<BusyEvent> &events)
{
    const QString sourceText = source == BusySource::File ? QStringLiteral("file") : QStringLiteral("calendar");
    for (const BusyEvent &e : events)
        if (!e.start.isValid() || !e.end.isValid() || e.end < e.start)
            throw DbError(DbError::Kind::Invalid, tr("busy event \"%1\": its end is before its start").arg(e.summary));
    transaction([&] {
        m_db.prepare(QStringLiteral("DELETE FROM busy_events WHERE source = ?1")).bind(1, sourceText).run();
        Statement st = m_db.prepare(QStringLiteral(
            "INSERT INTO busy_events(source, summary, time, starts_at, ends_at) VALUES(?1, ?2, ?3, ?4, ?5)"));
        for (const BusyEvent &e : events) {
            st.bind(1, sourceText)
                .bind(2, e.summary)
                .bind(3, timeText(e.time))
                .bind(4, boundText(e.start, e.time))
                .bind(5, boundText(e.end, e.time))
                .run();
            st.reset();
        }
    });
}

QHash<Id, Status> Store::taskStatuses(const QList<Id> &ids)
{
    QHash<Id, Status> out;
    Statement st = m_db.prepare(QStringLiteral("SELECT status FROM tasks WHERE id = ?1"));
    for (const Id id : ids) {
        if (out.contains(id))
            continue;
        st.bind(1, id);
        if (st.step())
            out.insert(id, fromString<Status>(st.text(0)).value_or(Status::Todo));
        st.reset();
    }
    return out;
}

} // namespace jobprep

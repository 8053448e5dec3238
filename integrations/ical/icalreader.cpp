// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "icalreader.h"
#include "core/export/icsexport.h"

#include <QCoreApplication>
#include <QSet>
#include <libical/ical.h>

namespace jobprep {

struct IcalReader::Data
{
    icalcomponent *root = nullptr;
    QList<icalcomponent *> events; // the VEVENTs, in the file's order
    ~Data()
    {
        if (root)
            icalcomponent_free(root);
    }
};

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(jobprep::IcalReader)
};

// The physical line of the n-th (0-based) BEGIN:VEVENT in the text: libical gives no positions.
int lineOfEvent(const QByteArray &text, int n)
{
    int line = 1, seen = 0;
    qsizetype pos = 0;
    while (pos < text.size()) {
        qsizetype end = text.indexOf('\n', pos);
        if (end < 0)
            end = text.size();
        if (text.mid(pos, end - pos).trimmed().toUpper() == "BEGIN:VEVENT" && seen++ == n)
            return line;
        ++line;
        pos = end + 1;
    }
    return 0;
}

QString textProperty(icalcomponent *c, icalproperty_kind kind)
{
    icalproperty *p = icalcomponent_get_first_property(c, kind);
    return p ? QString::fromUtf8(icalproperty_get_value_as_string(p)) : QString();
}

QString xProperty(icalcomponent *c, const char *name)
{
    for (icalproperty *p = icalcomponent_get_first_property(c, ICAL_X_PROPERTY); p;
         p = icalcomponent_get_next_property(c, ICAL_X_PROPERTY))
        if (qstricmp(icalproperty_get_x_name(p), name) == 0)
            return QString::fromUtf8(icalproperty_get_x(p));
    return {};
}

QDateTime fromTimeT(time_t t) { return QDateTime::fromSecsSinceEpoch(qint64(t), Qt::UTC); }

struct Expansion
{
    QList<BusyEvent> *out;
    QString summary;
    BusyEvent::Time time;
    int days = 0;                    // an all-day event's length in days
    QSet<qint64> moved;              // starts of instances that an override (RECURRENCE-ID) replaces
};

void addOccurrence(icalcomponent *, icaltime_span *span, void *data)
{
    auto *x = static_cast<Expansion *>(data);
    if (x->moved.contains(qint64(span->start)))
        return;
    BusyEvent e;
    e.summary = x->summary;
    e.time = x->time;
    e.start = fromTimeT(span->start);
    // libical stretches a date's span to the end of its last day; the length is DTEND - DTSTART.
    e.end = x->time == BusyEvent::Time::AllDay ? e.start.addDays(x->days) : fromTimeT(span->end);
    if (e.end > e.start)
        x->out->append(e);
}

} // namespace

IcalReader::IcalReader() : d(std::make_unique<Data>()) {}
IcalReader::~IcalReader() = default;

bool IcalReader::read(const QByteArray &text, const QString &name, QString *error)
{
    d = std::make_unique<Data>();
    auto fail = [&](const QString &message) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(name, message);
        d = std::make_unique<Data>();
        return false;
    };
    if (!text.contains("BEGIN:VCALENDAR"))
        return fail(Text::tr("not an iCalendar file (no BEGIN:VCALENDAR)"));
    d->root = icalparser_parse_string(text.constData());
    if (!d->root)
        return fail(Text::tr("libical could not read it as iCalendar"));
    icalcomponent *calendar = icalcomponent_isa(d->root) == ICAL_VCALENDAR_COMPONENT
                                  ? d->root
                                  : icalcomponent_get_first_component(d->root, ICAL_VCALENDAR_COMPONENT);
    if (!calendar)
        return fail(Text::tr("libical found no VCALENDAR in it"));
    int n = 0;
    for (icalcomponent *e = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); e;
         e = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT), ++n) {
        const icaltimetype start = icalcomponent_get_dtstart(e);
        if (icaltime_is_null_time(start) || !icaltime_is_valid_time(start)) {
            const QString summary = textProperty(e, ICAL_SUMMARY_PROPERTY);
            return fail(Text::tr("line %1: the event \"%2\" has no DTSTART that can be read")
                            .arg(lineOfEvent(text, n))
                            .arg(summary.isEmpty() ? textProperty(e, ICAL_UID_PROPERTY) : summary));
        }
        d->events.append(e);
    }
    return true;
}

int IcalReader::eventCount() const { return int(d->events.size()); }

QString IcalReader::uid() const
{
    return d->events.isEmpty() ? QString() : textProperty(d->events.first(), ICAL_UID_PROPERTY);
}

QString IcalReader::marker() const
{
    return d->events.isEmpty() ? QString() : xProperty(d->events.first(), kDatabaseProperty);
}

QList<BusyEvent> IcalReader::busy(const QDateTime &fromUtc, const QDateTime &toUtc) const
{
    QList<BusyEvent> out;
    icaltimezone *utc = icaltimezone_get_utc_timezone();
    const icaltimetype from = icaltime_from_timet_with_zone(time_t(fromUtc.toSecsSinceEpoch()), 0, utc);
    const icaltimetype to = icaltime_from_timet_with_zone(time_t(toUtc.toSecsSinceEpoch()), 0, utc);
    // Instances moved by an override: the master's own occurrence at that time is not kept.
    QHash<QString, QSet<qint64>> moved;
    for (icalcomponent *e : d->events) {
        const icaltimetype rid = icalcomponent_get_recurrenceid(e);
        if (!icaltime_is_null_time(rid))
            moved[textProperty(e, ICAL_UID_PROPERTY)].insert(
                qint64(icaltime_as_timet_with_zone(rid, rid.zone ? rid.zone : utc)));
    }
    for (icalcomponent *e : d->events) {
        if (icalcomponent_get_status(e) == ICAL_STATUS_CANCELLED)
            continue;
        if (icalproperty *t = icalcomponent_get_first_property(e, ICAL_TRANSP_PROPERTY);
            t && icalproperty_get_transp(t) == ICAL_TRANSP_TRANSPARENT)
            continue;
        const icaltimetype start = icalcomponent_get_dtstart(e);
        Expansion x;
        x.out = &out;
        x.summary = textProperty(e, ICAL_SUMMARY_PROPERTY);
        x.time = icaltime_is_date(start) ? BusyEvent::Time::AllDay
                 : (icaltime_is_utc(start) || start.zone) ? BusyEvent::Time::Instant
                                                          : BusyEvent::Time::Floating;
        if (x.time == BusyEvent::Time::AllDay) {
            const icaltimetype end = icalcomponent_get_dtend(e);
            const QDate a(start.year, start.month, start.day);
            x.days = icaltime_is_null_time(end) ? 1 : std::max<int>(1, int(a.daysTo(QDate(end.year, end.month, end.day))));
        }
        if (icaltime_is_null_time(icalcomponent_get_recurrenceid(e)))
            x.moved = moved.value(textProperty(e, ICAL_UID_PROPERTY));
        icalcomponent_foreach_recurrence(e, from, to, &addOccurrence, &x);
    }
    return out;
}

} // namespace jobprep

// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// calendar sync|set|status and busy import|list (issue 18): only parse, call the integrations and
// the service, print. Built into the jobprep-cli-calendar module (calendarmodule.h).
#include "calendarmodule.h"
#include "core/domain/dates.h"
#include "core/plan/weeklyplanner.h"
#include "core/service/calendarservice.h"
#include "core/service/clock.h"
#include "integrations/caldav/calendarsyncjob.h"
#include "integrations/ical/icalreader.h"
#include "integrations/secrets/passwordstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace jobprep::cli {
namespace {

constexpr int kMaxWeeks = WeeklyPlanner::kMaxFollowingWeeks;

QUrl serverUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) ||
        url.host().isEmpty())
        throw UsageError(QStringLiteral("--url: \"%1\" is not an http(s) URL like https://dav.example.com/").arg(text));
    return url;
}

// --calendar PATH: a path on the server, or a whole URL; a collection's URL ends in a slash.
QString collectionUrl(const QUrl &server, const QString &path)
{
    if (path.isEmpty())
        return {};
    QUrl url = server.resolved(QUrl(path));
    if (!url.isValid() || url.host().isEmpty())
        throw UsageError(QStringLiteral("--calendar: \"%1\" is not a path on the server or a URL").arg(path));
    if (!url.path().endsWith(QLatin1Char('/')))
        url.setPath(url.path() + QLatin1Char('/'));
    return url.toString();
}

int weeksOption(Context &c, int fallback, int max = kMaxWeeks)
{
    return c.isSet(QStringLiteral("weeks")) ? parseIntOption(QStringLiteral("weeks"), c.value(QStringLiteral("weeks")), 0, max)
                                            : fallback;
}

int syncCmd(Context &c)
{
    CalendarAccount stored = c.svc().calendar().account();
    const QString urlText = c.isSet(QStringLiteral("url")) ? c.value(QStringLiteral("url")) : stored.url;
    const QString user = c.isSet(QStringLiteral("user")) ? c.value(QStringLiteral("user")) : stored.user;
    if (urlText.isEmpty() || user.isEmpty())
        throw UsageError(QStringLiteral("--url and --user: no calendar account is set; give both, or remember one with "
                                        "`jobprep-cli calendar set --url URL --user NAME`"));
    const QUrl url = serverUrl(urlText);
    const bool storedAccount = urlText == stored.url && user == stored.user;
    QString collection = collectionUrl(url, c.value(QStringLiteral("calendar")));
    if (collection.isEmpty() && storedAccount)
        collection = stored.collection;
    if (c.isSet(QStringLiteral("password-file")) && c.isSet(QStringLiteral("keyring")))
        throw UsageError(QStringLiteral("--password-file and --keyring: give one of them"));
    QString password, why;
    if (c.isSet(QStringLiteral("password-file")))
        password = secrets::readPasswordFile(c.value(QStringLiteral("password-file")), &why);
    else
        password = secrets::readPasswordNow(secrets::keyFor(urlText, user), &why);
    if (password.isEmpty())
        throw UsageError(c.isSet(QStringLiteral("password-file"))
                             ? why
                             : QStringLiteral("--keyring: %1 (user %2 at %3)").arg(why, user, urlText));

    DavClient::Account account{url, user, password, 30000};
    if (c.isSet(QStringLiteral("timeout")))
        account.timeoutMs = 1000 * parseIntOption(QStringLiteral("timeout"), c.value(QStringLiteral("timeout")), 1, 600);
    CalendarSyncOptions options;
    options.weeks = weeksOption(c, stored.weeks);
    options.today = c.today;
    options.now = c.svc().clock().now().toUTC();
    CalendarSyncJob job(c.svc(), account, QUrl(collection), options);
    const CalendarSyncResult &r = job.run();
    if (r.ok() && storedAccount) {
        if (stored.collection.isEmpty()) // found once: the next syncs go straight to it
            stored.collection = r.calendar.toString();
        stored.lastSync = r.summary();
        stored.lastSyncAt = options.now;
        c.svc().calendar().saveAccount(stored);
    }
    for (const QString &w : r.warnings)
        c.err << "jobprep-cli: " << w << "\n";
    if (c.json)
        c.print(r.toJson());
    else if (r.ok())
        c.out << r.summary() << "\n";
    if (!r.ok()) {
        c.err << "jobprep-cli: " << r.error << "\n";
        return ServerFailed;
    }
    return Ok;
}

int setCmd(Context &c)
{
    if (!c.isSet(QStringLiteral("url")) || !c.isSet(QStringLiteral("user")))
        throw UsageError(QStringLiteral("calendar set needs --url URL and --user NAME"));
    const QString urlText = c.value(QStringLiteral("url"));
    const QUrl url = serverUrl(urlText);
    const QString user = c.value(QStringLiteral("user"));
    if (user.trimmed().isEmpty())
        throw UsageError(QStringLiteral("--user: the user name is empty"));
    CalendarAccount a = c.svc().calendar().account();
    const bool sameServer = a.url == urlText && a.user == user;
    a.url = urlText;
    a.user = user;
    a.collection = c.isSet(QStringLiteral("calendar")) ? collectionUrl(url, c.value(QStringLiteral("calendar")))
                                                       : (sameServer ? a.collection : QString());
    a.weeks = weeksOption(c, a.weeks);
    if (c.isSet(QStringLiteral("auto-sync"))) {
        const QString v = c.value(QStringLiteral("auto-sync"));
        if (v != QLatin1String("on") && v != QLatin1String("off"))
            throw UsageError(QStringLiteral("--auto-sync: \"%1\" is not on or off").arg(v));
        a.autoSync = v == QLatin1String("on");
    }
    if (c.isSet(QStringLiteral("password-file"))) {
        // The keyring first: when it cannot keep the password, nothing is saved.
        QString why;
        const QString password = secrets::readPasswordFile(c.value(QStringLiteral("password-file")), &why);
        if (password.isEmpty())
            throw UsageError(why);
        why = secrets::writePasswordNow(secrets::keyFor(urlText, user), password);
        if (!why.isEmpty())
            throw UsageError(QStringLiteral("--password-file: the password was not stored: %1").arg(why));
    }
    c.svc().calendar().saveAccount(a);
    if (c.json)
        c.print(QJsonObject{{QStringLiteral("url"), a.url},
                            {QStringLiteral("user"), a.user},
                            {QStringLiteral("calendar"), a.collection},
                            {QStringLiteral("weeks"), a.weeks},
                            {QStringLiteral("autoSync"), a.autoSync}});
    else
        c.out << "calendar: " << a.url << " as " << a.user << ", "
              << (a.collection.isEmpty() ? QStringLiteral("the first calendar found") : a.collection) << ", this week and "
              << a.weeks << " more" << (a.autoSync ? ", synced after every change in the app" : "") << "\n";
    return Ok;
}

int statusCmd(Context &c)
{
    const CalendarAccount a = c.svc().calendar().account();
    Store &store = c.db();
    const QList<CalendarRecord> records = a.collection.isEmpty() ? QList<CalendarRecord>() : store.calendarRecords(a.collection);
    int synced = 0, edited = 0, removed = 0;
    for (const CalendarRecord &r : records)
        (r.state == CalendarRecord::State::Synced ? synced : r.state == CalendarRecord::State::Edited ? edited : removed)++;
    int fromCalendar = 0, fromFile = 0;
    for (const BusyEvent &e : store.busyEvents())
        (e.source == BusySource::Calendar ? fromCalendar : fromFile)++;
    if (c.json) {
        c.print(QJsonObject{{QStringLiteral("url"), a.url},
                            {QStringLiteral("user"), a.user},
                            {QStringLiteral("calendar"), a.collection},
                            {QStringLiteral("weeks"), a.weeks},
                            {QStringLiteral("autoSync"), a.autoSync},
                            {QStringLiteral("databaseId"), store.databaseId()},
                            {QStringLiteral("lastSync"), a.lastSync},
                            {QStringLiteral("lastSyncAt"), a.lastSyncAt.toString(Qt::ISODate)},
                            {QStringLiteral("events"), synced},
                            {QStringLiteral("editedInCalendar"), edited},
                            {QStringLiteral("deletedInCalendar"), removed},
                            {QStringLiteral("busyFromCalendar"), fromCalendar},
                            {QStringLiteral("busyFromFile"), fromFile}});
        return Ok;
    }
    if (!a.isSet())
        c.out << "calendar: not set (jobprep-cli calendar set --url URL --user NAME)\n";
    else
        c.out << "calendar: " << a.url << " as " << a.user << "\n  calendar " << (a.collection.isEmpty() ? QStringLiteral("(found at the first sync)") : a.collection)
              << "\n  this week and " << a.weeks << " more" << (a.autoSync ? ", synced after every change in the app" : "") << "\n";
    c.out << "last sync: "
          << (a.lastSyncAt.isValid() ? a.lastSyncAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(": ") + a.lastSync
                                     : QStringLiteral("never"))
          << "\nevents of this database in the calendar: " << synced << " (" << edited << " edited and " << removed
          << " deleted there, left alone)\nbusy events: " << fromCalendar << " from the calendar, " << fromFile
          << " from a file\n";
    return Ok;
}

int busyImportCmd(Context &c)
{
    const QString path = c.arg(0, QStringLiteral("FILE.ics"));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw UsageError(QStringLiteral("%1: cannot read it (%2)").arg(path, f.errorString()));
    IcalReader reader;
    QString why;
    if (!reader.read(f.readAll(), path, &why))
        throw UsageError(why);
    const int weeks = weeksOption(c, 26, 104);
    const QDate monday = c.today.addDays(1 - c.today.dayOfWeek());
    const QTimeZone zone = QTimeZone::systemTimeZone();
    const QList<BusyEvent> busy = reader.busy(QDateTime(monday, QTime(0, 0), zone).toUTC(),
                                              QDateTime(monday.addDays(7 * weeks), QTime(0, 0), zone).toUTC());
    c.svc().calendar().setBusy(BusySource::File, busy);
    if (c.json)
        c.print(QJsonObject{{QStringLiteral("file"), path},
                            {QStringLiteral("events"), reader.eventCount()},
                            {QStringLiteral("busy"), int(busy.size())},
                            {QStringLiteral("from"), monday.toString(Qt::ISODate)},
                            {QStringLiteral("weeks"), weeks}});
    else
        c.out << busy.size() << " busy times from " << reader.eventCount() << " events in " << path << ", "
              << isoWeekName(monday) << " and the " << weeks - 1 << " weeks after it (replacing the last file's)\n";
    return Ok;
}

int busyListCmd(Context &c)
{
    QDate monday = c.today.addDays(1 - c.today.dayOfWeek());
    if (c.isSet(QStringLiteral("week"))) {
        const auto week = parseIsoWeek(c.value(QStringLiteral("week")));
        if (!week)
            throw UsageError(QStringLiteral("--week: \"%1\" is not an ISO week like 2026-W49").arg(c.value(QStringLiteral("week"))));
        monday = *week;
    }
    const QList<BusyBlock> blocks = WeeklyPlanner::busyBlocks(c.db(), monday, monday.addDays(6));
    QJsonArray list;
    for (const BusyBlock &b : blocks) {
        const QString from = QTime(0, 0).addSecs(b.startMinute * 60).toString(QStringLiteral("HH:mm"));
        const QString to = b.endMinute() >= 1440 ? QStringLiteral("24:00")
                                                 : QTime(0, 0).addSecs(b.endMinute() * 60).toString(QStringLiteral("HH:mm"));
        if (c.json)
            list.append(QJsonObject{{QStringLiteral("date"), b.date.toString(Qt::ISODate)},
                                    {QStringLiteral("start"), from},
                                    {QStringLiteral("end"), to},
                                    {QStringLiteral("allDay"), b.allDay},
                                    {QStringLiteral("title"), b.title}});
        else
            c.out << b.date.toString(Qt::ISODate) << "  " << (b.allDay ? QStringLiteral("all day    ") : from + QStringLiteral("–") + to)
                  << "  " << b.title << "\n";
    }
    if (c.json)
        c.print(list);
    else if (blocks.isEmpty())
        c.out << "no busy time in " << isoWeekName(monday) << "\n";
    return Ok;
}

int calendarCommand(Context &c)
{
    if (c.command == QLatin1String("calendar sync"))
        return syncCmd(c);
    if (c.command == QLatin1String("calendar set"))
        return setCmd(c);
    if (c.command == QLatin1String("calendar status"))
        return statusCmd(c);
    if (c.command == QLatin1String("busy import"))
        return busyImportCmd(c);
    return busyListCmd(c);
}

} // namespace
} // namespace jobprep::cli

extern "C" Q_DECL_EXPORT int jobprep_cli_calendar_run_v1(const QStringList *arguments, QTextStream *out, QTextStream *err)
{
    jobprep::cli::useCalendarCommands(&jobprep::cli::calendarCommand);
    return jobprep::cli::run(*arguments, *out, *err);
}

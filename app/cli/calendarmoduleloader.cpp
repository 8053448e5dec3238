// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "calendarmodule.h"
#include "climodule.h"

namespace jobprep::cli {
namespace {

int (*g_run)(Context &) = nullptr;

const QCommandLineOption kUrl(QStringLiteral("url"), QStringLiteral("The CalDAV server's or calendar's URL."), QStringLiteral("URL"));
const QCommandLineOption kUser(QStringLiteral("user"), QStringLiteral("The user name on the server."), QStringLiteral("NAME"));
const QCommandLineOption kCalendar(QStringLiteral("calendar"),
                                   QStringLiteral("The calendar's path (or URL) on the server (default: the first one found)."),
                                   QStringLiteral("PATH"));
const QCommandLineOption kPasswordFile(QStringLiteral("password-file"),
                                       QStringLiteral("Read the password from the first line of FILE (- reads stdin)."),
                                       QStringLiteral("FILE"));
const QCommandLineOption kKeyring(QStringLiteral("keyring"),
                                  QStringLiteral("Take the password from the system keyring (the default)."));
const QCommandLineOption kWeeks(QStringLiteral("weeks"), QStringLiteral("This week and the next N (default 2)."),
                                QStringLiteral("N"));
const QCommandLineOption kTimeout(QStringLiteral("timeout"), QStringLiteral("Seconds to wait for an answer (default 30)."),
                                  QStringLiteral("SECONDS"));
const QCommandLineOption kAutoSync(QStringLiteral("auto-sync"),
                                   QStringLiteral("The app syncs after every change to the plan: on or off."),
                                   QStringLiteral("on|off"));

} // namespace

void useCalendarCommands(int (*run)(Context &)) { g_run = run; }

int runCalendarCommand(Context &c)
{
    if (g_run)
        return g_run(c);
    static CliModule module;
    static JobPrepCalendarRunFn entry = nullptr;
    if (!loadCliModule(module, QStringLiteral("jobprep-cli-calendar.so"), QStringLiteral("The calendar commands"), nullptr,
                       {{JOBPREP_CALENDAR_RUN_SYMBOL, reinterpret_cast<QFunctionPointer *>(&entry)}})) {
        c.err << QStringLiteral("jobprep-cli: %1\n").arg(module.error);
        return ServerFailed;
    }
    c.out.flush();
    c.err.flush();
    return entry(&c.arguments, &c.out, &c.err);
}

QList<Command> calendarCommands()
{
    return {{QStringLiteral("calendar sync"),
             QStringLiteral("[--url URL --user NAME] (--password-file FILE | --keyring) [--weeks N] [--calendar PATH] "
                            "[--timeout S]   (reads busy time, plans, writes the plan's blocks into the calendar)"),
             {kUrl, kUser, kCalendar, kPasswordFile, kKeyring, kWeeks, kTimeout},
             &runCalendarCommand},
            {QStringLiteral("calendar set"),
             QStringLiteral("--url URL --user NAME [--calendar PATH] [--weeks N] [--auto-sync on|off] "
                            "[--password-file FILE]   (remembers the account; the password only in the keyring)"),
             {kUrl, kUser, kCalendar, kWeeks, kAutoSync, kPasswordFile},
             &runCalendarCommand},
            {QStringLiteral("calendar status"), QStringLiteral("  (the account, the last sync, the events synced)"), {},
             &runCalendarCommand},
            {QStringLiteral("busy import"),
             QStringLiteral("FILE.ics [--weeks N]   (busy time from a file such as a timetable, replacing the last "
                            "file's; repeating events for N weeks, default 26)"),
             {kWeeks},
             &runCalendarCommand},
            {QStringLiteral("busy list"), QStringLiteral("[--week 2026-W49]   (the busy time the plan of that week works around)"),
             {QCommandLineOption(QStringLiteral("week"), QStringLiteral("ISO week (default: this week)."), QStringLiteral("WEEK"))},
             &runCalendarCommand}};
}

} // namespace jobprep::cli

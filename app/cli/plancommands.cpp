// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "cli.h"
#include "core/domain/dates.h"
#include "core/export/htmlexport.h"
#include "core/export/icsexport.h"
#include "core/export/planjson.h"
#include "core/export/planexport.h"
#include "core/export/planformat.h"
#include "core/plan/weeklyplanner.h"
#include "core/service/planservice.h"
#include "pdfmodule.h"


namespace jobprep::cli {
namespace {

const QCommandLineOption kWeek(QStringLiteral("week"), QStringLiteral("ISO week, e.g. 2026-W49 (default: the week of today)."),
                               QStringLiteral("WEEK"));
const QCommandLineOption kFormat(QStringLiteral("format"), QStringLiteral("md, csv, ics, html, pdf or json (default: md)."),
                                 QStringLiteral("FORMAT"));
const QCommandLineOption kOut(QStringLiteral("out"), QStringLiteral("Write to FILE (default: standard output; pdf needs a file)."),
                              QStringLiteral("FILE"));
const QCommandLineOption kWeeks(QStringLiteral("weeks"),
                                QStringLiteral("Also the next N weeks, each planned with what the weeks before left (ics, json)."),
                                QStringLiteral("N"));
const QCommandLineOption kZone(QStringLiteral("timezone"),
                               QStringLiteral("Time zone of the calendar (IANA id, default: the system's)."),
                               QStringLiteral("ZONE"));

// What was planned, kept for the weekly review (the first plan of the day). A file that cannot be
// written (read-only) still gets its plan printed.
void recordFirstPlan(Context &c, const WeeklyPlan &plan)
{
    try {
        if (!c.svc().plans().recordIfFirstToday(plan))
            c.svc().plans().recordToday();
    } catch (const DbError &) {
    }
}

// plan --weeks N: this week and the next N in one calendar or JSON document, with the UIDs the
// calendar sync uses, so a calendar that subscribes to the file sees the same events.
int rollingFeed(Context &c, const QDate &monday, PlanFormat format, const QTimeZone &zone, const QString &out)
{
    const int weeks = parseIntOption(kWeeks.names().first(), c.value(kWeeks.names().first()), 0,
                                     WeeklyPlanner::kMaxFollowingWeeks);
    if (format != PlanFormat::Ics && format != PlanFormat::Json)
        throw UsageError(QStringLiteral("--weeks: only --format ics or json holds several weeks"));
    const QList<WeeklyPlan> plans = WeeklyPlanner::planWeeks(c.db(), monday, c.today, weeks);
    recordFirstPlan(c, plans.first());
    writeOutput(c, format == PlanFormat::Ics ? plansToIcs(plans, zone, QDateTime::currentDateTimeUtc())
                                             : plansToJsonBytes(plans));
    int blocks = 0;
    for (const WeeklyPlan &p : plans)
        blocks += p.blockCount();
    c.err << QStringLiteral("%1 to %2: %3 blocks -> %4\n")
                 .arg(plans.first().weekName(), plans.last().weekName())
                 .arg(blocks)
                 .arg(out.isEmpty() ? QStringLiteral("-") : out);
    return Ok;
}

int planCmd(Context &c)
{
    const QDate monday = weekOption(c, c.today.addDays(1 - c.today.dayOfWeek()));
    PlanFormat format = c.json ? PlanFormat::Json : PlanFormat::Markdown;
    if (c.isSet(QStringLiteral("format"))) {
        const auto f = planFormatFromString(c.value(QStringLiteral("format")));
        if (!f)
            throw UsageError(QStringLiteral("--format: \"%1\" is not one of: %2")
                                 .arg(c.value(QStringLiteral("format")), planFormatNames().join(QStringLiteral(", "))));
        format = *f;
    }
    QTimeZone zone = QTimeZone::systemTimeZone();
    if (c.isSet(QStringLiteral("timezone"))) {
        zone = QTimeZone(c.value(QStringLiteral("timezone")).toUtf8());
        if (!zone.isValid())
            throw UsageError(QStringLiteral("--timezone: \"%1\" is not a time zone Qt knows (e.g. Asia/Seoul)")
                                 .arg(c.value(QStringLiteral("timezone"))));
    }
    const QString out = c.value(QStringLiteral("out"));
    if (format == PlanFormat::Pdf && (out.isEmpty() || out == QLatin1String("-")))
        throw UsageError(QStringLiteral("--format pdf needs --out FILE (a PDF is not written to the terminal)"));

    if (c.isSet(kWeeks.names().first()))
        return rollingFeed(c, monday, format, zone, out);
    const WeeklyPlan plan = WeeklyPlanner::planFromStore(c.db(), monday, c.today);
    recordFirstPlan(c, plan);
    QString error;
    if (format == PlanFormat::Pdf) {
        if (!writePdf(planToHtml(plan), planPageTitle(plan), out, &error))
            throw UsageError(error);
    } else if (!writeOutput(c, exportPlan(plan, format, zone, QDateTime::currentDateTimeUtc()))) {
        return Ok; // on standard output: no summary in between
    }
    c.err << QStringLiteral("%1: %2 blocks, %3 of %4 planned, %5 at risk, %6 for next week -> %7\n")
                 .arg(plan.weekName())
                 .arg(plan.blockCount())
                 .arg(planformat::hoursText(plan.usedMinutes()), planformat::hoursText(plan.capacityMinutes()))
                 .arg(plan.atRiskTotal)
                 .arg(plan.nextWeekTotal)
                 .arg(out);
    return Ok;
}

} // namespace

QList<Command> planCommands()
{
    return {{QStringLiteral("plan"),
             QStringLiteral("[--week 2026-W49] [--format md|csv|ics|html|pdf|json] [--out FILE] [--timezone ZONE] "
                            "[--weeks N]   (--weeks: ics or json only, also the next N weeks: a rolling feed)"),
             {kWeek, kFormat, kOut, kZone, kWeeks},
             &planCmd}};
}

} // namespace jobprep::cli

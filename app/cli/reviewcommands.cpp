// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// review [--week 2026-W49] [--format md|html|json] [--out FILE] (issue 19).
#include "cli.h"
#include "core/domain/dates.h"
#include "core/export/planexport.h"
#include "core/export/reviewexport.h"
#include "core/review/reviewinput.h"


namespace jobprep::cli {
namespace {

const QCommandLineOption kWeek(QStringLiteral("week"),
                               QStringLiteral("ISO week, e.g. 2026-W49 (default: last week, or this one on a Sunday)."),
                               QStringLiteral("WEEK"));
const QCommandLineOption kFormat(QStringLiteral("format"), QStringLiteral("md, html or json (default: md)."),
                                 QStringLiteral("FORMAT"));
const QCommandLineOption kOut(QStringLiteral("out"), QStringLiteral("Write to FILE (default: standard output)."),
                              QStringLiteral("FILE"));

int reviewCmd(Context &c)
{
    // The week just over is the one to look back on, or on a Sunday this one; --week names another.
    const QDate monday =
        weekOption(c, c.today.addDays(1 - c.today.dayOfWeek()).addDays(c.today.dayOfWeek() == 7 ? 0 : -7));
    ReviewFormat format = c.json ? ReviewFormat::Json : ReviewFormat::Markdown;
    if (c.isSet(QStringLiteral("format"))) {
        const auto f = reviewFormatFromString(c.value(QStringLiteral("format")));
        if (!f)
            throw UsageError(QStringLiteral("--format: \"%1\" is not one of: md, html, json").arg(c.value(QStringLiteral("format"))));
        format = *f;
    }
    if (writeOutput(c, exportReview(reviewWeek(c.db(), monday, c.today), format)))
        c.err << QStringLiteral("%1 -> %2\n").arg(isoWeekName(monday), c.value(QStringLiteral("out")));
    return Ok;
}

} // namespace

QList<Command> reviewCommands()
{
    return {{QStringLiteral("review"), QStringLiteral("[--week 2026-W49] [--format md|html|json] [--out FILE]"),
             {kWeek, kFormat, kOut}, &reviewCmd}};
}

} // namespace jobprep::cli

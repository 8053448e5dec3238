// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "htmlexport.h"
#include "planformat.h"

namespace jobprep {

using namespace planformat;

namespace {

const char kStyle[] = R"(
@page { size: A4; margin: 14mm; }
body { font-family: "Noto Sans CJK KR", "Noto Sans KR", "Apple SD Gothic Neo", "Malgun Gothic", sans-serif;
       font-size: 10pt; color: #222; }
h1 { font-size: 16pt; margin: 0 0 4pt 0; }
h2 { font-size: 12pt; margin: 14pt 0 4pt 0; }
p.summary { color: #555; margin: 0 0 6pt 0; }
table { border-collapse: collapse; width: 100%; }
th { text-align: left; font-weight: 600; color: #555; border-bottom: 1px solid #999; padding: 2px 6px; }
td { padding: 3px 6px; border-bottom: 1px solid #ddd; vertical-align: top; }
td.swatch { width: 6px; padding: 0; }
td.time, td.hours { white-space: nowrap; }
span.cap { font-weight: normal; color: #555; font-size: 10pt; }
p.empty { color: #888; font-style: italic; margin: 2pt 0; }
@media print { h2 { page-break-after: avoid; } tr { page-break-inside: avoid; } }
)";

QString esc(const QString &text) { return text.toHtmlEscaped(); }

QString swatch(Quadrant q)
{
    const QString c = quadrantColor(q);
    return QStringLiteral("<td class=\"swatch\" bgcolor=\"%1\" style=\"background-color:%1\">&nbsp;</td>").arg(c);
}

QString row(const QStringList &cells, Quadrant q)
{
    QString r = QStringLiteral("<tr>") + swatch(q);
    for (const QString &c : cells)
        r += c;
    return r + QStringLiteral("</tr>\n");
}

QString cell(const QString &text, const char *cls = nullptr)
{
    return cls ? QStringLiteral("<td class=\"%1\">%2</td>").arg(QLatin1String(cls), esc(text))
               : QStringLiteral("<td>%1</td>").arg(esc(text));
}

QString header(const QStringList &names)
{
    QString h = QStringLiteral("<tr><th></th>");
    for (const QString &n : names)
        h += QStringLiteral("<th>%1</th>").arg(esc(n));
    return h + QStringLiteral("</tr>\n");
}

} // namespace

QString planPageTitle(const WeeklyPlan &plan)
{
    return QStringLiteral("JobPrep · ") + weekTitle(plan);
}

QString planToHtml(const WeeklyPlan &plan)
{
    QString h = QStringLiteral("<!DOCTYPE html>\n<html lang=\"ko\">\n<head>\n<meta charset=\"utf-8\">\n<title>%1</title>\n"
                               "<style>%2</style>\n</head>\n<body>\n")
                    .arg(esc(planPageTitle(plan)), QLatin1String(kStyle));
    h += QStringLiteral("<h1>Week %1</h1>\n<p class=\"summary\">%2</p>\n")
             .arg(esc(plan.weekName()),
                  esc(QStringLiteral("%1 %2 %3 · planned %4 of %5.")
                          .arg(dateText(plan.monday), QString(QChar(0x2013)), dateText(plan.sunday()),
                               hoursText(plan.usedMinutes()), hoursText(plan.capacityMinutes()))));
    const QStringList dayColumns{QStringLiteral("Time"), QStringLiteral("Task"), QStringLiteral("Hours"),
                                 QStringLiteral("Company"), QStringLiteral("Posting"), QStringLiteral("Quadrant")};
    for (const PlanDay &day : plan.days) {
        h += QStringLiteral("<h2>%1 %2 <span class=\"cap\">· %3 / %4</span></h2>\n")
                 .arg(esc(weekdayName(day.date)), esc(dateText(day.date)), esc(hoursText(day.usedMinutes)),
                      esc(hoursText(day.capacityMinutes)));
        if (day.blocks.isEmpty()) {
            h += QStringLiteral("<p class=\"empty\">%1</p>\n")
                     .arg(day.past ? QStringLiteral("Past day.") : QStringLiteral("Nothing planned."));
            continue;
        }
        h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\">\n") + header(dayColumns);
        for (const PlanBlock &b : day.blocks)
            h += row({cell(timeRange(b), "time"), cell(b.title), cell(hoursText(b.minutes), "hours"), cell(b.company),
                      cell(b.posting), cell(quadrantName(b.quadrant))},
                     b.quadrant);
        h += QStringLiteral("</table>\n");
    }
    h += QStringLiteral("<h2>At risk</h2>\n");
    if (plan.atRisk.isEmpty()) {
        h += QStringLiteral("<p class=\"empty\">Nothing at risk.</p>\n");
    } else {
        h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\">\n") + header({QStringLiteral("Task"), QStringLiteral("Missing"),
                                                   QStringLiteral("Deadline"), QStringLiteral("Company")});
        for (const AtRiskItem &r : plan.atRisk)
            h += row({cell(r.title), cell(hoursText(r.missingMinutes), "hours"),
                      cell(r.habit ? QStringLiteral("habit, from %1").arg(dateText(r.deadline)) : dateText(r.deadline)),
                      cell(r.company)},
                     r.quadrant);
        h += QStringLiteral("</table>\n");
        if (const QString more = moreText(plan.atRiskTotal - int(plan.atRisk.size()), plan.atRiskMinutes,
                                          QStringLiteral("missing"));
            !more.isEmpty())
            h += QStringLiteral("<p class=\"more\">%1</p>\n").arg(more.toHtmlEscaped());
    }
    h += QStringLiteral("<h2>Next week</h2>\n");
    if (plan.nextWeek.isEmpty()) {
        h += QStringLiteral("<p class=\"empty\">Everything fits.</p>\n");
    } else {
        h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\">\n") + header({QStringLiteral("Task"), QStringLiteral("Left"),
                                                   QStringLiteral("Deadline"), QStringLiteral("Company")});
        for (const CarryOverItem &c : plan.nextWeek)
            h += row({cell(c.title), cell(hoursText(c.remainingMinutes), "hours"), cell(dateText(c.deadline)),
                      cell(c.company)},
                     c.quadrant);
        h += QStringLiteral("</table>\n");
        if (const QString more = moreText(plan.nextWeekTotal - int(plan.nextWeek.size()), plan.nextWeekMinutes,
                                          QStringLiteral("left"));
            !more.isEmpty())
            h += QStringLiteral("<p class=\"more\">%1</p>\n").arg(more.toHtmlEscaped());
    }
    return h + QStringLiteral("</body>\n</html>\n");
}

} // namespace jobprep

// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "markdownexport.h"
#include "planformat.h"

namespace jobprep {

using namespace planformat;

QString markdownEscaped(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (QStringView(u"\\`*_[]<>~|#").contains(c))
            out += QLatin1Char('\\');
        // A line break inside a title would end the list item.
        out += (c == QLatin1Char('\n') || c == QLatin1Char('\r')) ? QLatin1Char(' ') : c;
    }
    return out;
}

namespace {

QString whereText(const QString &company, const QString &posting)
{
    QString s;
    if (!company.isEmpty())
        s += QStringLiteral(" · ") + markdownEscaped(company);
    if (!posting.isEmpty())
        s += QStringLiteral(" · ") + markdownEscaped(posting);
    return s;
}

} // namespace

QByteArray planToMarkdown(const WeeklyPlan &plan)
{
    QString md = QStringLiteral("# %1\n\n").arg(weekTitle(plan));
    md += QStringLiteral("Planned %1 of %2.\n").arg(hoursText(plan.usedMinutes()), hoursText(plan.capacityMinutes()));
    for (const PlanDay &day : plan.days) {
        md += QStringLiteral("\n## %1 %2 · %3 / %4\n\n")
                  .arg(weekdayName(day.date), dateText(day.date), hoursText(day.usedMinutes),
                       hoursText(day.capacityMinutes));
        if (day.past)
            md += QStringLiteral("_Past day._\n");
        else if (day.blocks.isEmpty())
            md += QStringLiteral("_Nothing planned._\n");
        for (const PlanBlock &b : day.blocks)
            md += QStringLiteral("- [ ] %1 %2 (%3)%4\n")
                      .arg(timeRange(b), markdownEscaped(b.title), hoursText(b.minutes), whereText(b.company, b.posting));
    }
    md += QStringLiteral("\n## At risk\n\n");
    if (plan.atRisk.isEmpty())
        md += QStringLiteral("_Nothing at risk._\n");
    for (const AtRiskItem &r : plan.atRisk) {
        const QString when = r.habit ? QStringLiteral("from %1").arg(dateText(r.deadline))
                                     : QStringLiteral("before %1").arg(dateText(r.deadline));
        md += QStringLiteral("- %1 — %2 missing %3%4\n")
                  .arg(markdownEscaped(r.title), hoursText(r.missingMinutes), when, whereText(r.company, r.posting));
    }
    if (const QString more = moreText(plan.atRiskTotal - int(plan.atRisk.size()), plan.atRiskMinutes,
                                      QStringLiteral("missing"));
        !more.isEmpty())
        md += QStringLiteral("- %1\n").arg(more);
    md += QStringLiteral("\n## Next week\n\n");
    if (plan.nextWeek.isEmpty())
        md += QStringLiteral("_Everything fits._\n");
    for (const CarryOverItem &c : plan.nextWeek)
        md += QStringLiteral("- %1 — %2 left%3\n")
                  .arg(markdownEscaped(c.title), hoursText(c.remainingMinutes), whereText(c.company, c.posting));
    if (const QString more = moreText(plan.nextWeekTotal - int(plan.nextWeek.size()), plan.nextWeekMinutes,
                                      QStringLiteral("left"));
        !more.isEmpty())
        md += QStringLiteral("- %1\n").arg(more);
    return md.toUtf8();
}

} // namespace jobprep

// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "reviewexport.h"
#include "core/domain/dates.h"
#include "markdownexport.h"
#include "planformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace jobprep {

using namespace planformat;

namespace {

constexpr Quadrant kQuadrants[] = {Quadrant::DoFirst, Quadrant::Schedule, Quadrant::Limit, Quadrant::Drop};

// One table or list of the review, written once for both markups.
struct ReviewSection
{
    QString heading;
    QStringList header;          // a table when not empty
    QList<QStringList> rows;     // table rows
    QStringList items;           // list items otherwise
    QString note;                // a paragraph after it
    QString empty;               // said when there is nothing
};

QList<ReviewSection> sections(const WeeklyReview &r)
{
    QList<ReviewSection> out;
    ReviewSection hours{ReviewText::tr("Planned and done by quadrant"),
                  {ReviewText::tr("Quadrant"), ReviewText::tr("Planned"), ReviewText::tr("Done")}, {}, {}, {}, {}};
    for (const Quadrant q : kQuadrants)
        hours.rows << QStringList{displayName(q), hoursText(r.planned[std::size_t(q)]), hoursText(r.done[std::size_t(q)])};
    hours.rows << QStringList{ReviewText::tr("Total"), hoursText(r.plannedTotal()), hoursText(r.doneTotal())};
    hours.note = ReviewText::scheduleLine(r);
    if (r.daysWithoutPlan > 0)
        hours.note += QLatin1Char(' ') +
                      ReviewText::tr("No plan was recorded before %n day(s) of the week (the app was not opened): "
                                     "nothing counts as planned for them.",
                                     nullptr, r.daysWithoutPlan);
    out << hours;

    ReviewSection habits{ReviewText::tr("Habits"), {}, {}, {}, {}, ReviewText::tr("No habit.")};
    for (const auto &h : r.habits)
        habits.items << ReviewText::habitLine(h);
    out << habits;

    ReviewSection companies{ReviewText::tr("Target companies"),
                      {ReviewText::tr("Company"), ReviewText::tr("Requirement lines closed"),
                       ReviewText::tr("Readiness at the start"), ReviewText::tr("Readiness at the end")},
                      {}, {}, {}, ReviewText::tr("No requirement line of a target company.")};
    for (const auto &c : r.companies)
        companies.rows << QStringList{c.name, QString::number(c.closedInWeek()), ReviewText::readiness(c.closedBefore, c.lines),
                                      ReviewText::readiness(c.closedAfter, c.lines)};
    out << companies;

    ReviewSection slipped{ReviewText::tr("Slipped past their deadline"), {}, {}, {}, {}, ReviewText::tr("Nothing slipped.")};
    for (const auto &d : r.slipped)
        slipped.items << ReviewText::slippedLine(d);
    out << slipped;

    ReviewSection risk{ReviewText::tr("At risk next week"), {}, {}, {}, {}, ReviewText::tr("Nothing at risk.")};
    for (const auto &a : r.atRisk)
        risk.items << ReviewText::atRiskLine(a);
    if (const int more = r.atRiskTotal - int(r.atRisk.size()); more > 0)
        risk.note = ReviewText::tr("…and %n more.", nullptr, more);
    out << risk;
    return out;
}

QString cell(const QString &text) { return markdownEscaped(text); }

} // namespace

std::optional<ReviewFormat> reviewFormatFromString(const QString &name)
{
    if (name == QLatin1String("md"))
        return ReviewFormat::Markdown;
    if (name == QLatin1String("html"))
        return ReviewFormat::Html;
    if (name == QLatin1String("json"))
        return ReviewFormat::Json;
    return std::nullopt;
}

QString ReviewText::title(const WeeklyReview &r)
{
    return (r.partial ? tr("Weekly review %1 (%2 – %3, so far)") : tr("Weekly review %1 (%2 – %3)"))
        .arg(isoWeekName(r.monday), dateText(r.monday), dateText(r.sunday()));
}

QString ReviewText::percent(double share) { return QStringLiteral("%1%").arg(qRound(share * 100)); }

QString ReviewText::scheduleLine(const WeeklyReview &r)
{
    if (r.doneTotal() == 0)
        return tr("Nothing was done this week, so Schedule has no share yet (protected: %1).").arg(percent(r.protectedShare));
    return (r.scheduleShare + 1e-9 >= r.protectedShare
                ? tr("Schedule took %1 of the done hours; the protected share is %2: kept.")
                : tr("Schedule took %1 of the done hours; the protected share is %2: below it."))
        .arg(percent(r.scheduleShare), percent(r.protectedShare));
}

QString ReviewText::habitLine(const WeeklyReview::HabitKept &h)
{
    const QString kept = h.repeat == Repeat::Weekly ? tr("kept %1 of %2 week(s)").arg(h.kept).arg(h.of)
                                                    : tr("kept %1 of %2 day(s)").arg(h.kept).arg(h.of);
    return tr("%1: %2 · streak %3 (longest %4)").arg(h.title, kept).arg(h.current).arg(h.longest);
}

QString ReviewText::readiness(int closed, int lines)
{
    return QStringLiteral("%1 (%2/%3)").arg(percent(lines ? double(closed) / lines : 0)).arg(closed).arg(lines);
}

QString ReviewText::slippedLine(const ReviewInput::Due &d)
{
    return d.doneOn.isValid() ? tr("%1 — due %2, done %3").arg(d.title, dateText(d.due), dateText(d.doneOn))
                              : tr("%1 — due %2, still open").arg(d.title, dateText(d.due));
}

QString ReviewText::atRiskLine(const AtRiskItem &a)
{
    const QString company = a.company.isEmpty() ? QString() : QStringLiteral(" · ") + a.company;
    return tr("%1 — %2 missing before %3%4").arg(a.title, hoursText(a.missingMinutes), dateText(a.deadline), company);
}

QByteArray reviewToMarkdown(const WeeklyReview &r)
{
    QString md = QStringLiteral("# %1\n").arg(cell(ReviewText::title(r)));
    for (const ReviewSection &s : sections(r)) {
        md += QStringLiteral("\n## %1\n\n").arg(cell(s.heading));
        if (!s.header.isEmpty() && !s.rows.isEmpty()) {
            QStringList escaped;
            for (const QString &h : s.header)
                escaped << cell(h);
            md += QStringLiteral("| %1 |\n|").arg(escaped.join(QStringLiteral(" | ")));
            for (qsizetype i = 0; i < s.header.size(); ++i)
                md += i == 0 ? QStringLiteral(" --- |") : QStringLiteral(" ---: |");
            md += QLatin1Char('\n');
            for (const QStringList &row : s.rows) {
                QStringList cells;
                for (const QString &c : row)
                    cells << cell(c);
                md += QStringLiteral("| %1 |\n").arg(cells.join(QStringLiteral(" | ")));
            }
        } else if (!s.items.isEmpty()) {
            for (const QString &item : s.items)
                md += QStringLiteral("- %1\n").arg(cell(item));
        } else {
            md += cell(s.empty) + QLatin1Char('\n');
        }
        if (!s.note.isEmpty())
            md += QStringLiteral("\n%1\n").arg(cell(s.note));
    }
    return md.toUtf8();
}

QByteArray reviewToHtml(const WeeklyReview &r)
{
    QString h = QStringLiteral(
                    "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>%1</title>\n"
                    "<style>body{font-family:sans-serif;max-width:48em;margin:2em auto;line-height:1.5}"
                    "table{border-collapse:collapse}th,td{border:1px solid #999;padding:.25em .6em}"
                    "td.n{text-align:right}</style>\n</head>\n<body>\n<h1>%1</h1>\n")
                    .arg(ReviewText::title(r).toHtmlEscaped());
    for (const ReviewSection &s : sections(r)) {
        h += QStringLiteral("<h2>%1</h2>\n").arg(s.heading.toHtmlEscaped());
        if (!s.header.isEmpty() && !s.rows.isEmpty()) {
            h += QStringLiteral("<table>\n<tr>");
            for (const QString &c : s.header)
                h += QStringLiteral("<th>%1</th>").arg(c.toHtmlEscaped());
            h += QStringLiteral("</tr>\n");
            for (const QStringList &row : s.rows) {
                h += QStringLiteral("<tr>");
                for (qsizetype i = 0; i < row.size(); ++i)
                    h += (i == 0 ? QStringLiteral("<td>%1</td>") : QStringLiteral("<td class=\"n\">%1</td>"))
                             .arg(row[i].toHtmlEscaped());
                h += QStringLiteral("</tr>\n");
            }
            h += QStringLiteral("</table>\n");
        } else if (!s.items.isEmpty()) {
            h += QStringLiteral("<ul>\n");
            for (const QString &item : s.items)
                h += QStringLiteral("<li>%1</li>\n").arg(item.toHtmlEscaped());
            h += QStringLiteral("</ul>\n");
        } else {
            h += QStringLiteral("<p>%1</p>\n").arg(s.empty.toHtmlEscaped());
        }
        if (!s.note.isEmpty())
            h += QStringLiteral("<p>%1</p>\n").arg(s.note.toHtmlEscaped());
    }
    h += QStringLiteral("</body>\n</html>\n");
    return h.toUtf8();
}

QByteArray reviewToJson(const WeeklyReview &r)
{
    QJsonArray quadrants;
    for (const Quadrant q : kQuadrants)
        quadrants.append(QJsonObject{{QStringLiteral("quadrant"), quadrantKey(q)},
                                     {QStringLiteral("plannedMinutes"), r.planned[std::size_t(q)]},
                                     {QStringLiteral("doneMinutes"), r.done[std::size_t(q)]}});
    QJsonArray habits;
    for (const auto &h : r.habits)
        habits.append(QJsonObject{{QStringLiteral("id"), h.taskId},    {QStringLiteral("title"), h.title},
                                  {QStringLiteral("repeat"), toString(h.repeat)}, {QStringLiteral("kept"), h.kept},
                                  {QStringLiteral("of"), h.of},        {QStringLiteral("current"), h.current},
                                  {QStringLiteral("longest"), h.longest}});
    QJsonArray companies;
    for (const auto &c : r.companies)
        companies.append(QJsonObject{{QStringLiteral("company"), c.name},
                                     {QStringLiteral("requirementLines"), c.lines},
                                     {QStringLiteral("closedInWeek"), c.closedInWeek()},
                                     {QStringLiteral("closedAtStart"), c.closedBefore},
                                     {QStringLiteral("closedAtEnd"), c.closedAfter}});
    QJsonArray slipped;
    for (const auto &d : r.slipped)
        slipped.append(QJsonObject{{QStringLiteral("id"), d.taskId},
                                   {QStringLiteral("title"), d.title},
                                   {QStringLiteral("due"), dateText(d.due)},
                                   {QStringLiteral("doneOn"), d.doneOn.isValid() ? QJsonValue(dateText(d.doneOn)) : QJsonValue()}});
    QJsonArray risk;
    for (const auto &a : r.atRisk)
        risk.append(QJsonObject{{QStringLiteral("id"), a.taskId},
                                {QStringLiteral("title"), a.title},
                                {QStringLiteral("deadline"), dateText(a.deadline)},
                                {QStringLiteral("missingMinutes"), a.missingMinutes}});
    const QJsonObject o{{QStringLiteral("week"), isoWeekName(r.monday)},
                        {QStringLiteral("monday"), dateText(r.monday)},
                        {QStringLiteral("lastDay"), dateText(r.lastDay)},
                        {QStringLiteral("partial"), r.partial},
                        {QStringLiteral("quadrants"), quadrants},
                        {QStringLiteral("daysWithoutPlan"), r.daysWithoutPlan},
                        {QStringLiteral("scheduleShare"), r.scheduleShare},
                        {QStringLiteral("protectedShare"), r.protectedShare},
                        {QStringLiteral("habits"), habits},
                        {QStringLiteral("companies"), companies},
                        {QStringLiteral("slipped"), slipped},
                        {QStringLiteral("atRisk"), risk},
                        {QStringLiteral("atRiskTotal"), r.atRiskTotal}};
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

QByteArray exportReview(const WeeklyReview &review, ReviewFormat format)
{
    switch (format) {
    case ReviewFormat::Markdown: return reviewToMarkdown(review);
    case ReviewFormat::Html: return reviewToHtml(review);
    case ReviewFormat::Json: return reviewToJson(review);
    }
    return {};
}

} // namespace jobprep

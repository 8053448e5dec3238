// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// One stored posting: show, set, delete, reparse, tick (the Postings view's actions, from a shell).
#include "cli.h"
#include "clitext.h"
#include "core/domain/dates.h"
#include "core/domain/limits.h"
#include "core/postings/postingoverview.h"
#include "core/service/postingservice.h"

#include <QJsonArray>
#include <QJsonObject>

namespace jobprep::cli {
namespace {

PostingOverview requireOverview(Context &c)
{
    const Id id = parseId(QStringLiteral("ID"), c.arg(0, QStringLiteral("ID")));
    auto o = PostingOverview::read(c.db(), id);
    if (!o)
        throw UsageError(Text::tr("no posting with id %1 (see: jobprep-cli posting list)").arg(id));
    return *o;
}

QJsonValue dateJson(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject overviewJson(const PostingOverview &o, const QDate &today)
{
    const Posting &p = o.posting;
    QJsonArray lines, eligibility;
    for (const LineOverview &l : o.lines) {
        QJsonArray taskIds, oneOf;
        for (const Store::LineTask &t : l.tasks)
            taskIds.append(t.taskId);
        for (const QStringList &group : l.oneOf)
            oneOf.append(QJsonArray::fromStringList(group));
        lines.append(QJsonObject{{QStringLiteral("id"), l.line.id},
                                 {QStringLiteral("section"), toString(l.line.section)},
                                 {QStringLiteral("text"), l.line.text},
                                 {QStringLiteral("heading"), l.line.heading},
                                 {QStringLiteral("sectionByUser"), l.line.sectionByUser},
                                 {QStringLiteral("oneOf"), oneOf},
                                 {QStringLiteral("taskIds"), taskIds},
                                 {QStringLiteral("done"), l.done()}});
        if (l.line.section == Section::Eligibility)
            eligibility.append(QJsonObject{{QStringLiteral("id"), l.line.id},
                                           {QStringLiteral("text"), l.line.text},
                                           {QStringLiteral("met"), l.line.met}});
    }
    return {
        {QStringLiteral("id"), p.id},
        {QStringLiteral("company"), o.company},
        {QStringLiteral("title"), p.title},
        {QStringLiteral("role"), toString(p.role)},
        {QStringLiteral("url"), p.url},
        {QStringLiteral("deadline"), dateJson(p.deadline)},
        {QStringLiteral("dDay"), p.deadline.isValid() ? QJsonValue(dDay(p.deadline, today)) : QJsonValue()},
        {QStringLiteral("requirementLines"), o.readiness.requirementLines},
        {QStringLiteral("requirementLinesDone"), o.readiness.requirementLinesDone},
        {QStringLiteral("readiness"),
         o.readiness.requirementLines ? QJsonValue(o.readiness.readiness()) : QJsonValue()},
        {QStringLiteral("lines"), lines},
        {QStringLiteral("eligibility"), eligibility}};
}

QString statusText(Status s)
{
    switch (s) {
    case Status::Todo:
        return Text::tr("to do");
    case Status::Doing:
        return Text::tr("doing");
    case Status::Done:
        return Text::tr("done ✓");
    }
    return {};
}

int show(Context &c)
{
    const PostingOverview o = requireOverview(c);
    if (c.json) {
        c.print(overviewJson(o, c.today));
        return Ok;
    }
    const Posting &p = o.posting;
    c.out << Text::tr("posting %1: %2 — %3").arg(p.id).arg(p.title, o.company) << "\n";
    c.out << "  " << Text::tr("role: %1").arg(displayName(p.role)) << "\n";
    c.out << "  "
          << Text::tr("deadline: %1").arg(p.deadline.isValid() ? dDay(p.deadline, c.today) : Text::tr("none"))
          << "\n";
    c.out << "  " << Text::tr("readiness: %1").arg(o.readiness.text()) << "\n";
    if (!p.url.isEmpty())
        c.out << "  " << Text::tr("url: %1").arg(p.url) << "\n";
    for (const Section s : {Section::Duty, Section::Requirement, Section::Preferred, Section::Other}) {
        const QList<const LineOverview *> lines = o.inSection(s);
        if (lines.isEmpty())
            continue;
        c.out << "\n" << displayName(s) << " (" << lines.size() << ")\n";
        for (const LineOverview *l : lines) {
            c.out << "  " << pad(QString::number(l->line.id), 6) << l->line.text << "\n";
            for (const QStringList &group : l->oneOf)
                c.out << "        " << Text::tr("any one of: %1").arg(group.join(QStringLiteral(", ")))
                      << "\n";
            for (const Store::LineTask &t : l->tasks)
                c.out << "        "
                      << Text::tr("task %1 (%2): %3").arg(t.taskId).arg(statusText(t.status), t.title)
                      << "\n";
            if (l->tasks.isEmpty() && l->takesTask())
                c.out << "        " << Text::tr("no task") << "\n";
        }
    }
    const QList<const LineOverview *> eligibility = o.inSection(Section::Eligibility);
    if (!eligibility.isEmpty()) {
        c.out << "\n"
              << Text::tr("%1 — I meet this (posting tick %2 LINE_ID)")
                     .arg(displayName(Section::Eligibility))
                     .arg(p.id)
              << "\n";
        for (const LineOverview *l : eligibility)
            c.out << "  [" << (l->line.met ? 'x' : ' ') << "] " << pad(QString::number(l->line.id), 6)
                  << l->line.text << "\n";
    }
    return Ok;
}

int set(Context &c)
{
    const Id id = requireOverview(c).posting.id;
    PostingDetails d;
    if (c.isSet(QStringLiteral("title"))) {
        d.title = c.value(QStringLiteral("title"));
        if (d.title->trimmed().isEmpty())
            throw UsageError(Text::tr("--title: must not be empty"));
        if (d.title->size() > limits::kMaxTitleLength)
            throw UsageError(Text::tr("--title: at most %1 characters").arg(limits::kMaxTitleLength));
    }
    if (c.isSet(QStringLiteral("role")))
        d.role = parseEnumOption<Role>(QStringLiteral("role"), c.value(QStringLiteral("role")));
    if (c.isSet(QStringLiteral("deadline"))) {
        const QString v = c.value(QStringLiteral("deadline"));
        d.deadline = v.isEmpty() || v == QLatin1String("none")
                         ? QDate()
                         : parseDateOption(QStringLiteral("deadline"), v);
    }
    if (c.isSet(QStringLiteral("url"))) {
        d.url = c.value(QStringLiteral("url"));
        if (d.url->size() > limits::kMaxUrlLength)
            throw UsageError(Text::tr("--url: at most %1 characters").arg(limits::kMaxUrlLength));
    }
    if (!d.title && !d.role && !d.deadline && !d.url)
        throw UsageError(Text::tr("nothing to change: give --title, --role, --deadline or --url"));
    c.svc().postings().setDetails(id, d);
    if (c.json)
        c.print(overviewJson(*PostingOverview::read(c.db(), id), c.today));
    else
        c.out << Text::tr("updated posting %1").arg(id) << "\n";
    return Ok;
}

int remove(Context &c)
{
    const PostingOverview o = requireOverview(c);
    QList<Id> tasks;
    for (const LineOverview &l : o.lines)
        for (const Store::LineTask &t : l.tasks)
            if (!tasks.contains(t.taskId))
                tasks << t.taskId;
    c.svc().postings().remove(o.posting.id);
    if (c.json)
        c.print(QJsonObject{{QStringLiteral("id"), o.posting.id},
                            {QStringLiteral("lines"), o.lines.size()},
                            {QStringLiteral("tasksUnlinked"), tasks.size()}});
    else
        c.out << Text::tr("deleted posting %1: %2 (%3 lines; %4 linked tasks stay, without the link)")
                     .arg(o.posting.id)
                     .arg(o.posting.title)
                     .arg(o.lines.size())
                     .arg(tasks.size())
              << "\n";
    return Ok;
}

int reparse(Context &c)
{
    const Id id = requireOverview(c).posting.id;
    const ReparseResult r = c.svc().postings().reparse(id);
    if (c.json) {
        QJsonArray unlinked;
        for (const Id t : r.unlinkedTasks)
            unlinked.append(t);
        c.print(QJsonObject{{QStringLiteral("id"), id},
                            {QStringLiteral("kept"), r.kept},
                            {QStringLiteral("added"), r.added},
                            {QStringLiteral("removed"), r.removed},
                            {QStringLiteral("sectionsChanged"), r.sectionsChanged},
                            {QStringLiteral("unlinkedTasks"), unlinked}});
        return Ok;
    }
    c.out << Text::tr("re-parsed posting %1: %2 lines kept, %3 added, %4 removed, %5 in another section")
                 .arg(id)
                 .arg(r.kept)
                 .arg(r.added)
                 .arg(r.removed)
                 .arg(r.sectionsChanged)
          << "\n";
    for (const Id t : r.unlinkedTasks)
        if (const auto task = c.db().task(t))
            c.out << "  " << Text::tr("task %1 lost its link to a removed line: %2").arg(t).arg(task->title)
                  << "\n";
    return Ok;
}

int tick(Context &c)
{
    const PostingOverview o = requireOverview(c);
    if (c.args.size() < 2)
        throw UsageError(
            Text::tr("missing argument LINE_ID (the eligibility lines: jobprep-cli posting show %1)")
                .arg(o.posting.id));
    QList<Id> lines;
    for (qsizetype i = 1; i < c.args.size(); ++i) {
        const Id lineId = parseId(QStringLiteral("LINE_ID"), c.args[i]);
        const auto line = std::find_if(o.lines.cbegin(), o.lines.cend(),
                                       [&](const LineOverview &l) { return l.line.id == lineId; });
        if (line == o.lines.cend())
            throw UsageError(
                Text::tr("LINE_ID %1: posting %2 has no such line").arg(lineId).arg(o.posting.id));
        if (line->line.section != Section::Eligibility)
            throw UsageError(Text::tr("LINE_ID %1: a %2 line, not an eligibility line; only those are ticked")
                                 .arg(lineId)
                                 .arg(toString(line->line.section)));
        lines << lineId;
    }
    const bool met = !c.isSet(QStringLiteral("off"));
    c.svc().postings().setMet(lines, met);
    if (c.json)
        c.print(overviewJson(*PostingOverview::read(c.db(), o.posting.id), c.today));
    else
        c.out << (met ? Text::tr("ticked %n line(s): I meet this", nullptr, int(lines.size()))
                      : Text::tr("unticked %n line(s)", nullptr, int(lines.size())))
              << "\n";
    return Ok;
}

} // namespace

QList<Command> postingEditCommands()
{
    const QList<QCommandLineOption> setOptions{
        {QStringLiteral("title"), QStringLiteral("New title."), QStringLiteral("T")},
        {QStringLiteral("role"), QStringLiteral("Role: %1.").arg(allNames<Role>().join(QStringLiteral(", "))),
         QStringLiteral("R")},
        {QStringLiteral("deadline"), QStringLiteral("Deadline (YYYY-MM-DD; none removes it)."),
         QStringLiteral("D")},
        {QStringLiteral("url"), QStringLiteral("Posting URL (empty removes it)."), QStringLiteral("U")},
    };
    return {
        {QStringLiteral("posting show"),
         QStringLiteral("ID   (its lines by section, their tasks, the eligibility checklist)"),
         {},
         &show},
        {QStringLiteral("posting set"), QStringLiteral("ID [--title T] [--role R] [--deadline D] [--url U]"),
         setOptions, &set},
        {QStringLiteral("posting delete"),
         QStringLiteral("ID   (its tasks stay, without their links)"),
         {},
         &remove},
        {QStringLiteral("posting reparse"),
         QStringLiteral("ID   (parses the stored text again; unchanged lines keep their tasks and ticks)"),
         {},
         &reparse},
        {QStringLiteral("posting tick"),
         QStringLiteral("ID LINE_ID… [--off]   (eligibility lines: I meet this)"),
         {{QStringLiteral("off"), QStringLiteral("Untick instead.")}},
         &tick},
    };
}

} // namespace jobprep::cli

// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "cli.h"
#include "clitext.h"
#include "core/domain/dates.h"
#include "core/postings/linematch.h"
#include "core/postings/postingduplicates.h"
#include "core/postings/postingintake.h"
#include "core/postings/readiness.h"
#include "core/service/postingservice.h"
#include "postingtext.h"

#include <QJsonArray>
#include <QJsonObject>

namespace jobprep::cli {
namespace {

// Parses the text, shows the preview and stores the posting with the proposed tasks (requirement
// lines; preferred lines too with --with-preferred; none with --no-tasks) in one transaction.
int addWithText(Context &c, Posting p)
{
    Store &store = c.db();
    const QString file = c.value(QStringLiteral("text-file"));
    QString text;
    const ParseResult parsed = readAndParse(QStringLiteral("--text-file"), file, &text);
    p.lines = LineMatch::toPostingLines(parsed);
    QList<ProposedTask> proposals;
    if (!c.isSet(QStringLiteral("no-tasks"))) {
        proposals = TaskProposer().propose(p.lines, store);
        if (c.isSet(QStringLiteral("with-preferred")))
            for (ProposedTask &t : proposals)
                t.checked = true;
    }
    p.rawText = text.replace(QChar(0), QLatin1Char(' ')); // the store keeps no NUL characters
    const IntakeResult r = c.svc().postings().addWithTasks(p, proposals);
    if (c.json) {
        QJsonObject o = parseJson(parsed, proposals);
        o.insert(QStringLiteral("id"), r.postingId);
        QJsonArray created, linked;
        for (Id id : r.createdTasks)
            created.append(id);
        for (Id id : r.linkedTasks)
            linked.append(id);
        o.insert(QStringLiteral("tasksCreated"), created);
        o.insert(QStringLiteral("tasksLinked"), linked);
        c.print(o);
        return Ok;
    }
    printPreview(c.out, p.lines, proposals);
    c.out << "added posting " << r.postingId << ": " << p.title << " (" << p.lines.size() << " lines; "
          << r.createdTasks.size() << " tasks created, " << r.linkedTasks.size() << " existing tasks linked)\n";
    return Ok;
}

int parse(Context &c)
{
    const ParseResult parsed = readAndParse(QStringLiteral("FILE"), c.arg(0, QStringLiteral("FILE")));
    const QList<ProposedTask> proposals = TaskProposer().propose(LineMatch::toPostingLines(parsed), {});
    if (c.json)
        c.print(parseJson(parsed, proposals));
    else
        printPreview(c.out, LineMatch::toPostingLines(parsed), proposals);
    return Ok;
}

int add(Context &c)
{
    Store &store = c.db();
    Posting p;
    p.companyId = requireCompany(store, c.arg(0, QStringLiteral("COMPANY"))).id;
    if (!c.isSet(QStringLiteral("title")))
        throw UsageError(QStringLiteral("--title is required"));
    p.title = c.value(QStringLiteral("title"));
    if (c.isSet(QStringLiteral("role")))
        p.role = parseEnumOption<Role>(QStringLiteral("role"), c.value(QStringLiteral("role")));
    if (c.isSet(QStringLiteral("deadline")))
        p.deadline = parseDateOption(QStringLiteral("deadline"), c.value(QStringLiteral("deadline")));
    p.url = c.value(QStringLiteral("url"));
    if (!c.isSet(QStringLiteral("allow-duplicate"))) {
        const QList<Posting> same = PostingDuplicates::find(store, c.arg(0, QStringLiteral("COMPANY")), p.title, p.url);
        if (!same.isEmpty())
            throw UsageError(Text::tr("posting %1 (\"%2\") has the same URL, or the same company and title; "
                                      "give --allow-duplicate to add a second copy")
                                 .arg(same.first().id)
                                 .arg(same.first().title));
    }
    if (!c.isSet(QStringLiteral("text-file"))) {
        for (const QString &o : {QStringLiteral("with-preferred"), QStringLiteral("no-tasks")})
            if (c.isSet(o))
                throw UsageError(QStringLiteral("--%1: only with --text-file").arg(o));
        const Id id = c.svc().postings().add(p);
        if (c.json)
            c.print(QJsonObject{{QStringLiteral("id"), id}});
        else
            c.out << "added posting " << id << ": " << p.title << "\n";
        return Ok;
    }
    return addWithText(c, p);
}

int list(Context &c)
{
    Store &store = c.db();
    const ReadinessReport report = ReadinessReport::compute(store, c.today);
    QHash<Id, QString> names;
    for (const Company &co : store.companies())
        names.insert(co.id, co.name);
    QJsonArray rows;
    if (!c.json)
        c.out << pad(QStringLiteral("ID"), 6) << pad(QStringLiteral("COMPANY"), 18) << pad(QStringLiteral("TITLE"), 30)
              << pad(QStringLiteral("ROLE"), 15) << pad(QStringLiteral("DEADLINE"), 12) << "READY\n";
    for (const Posting &p : store.postings()) {
        const PostingReadiness r = report.posting(p.id);
        if (c.json) {
            QJsonArray lines;
            for (const PostingLine &l : p.lines)
                lines.append(QJsonObject{{QStringLiteral("id"), l.id},
                                         {QStringLiteral("section"), toString(l.section)},
                                         {QStringLiteral("text"), l.text}});
            rows.append(QJsonObject{
                {QStringLiteral("id"), p.id},
                {QStringLiteral("company"), names.value(p.companyId)},
                {QStringLiteral("title"), p.title},
                {QStringLiteral("role"), toString(p.role)},
                {QStringLiteral("url"), p.url},
                {QStringLiteral("deadline"), p.deadline.isValid() ? QJsonValue(p.deadline.toString(Qt::ISODate)) : QJsonValue()},
                {QStringLiteral("requirementLines"), r.requirementLines},
                {QStringLiteral("requirementLinesDone"), r.requirementLinesDone},
                {QStringLiteral("readiness"), r.requirementLines ? QJsonValue(r.readiness()) : QJsonValue()},
                {QStringLiteral("lines"), lines}});
        } else {
            c.out << pad(QString::number(p.id), 6) << pad(names.value(p.companyId), 18) << pad(p.title, 30)
                  << pad(toString(p.role), 15)
                  << pad(p.deadline.isValid() ? dDay(p.deadline, c.today) : QStringLiteral("-"), 12)
                  << r.text()
                  << "\n";
        }
    }
    if (c.json)
        c.print(rows);
    return Ok;
}

} // namespace

QList<Command> postingCommands()
{
    const QList<QCommandLineOption> addOptions{
        {QStringLiteral("title"), QStringLiteral("Posting title."), QStringLiteral("T")},
        {QStringLiteral("role"), QStringLiteral("Role: %1.").arg(allNames<Role>().join(QStringLiteral(", "))),
         QStringLiteral("R")},
        {QStringLiteral("deadline"), QStringLiteral("Application deadline (YYYY-MM-DD)."), QStringLiteral("D")},
        {QStringLiteral("url"), QStringLiteral("Posting URL."), QStringLiteral("U")},
        {QStringLiteral("text-file"), QStringLiteral("The posting's text (UTF-8, - reads stdin): parsed into lines, "
                                                     "with a task proposed for each requirement line."),
         QStringLiteral("FILE")},
        {QStringLiteral("with-preferred"), QStringLiteral("Also create tasks for preferred lines (우대사항).")},
        {QStringLiteral("no-tasks"), QStringLiteral("Store the posting and its lines, create no tasks.")},
        {QStringLiteral("allow-duplicate"),
         QStringLiteral("Add it even when a posting with the same URL, or company and title, is stored.")},
    };
    return {
        {QStringLiteral("posting add"),
         QStringLiteral("COMPANY --title T [--role R] [--deadline D] [--url U] [--text-file FILE "
                        "[--with-preferred] [--no-tasks]] [--allow-duplicate]"),
         addOptions, &add},
        {QStringLiteral("posting parse"), QStringLiteral("FILE   (- reads stdin; prints the parsed lines, "
                                                         "skills and proposed tasks; no database)"),
         {}, &parse},
        {QStringLiteral("posting list"), QString(), {}, &list},
    };
}

} // namespace jobprep::cli

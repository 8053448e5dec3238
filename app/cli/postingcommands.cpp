// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "cli.h"
#include "dates.h"
#include "readiness.h"

#include <QJsonArray>
#include <QJsonObject>

namespace jobprep::cli {
namespace {

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
    const Id id = store.addPosting(p);
    if (c.json)
        c.print(QJsonObject{{QStringLiteral("id"), id}});
    else
        c.out << "added posting " << id << ": " << p.title << "\n";
    return Ok;
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
                  << (r.requirementLines ? QStringLiteral("%1% (%2/%3)")
                                               .arg(qRound(r.readiness() * 100))
                                               .arg(r.requirementLinesDone)
                                               .arg(r.requirementLines)
                                         : QStringLiteral("-"))
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
    };
    return {
        {QStringLiteral("posting add"), QStringLiteral("COMPANY --title T [--role R] [--deadline D] [--url U]"),
         addOptions, &add},
        {QStringLiteral("posting list"), QString(), {}, &list},
    };
}

} // namespace jobprep::cli

// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "cli.h"
#include "clitext.h"
#include "core/domain/dates.h"
#include "core/domain/limits.h"
#include "core/postings/readiness.h"
#include "core/service/companyservice.h"

#include <QJsonArray>
#include <QJsonObject>

namespace jobprep::cli {
namespace {

// company set also takes --name (company add's name is its argument).
QList<QCommandLineOption> companyOptions(bool rename)
{
    QList<QCommandLineOption> options{{QStringLiteral("stage"), QStringLiteral("Pipeline stage."), QStringLiteral("S")},
            {QStringLiteral("interest"), QStringLiteral("Interest 1-5."), QStringLiteral("N")},
            {QStringLiteral("url"), QStringLiteral("Website."), QStringLiteral("U")},
            {QStringLiteral("notes"), QStringLiteral("Notes."), QStringLiteral("T")},
            {QStringLiteral("coding-test-notes"), QStringLiteral("What this company's coding tests emphasise."),
             QStringLiteral("T")}};
    if (rename)
        options.append({QStringLiteral("name"), QStringLiteral("New name."), QStringLiteral("NEW")});
    return options;
}

void applyOptions(Context &c, Company &company)
{
    if (c.isSet(QStringLiteral("stage")))
        company.stage = parseEnumOption<Stage>(QStringLiteral("stage"), c.value(QStringLiteral("stage")));
    if (c.isSet(QStringLiteral("interest")))
        company.interest = parseIntOption(QStringLiteral("interest"), c.value(QStringLiteral("interest")),
                                          limits::kMinInterest, limits::kMaxInterest);
    if (c.isSet(QStringLiteral("url")))
        company.website = c.value(QStringLiteral("url"));
    if (c.isSet(QStringLiteral("notes")))
        company.notes = c.value(QStringLiteral("notes"));
    if (c.isSet(QStringLiteral("coding-test-notes")))
        company.codingTestNotes = c.value(QStringLiteral("coding-test-notes"));
}

int add(Context &c)
{
    Company company;
    company.name = c.arg(0, QStringLiteral("NAME"));
    applyOptions(c, company);
    const Id id = c.svc().companies().add(company);
    if (c.json)
        c.print(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("name"), company.name.trimmed()}});
    else
        c.out << Text::tr("added company %1: %2").arg(id).arg(company.name.trimmed()) << "\n";
    return Ok;
}

int set(Context &c)
{
    Company company = requireCompany(c.db(), c.arg(0, QStringLiteral("NAME")));
    applyOptions(c, company);
    if (c.isSet(QStringLiteral("name")))
        company.name = c.value(QStringLiteral("name"));
    c.svc().companies().edit(company);
    if (!c.json)
        c.out << Text::tr("updated company %1: %2 (%3)").arg(company.id).arg(company.name, displayName(company.stage))
              << "\n";
    else
        c.print(QJsonObject{{QStringLiteral("id"), company.id}});
    return Ok;
}

int list(Context &c)
{
    Store &store = c.db();
    const ReadinessReport report = ReadinessReport::compute(store, c.today);
    QJsonArray rows;
    if (!c.json)
        c.out << pad(Text::tr("NAME"), 22) << pad(Text::tr("STAGE"), 13) << pad(Text::tr("INT"), 5)
              << pad(Text::tr("POSTINGS"), 10) << pad(Text::tr("DEADLINE"), 10) << Text::tr("READY") << "\n";
    for (const Company &co : store.companies()) {
        const CompanyReadiness r = report.company(co.id);
        if (c.json) {
            QJsonArray history;
            for (const StageChange &h : co.history)
                history.append(QJsonObject{{QStringLiteral("stage"), toString(h.stage)},
                                           {QStringLiteral("date"), h.date.toString(Qt::ISODate)}});
            rows.append(QJsonObject{
                {QStringLiteral("id"), co.id},
                {QStringLiteral("name"), co.name},
                {QStringLiteral("stage"), toString(co.stage)},
                {QStringLiteral("interest"), co.interest},
                {QStringLiteral("website"), co.website},
                {QStringLiteral("notes"), co.notes},
                {QStringLiteral("codingTestNotes"), co.codingTestNotes},
                {QStringLiteral("postings"), r.postings},
                {QStringLiteral("nearestDeadline"),
                 r.nearestDeadline.isValid() ? QJsonValue(r.nearestDeadline.toString(Qt::ISODate)) : QJsonValue()},
                {QStringLiteral("requirementLines"), r.requirementLines},
                {QStringLiteral("requirementLinesDone"), r.requirementLinesDone},
                {QStringLiteral("readiness"), r.requirementLines ? QJsonValue(r.readiness()) : QJsonValue()},
                {QStringLiteral("history"), history}});
        } else {
            c.out << pad(co.name, 22) << pad(displayName(co.stage), 13) << pad(QString::number(co.interest), 5)
                  << pad(QString::number(r.postings), 10) << pad(dDay(r.nearestDeadline, c.today), 10)
                  << r.text()
                  << "\n";
        }
    }
    if (c.json)
        c.print(rows);
    return Ok;
}

} // namespace

QList<Command> companyCommands()
{
    return {
        {QStringLiteral("company add"), QStringLiteral("NAME [--stage S] [--interest N] [--url U] [--notes T] [--coding-test-notes T]"),
         companyOptions(false), &add},
        {QStringLiteral("company set"), QStringLiteral("NAME [--name NEW] [--stage S] [--interest N] [--url U] [--notes T] [--coding-test-notes T]"),
         companyOptions(true), &set},
        {QStringLiteral("company list"), QString(), {}, &list},
    };
}

} // namespace jobprep::cli

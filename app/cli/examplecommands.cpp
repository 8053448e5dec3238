// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "cli.h"
#include "core/service/dataservice.h"

#include <QJsonObject>

namespace jobprep::cli {
namespace {

int exampleCmd(Context &c)
{
    Store &store = c.db();
    c.svc().data().addExamplePlan(); // only into an empty file
    if (c.json)
        c.print(QJsonObject{{QStringLiteral("companies"), int(store.companies().size())},
                            {QStringLiteral("postings"), int(store.postings().size())},
                            {QStringLiteral("tasks"), int(store.tasks(true).size())}});
    else
        c.out << "example plan added: " << store.companies().size() << " companies, " << store.postings().size()
              << " postings, " << store.tasks(true).size() << " tasks\n";
    return Ok;
}

} // namespace

QList<Command> exampleCommands()
{
    return {{QStringLiteral("example"), QStringLiteral("   (fills an EMPTY database with a sample job hunt dated from --today)"),
             {}, &exampleCmd}};
}

} // namespace jobprep::cli

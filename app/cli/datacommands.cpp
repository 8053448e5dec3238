// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "cli.h"
#include "clitext.h"
#include "core/io/jsonio.h"
#include "core/service/dataservice.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace jobprep::cli {
namespace {

QByteArray readInput(const QString &path)
{
    QFile f;
    if (path == QLatin1String("-")) {
        if (!f.open(stdin, QIODevice::ReadOnly))
            throw UsageError(Text::tr("cannot read standard input"));
    } else {
        f.setFileName(path);
        if (!f.open(QIODevice::ReadOnly))
            throw UsageError(QStringLiteral("%1: %2").arg(path, f.errorString()));
    }
    return f.readAll();
}

int importCmd(Context &c)
{
    const QString path = c.arg(0, QStringLiteral("FILE"));
    const QByteArray data = readInput(path);
    try {
        const ImportSummary s = c.svc().data().importJson(data);
        if (c.json)
            c.print(QJsonObject{{QStringLiteral("companiesAdded"), s.companiesAdded},
                                {QStringLiteral("companiesReused"), s.companiesReused},
                                {QStringLiteral("postings"), s.postings},
                                {QStringLiteral("tasks"), s.tasks}});
        else
            c.out << Text::tr("imported %1 companies (%2 already there), %3 postings, %4 tasks")
                         .arg(s.companiesAdded)
                         .arg(s.companiesReused)
                         .arg(s.postings)
                         .arg(s.tasks)
                  << "\n";
    } catch (const ImportError &e) {
        throw ImportError(Text::tr("%1: %2 (nothing was imported)").arg(path, e.message()));
    }
    return Ok;
}

int exportCmd(Context &c)
{
    const QString path = c.arg(0, QStringLiteral("FILE"));
    const QByteArray data = QJsonDocument(exportJson(c.db())).toJson(QJsonDocument::Indented);
    if (path == QLatin1String("-")) {
        c.out << QString::fromUtf8(data);
        return Ok;
    }
    // QSaveFile: the old file stays whole until the new one is completely written.
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit())
        throw UsageError(QStringLiteral("%1: %2").arg(path, f.errorString()));
    if (!c.json)
        c.out << Text::tr("exported to %1").arg(path) << "\n";
    return Ok;
}

} // namespace

QList<Command> dataCommands()
{
    return {
        {QStringLiteral("import"), QStringLiteral("FILE   (JSON; - reads standard input; all or nothing)"), {}, &importCmd},
        {QStringLiteral("export"), QStringLiteral("FILE   (JSON; - writes standard output)"), {}, &exportCmd},
    };
}

} // namespace jobprep::cli

// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "cli.h"
#include "core/io/datagenerator.h"

#include <QJsonDocument>
#include <QSaveFile>

namespace jobprep::cli {
namespace {

void writeFile(const QString &path, const QByteArray &data)
{
    // QSaveFile: a reader never sees half a data set.
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit())
        throw UsageError(QStringLiteral("%1: %2").arg(path, f.errorString()));
}

int generate(Context &c)
{
    if (!c.isSet(QStringLiteral("tasks")))
        throw UsageError(QStringLiteral("--tasks: missing (how many tasks to generate)"));
    if (!c.isSet(QStringLiteral("out")))
        throw UsageError(QStringLiteral("--out: missing (the JSON file to write)"));
    const int count = parseIntOption(QStringLiteral("tasks"), c.value(QStringLiteral("tasks")), 1, 10000000);
    quint64 seed = 1;
    if (c.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        seed = c.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            throw UsageError(QStringLiteral("--seed: \"%1\" is not a whole number from 0 to 18446744073709551615")
                                 .arg(c.value(QStringLiteral("seed"))));
    }
    const DataGenerator gen(count, seed, c.today);
    const QString out = c.value(QStringLiteral("out"));
    writeFile(out, QJsonDocument(gen.jobprepJson()).toJson(QJsonDocument::Compact));
    const QString tw = c.value(QStringLiteral("taskwarrior"));
    if (!tw.isEmpty())
        writeFile(tw, QJsonDocument(gen.taskwarriorJson()).toJson(QJsonDocument::Compact));
    if (!c.json)
        c.out << "generated " << gen.companies().size() << " companies, " << gen.postings().size() << " postings, "
              << gen.tasks().size() << " tasks (seed " << seed << ") into " << out
              << (tw.isEmpty() ? QString() : QStringLiteral(" and %1 (Taskwarrior)").arg(tw)) << "\n";
    return Ok;
}

} // namespace

QList<Command> generateCommands()
{
    return {
        {QStringLiteral("generate"),
         QStringLiteral("--tasks N [--seed S] --out FILE [--taskwarrior FILE]   (realistic test data; the same seed "
                        "gives the same data in both formats)"),
         {QCommandLineOption(QStringLiteral("tasks"), QStringLiteral("How many tasks."), QStringLiteral("N")),
          QCommandLineOption(QStringLiteral("seed"), QStringLiteral("Random seed (default 1)."), QStringLiteral("S")),
          QCommandLineOption(QStringLiteral("out"), QStringLiteral("Our JSON import file."), QStringLiteral("FILE")),
          QCommandLineOption(QStringLiteral("taskwarrior"), QStringLiteral("Also write Taskwarrior's import format."),
                             QStringLiteral("FILE"))},
         &generate},
    };
}

} // namespace jobprep::cli

// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/service/service.h"

#include <QCommandLineParser>
#include <QJsonValue>
#include <QTextStream>
#include <memory>
#include <stdexcept>

namespace jobprep::cli {

// Bad arguments: exit status 1, with a message that names the argument.
class UsageError : public std::runtime_error
{
public:
    explicit UsageError(const QString &m) : std::runtime_error(m.toStdString()), message(m) {}
    QString message;
};

// 4: the file is sound but its placement cache differs from the tasks (`check`; `check --repair`).
// 3 is also the calendar's: the server refuses (401/403), fails or cannot be reached.
enum ExitCode { Ok = 0, BadInput = 1, DatabaseUnusable = 3, ServerFailed = 3, StaleCache = 4 };

struct Context
{
    QCommandLineParser &parser;
    QStringList args; // positional arguments after the command words
    QTextStream &out;
    QTextStream &err;
    bool json = false;
    QDate today;
    QString dbPath;
    std::unique_ptr<Store> store;
    std::unique_ptr<Service> service;
    QStringList arguments; // the whole command line, as run() got it
    QString command;       // "calendar sync"

    Store &db();     // opens on first use; for reading
    Service &svc();  // the service on that store: every change goes through it
    QString value(const QString &option) const { return parser.value(option); }
    bool isSet(const QString &option) const { return parser.isSet(option); }
    QString arg(int i, const QString &name) const;
    void print(const QJsonValue &json);
};

// Strict parsers that throw UsageError naming the option.
QDate parseDateOption(const QString &option, const QString &value);
int parseIntOption(const QString &option, const QString &value, int min, int max);
double parseHoursOption(const QString &option, const QString &value);
Id parseId(const QString &name, const QString &value);
template <typename E> E parseEnumOption(const QString &option, const QString &value)
{
    const auto e = fromString<E>(value);
    if (!e)
        throw UsageError(QStringLiteral("--%1: \"%2\" is not one of: %3")
                             .arg(option, value, allNames<E>().join(QStringLiteral(", "))));
    return *e;
}
Company requireCompany(Store &store, const QString &name);
// The Monday of --week (an ISO week such as 2026-W49) when it is given, else `fallback`.
QDate weekOption(const Context &c, const QDate &fallback);
// `data` to --out (replaced atomically), or to stdout as bytes without it or with "-" (through
// QTextStream a CSV's byte order mark would be dropped). True when it went to a file.
bool writeOutput(Context &c, const QByteArray &data);

// Pads to a terminal column width, counting Hangul and CJK as two columns.
QString pad(const QString &text, int width);
QString clip(const QString &text, int width);

struct Command
{
    QString name; // "task add"
    QString synopsis;
    QList<QCommandLineOption> options;
    int (*run)(Context &);
};

QList<Command> companyCommands();
QList<Command> postingCommands();
QList<Command> postingEditCommands();
QList<Command> taskCommands();
QList<Command> dataCommands();
QList<Command> planCommands();
QList<Command> generateCommands();
QList<Command> exampleCommands();
QList<Command> safetyCommands();
QList<Command> allCommands(); // every command, in the order --help lists them
QList<Command> habitCommands();
QList<Command> reviewCommands();
// calendar sync|set|status and busy import|list: their options are here, their code is in the
// jobprep-cli-calendar module (calendarmodule.h), loaded only when one of them runs.
QList<Command> calendarCommands();

int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace jobprep::cli

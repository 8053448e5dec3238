// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "cli.h"
#include "core/domain/dates.h"
#include "core/domain/limits.h"
#include "core/export/planexport.h"
#include "core/io/jsonio.h"
#include "core/safety/databaselocation.h"
#include "core/service/clock.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace jobprep::cli {
namespace {

const QCommandLineOption kDb(QStringLiteral("db"), QStringLiteral("Database file (default: $JOBPREP_DB or the app data folder)."), QStringLiteral("FILE"));
const QCommandLineOption kToday(QStringLiteral("today"), QStringLiteral("Use this date as today (YYYY-MM-DD)."), QStringLiteral("DATE"));
const QCommandLineOption kJson(QStringLiteral("json"), QStringLiteral("Machine-readable JSON output."));

} // namespace

QList<Command> allCommands()
{
    return companyCommands() + postingCommands() + postingEditCommands() + taskCommands() + dataCommands() + planCommands() +
           generateCommands() + exampleCommands() + safetyCommands() + calendarCommands() + habitCommands() + reviewCommands();
}

namespace {

QString usage()
{
    QString u = QStringLiteral("Usage: jobprep-cli [--db FILE] [--today YYYY-MM-DD] [--json] COMMAND …\n\nCommands:\n");
    for (const Command &c : allCommands())
        u += QStringLiteral("  %1 %2\n").arg(c.name, c.synopsis);
    u += QStringLiteral("\nExit status: 0 success, 1 bad input or usage, 3 the database cannot be used (calendar: the\n"
                        "server refuses, fails or cannot be reached), 4 (check) the file is sound but its placement\n"
                        "cache differs from the tasks.\n");
    return u;
}

// The command words are the first one or two positional arguments; options that take a value
// must be skipped with their value when looking for them.
QStringList commandWords(const QStringList &args, const QList<Command> &commands)
{
    QSet<QString> valueOptions{QStringLiteral("--db"), QStringLiteral("--today")};
    for (const Command &c : commands)
        for (const QCommandLineOption &o : c.options)
            if (!o.valueName().isEmpty())
                for (const QString &n : o.names())
                    valueOptions.insert(QStringLiteral("--") + n);
    QStringList words;
    for (int i = 1; i < args.size() && words.size() < 2; ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("--"))
            break;
        if (a.startsWith(QLatin1Char('-')) && a != QLatin1String("-")) {
            if (valueOptions.contains(a))
                ++i;
            continue;
        }
        words << a;
    }
    return words;
}

} // namespace

Store &Context::db()
{
    if (!store) {
        store = std::make_unique<Store>(dbPath);
        service = std::make_unique<Service>(*store);
        if (parser.isSet(kToday))
            service->clock().startOn(today); // as the window's --today does
    }
    return *store;
}

Service &Context::svc()
{
    db();
    return *service;
}

QString Context::arg(int i, const QString &name) const
{
    if (i >= args.size())
        throw UsageError(QStringLiteral("missing argument %1").arg(name));
    return args[i];
}

void Context::print(const QJsonValue &value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

QDate parseDateOption(const QString &option, const QString &value)
{
    const auto d = parseIsoDate(value);
    if (!d)
        throw UsageError(QStringLiteral("--%1: \"%2\" is not a valid date (YYYY-MM-DD)").arg(option, value));
    return *d;
}

QDate weekOption(const Context &c, const QDate &fallback)
{
    if (!c.isSet(QStringLiteral("week")))
        return fallback;
    const auto week = parseIsoWeek(c.value(QStringLiteral("week")));
    if (!week)
        throw UsageError(QStringLiteral("--week: \"%1\" is not an ISO week like 2026-W49").arg(c.value(QStringLiteral("week"))));
    return *week;
}

bool writeOutput(Context &c, const QByteArray &data)
{
    const QString out = c.value(QStringLiteral("out"));
    if (out.isEmpty() || out == QLatin1String("-")) {
        c.out.flush();
        if (QIODevice *device = c.out.device())
            device->write(data);
        else
            c.out << QString::fromUtf8(data);
        return false;
    }
    QString error;
    if (!saveFileAtomically(out, data, &error))
        throw UsageError(error);
    return true;
}

int parseIntOption(const QString &option, const QString &value, int min, int max)
{
    bool ok = false;
    const int v = value.toInt(&ok);
    if (!ok || v < min || v > max)
        throw UsageError(QStringLiteral("--%1: \"%2\" is not a whole number from %3 to %4").arg(option, value).arg(min).arg(max));
    return v;
}

double parseHoursOption(const QString &option, const QString &value)
{
    bool ok = false;
    const double v = value.toDouble(&ok);
    if (!ok || !(v > 0) || v > limits::kMaxEstimateHours)
        throw UsageError(QStringLiteral("--%1: \"%2\" is not a number of hours above 0 and at most %3")
                             .arg(option, value)
                             .arg(limits::kMaxEstimateHours));
    return v;
}

Id parseId(const QString &name, const QString &value)
{
    bool ok = false;
    const qint64 v = value.toLongLong(&ok);
    if (!ok || v <= 0)
        throw UsageError(QStringLiteral("%1: \"%2\" is not an id (a positive whole number)").arg(name, value));
    return v;
}

Company requireCompany(Store &store, const QString &name)
{
    const auto c = store.companyByName(name);
    if (!c)
        throw UsageError(QStringLiteral("no company named \"%1\" (see: jobprep-cli company list)").arg(name));
    return *c;
}

// Terminal columns of one code point: Hangul, CJK, full-width forms and emoji take two.
static int columnsOf(char32_t cp)
{
    const bool wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) ||
                      (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
                      (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0x1F300 && cp <= 0x1FAFF);
    return wide ? 2 : 1;
}

static int columns(const QString &text)
{
    int w = 0;
    for (const char32_t cp : QStringView(text).toUcs4())
        w += columnsOf(cp);
    return w;
}

QString clip(const QString &text, int width)
{
    if (columns(text) <= width)
        return text;
    // The longest start (whole code points) that leaves a column for the ellipsis.
    int used = 0;
    qsizetype end = 0;
    const QStringView view(text);
    while (end < view.size()) {
        const bool pair = view[end].isHighSurrogate() && end + 1 < view.size() && view[end + 1].isLowSurrogate();
        const char32_t cp = pair ? QChar::surrogateToUcs4(view[end], view[end + 1]) : view[end].unicode();
        if (used + columnsOf(cp) > width - 1)
            break;
        used += columnsOf(cp);
        end += pair ? 2 : 1;
    }
    return text.left(end) + QStringLiteral("…");
}

QString pad(const QString &text, int width)
{
    const QString c = clip(text, width - 1); // at least one space between columns
    return c + QString(std::max(0, width - columns(c)), QLatin1Char(' '));
}

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    // Bytes that are not UTF-8 arrive as U+FFFD; storing them would silently change the text.
    for (qsizetype i = 1; i < arguments.size(); ++i)
        if (arguments[i].contains(QChar::ReplacementCharacter)) {
            err << "jobprep-cli: argument " << i << " (\"" << arguments[i] << "\") is not valid UTF-8 text\n";
            return BadInput;
        }
    const QList<Command> commands = allCommands();
    const QStringList words = commandWords(arguments, commands);
    const Command *cmd = nullptr;
    for (const Command &c : commands) {
        const QStringList parts = c.name.split(QLatin1Char(' '));
        if (words.mid(0, parts.size()) == parts && (!cmd || parts.size() > cmd->name.count(QLatin1Char(' ')) + 1))
            cmd = &c;
    }
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions({kDb, kToday, kJson});
    parser.addHelpOption();
    parser.addVersionOption();
    if (cmd)
        parser.addOptions(cmd->options);
    if (!parser.parse(arguments)) {
        err << "jobprep-cli: " << parser.errorText() << "\n";
        if (cmd)
            err << "usage: jobprep-cli " << cmd->name << ' ' << cmd->synopsis << "\n";
        return BadInput;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out << "jobprep-cli " << QStringLiteral(JOBPREP_VERSION) << "\n";
        return Ok;
    }
    if (parser.isSet(QStringLiteral("help")) || words.isEmpty()) {
        (words.isEmpty() && !parser.isSet(QStringLiteral("help")) ? err : out) << usage();
        return words.isEmpty() && !parser.isSet(QStringLiteral("help")) ? BadInput : Ok;
    }
    if (!cmd) {
        err << "jobprep-cli: unknown command \"" << words.join(QLatin1Char(' ')) << "\"\n\n" << usage();
        return BadInput;
    }
    Context ctx{parser, parser.positionalArguments().mid(int(cmd->name.count(QLatin1Char(' ')) + 1)), out, err,
                false, QDate(), QString(), nullptr, nullptr, {}, {}};
    ctx.json = parser.isSet(kJson);
    ctx.arguments = arguments;
    ctx.command = cmd->name;
    try {
        ctx.today = parser.isSet(kToday) ? parseDateOption(QStringLiteral("today"), parser.value(kToday))
                                         : QDate::currentDate();
        ctx.dbPath = resolveDatabasePath(parser.value(kDb));
        return cmd->run(ctx);
    } catch (const UsageError &e) {
        err << "jobprep-cli: " << e.message << "\n";
        return BadInput;
    } catch (const ImportError &e) {
        err << "jobprep-cli: " << e.message() << "\n";
        return BadInput;
    } catch (const DbError &e) {
        err << "jobprep-cli: " << e.message() << "\n";
        if (e.kind() == DbError::Kind::Busy)
            err << "jobprep-cli: the database is in use by another JobPrep; try again when it is closed\n";
        if (e.kind() == DbError::Kind::Full)
            err << "jobprep-cli: the disk is full; nothing of this command was saved, everything saved before is kept\n";
        if (e.kind() == DbError::Kind::ReadOnly)
            err << "jobprep-cli: the database or its folder is read-only; nothing of this command was saved\n";
        return e.isUnusableDatabase() ? DatabaseUnusable : BadInput;
    }
}

} // namespace jobprep::cli

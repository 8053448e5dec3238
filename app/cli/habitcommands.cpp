// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// habit link / unlink / sync / show / list (issue 19).
#include "cli.h"
#include "clitext.h"
#include "core/habits/heatmapgrid.h"
#include "core/habits/streaks.h"
#include "core/service/habitservice.h"
#include "gitmodule.h"
#include "integrations/git/habitsync.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace jobprep::cli {
namespace {

const QCommandLineOption kRepo(QStringLiteral("repo"), QStringLiteral("Folder of a local git repository."),
                               QStringLiteral("PATH"));
const QCommandLineOption kPath(QStringLiteral("path"),
                               QStringLiteral("Count only commits that change this subfolder (e.g. 백준/)."),
                               QStringLiteral("SUBDIR"));
const QCommandLineOption kAuthor(QStringLiteral("author"),
                                 QStringLiteral("An author email that counts (repeatable; default: the repository's "
                                                "and the global user.email)."),
                                 QStringLiteral("EMAIL"));
const QCommandLineOption kWeeks(QStringLiteral("weeks"), QStringLiteral("How many weeks of days to show (default 53)."),
                                QStringLiteral("N"));

Task requireHabit(Context &c)
{
    const Id id = parseId(QStringLiteral("TASK_ID"), c.arg(0, QStringLiteral("TASK_ID")));
    const auto t = c.db().task(id);
    if (!t)
        throw UsageError(Text::tr("no task with id %1").arg(id));
    if (!t->isHabit())
        throw UsageError(Text::tr("task %1 (%2) is not a habit: set --repeat daily or weekly on it first")
                             .arg(id)
                             .arg(t->title));
    return *t;
}

QString repoOption(Context &c)
{
    if (!c.isSet(kRepo.names().first()))
        throw UsageError(QStringLiteral("--repo PATH is required"));
    return QDir::cleanPath(QDir(c.value(kRepo.names().first())).absolutePath());
}

QString sourceName(const HabitDay &d)
{
    if (d.mark != HabitDay::Mark::None)
        return QStringLiteral("manual");
    return d.commits > 0 ? QStringLiteral("git") : QString();
}

int link(Context &c)
{
    const Task t = requireHabit(c);
    HabitLink l;
    l.taskId = t.id;
    l.repo = repoOption(c);
    l.path = c.value(kPath.names().first());
    l.authors = c.parser.values(kAuthor.names().first());
    loadGitModule();
    if (l.authors.isEmpty())
        l.authors = defaultAuthors(l.repo);
    l.id = c.svc().habits().link(l);
    // Read it at once, so that `habit show` has its days.
    const auto stored = c.db().habitLink(l.id);
    const git::SyncSummary s = git::applyScans(c.svc(), scanLinks({*stored}, QTimeZone::systemTimeZone()));
    if (c.json) {
        c.print(QJsonObject{{QStringLiteral("id"), t.id}, {QStringLiteral("repo"), stored->repo},
                            {QStringLiteral("path"), stored->path},
                            {QStringLiteral("authors"), QJsonArray::fromStringList(stored->authors)},
                            {QStringLiteral("commits"), s.commits},
                            {QStringLiteral("problem"), s.problems.isEmpty() ? QJsonValue() : QJsonValue(s.problems.first())}});
        return Ok;
    }
    c.out << Text::tr("linked task %1 (%2) to %3%4 for %5: %n commit(s) found", nullptr, s.commits)
                 .arg(t.id)
                 .arg(t.title, stored->repo,
                      stored->path.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(stored->path),
                      stored->authors.join(QStringLiteral(", ")))
          << "\n";
    for (const QString &p : s.problems)
        c.err << Text::tr("note: %1").arg(p) << "\n";
    return Ok;
}

int unlink(Context &c)
{
    const Task t = requireHabit(c);
    const QString repo = repoOption(c);
    try {
        c.svc().habits().unlink(t.id, repo);
    } catch (const DbError &e) {
        if (e.kind() == DbError::Kind::NotFound)
            throw UsageError(e.message());
        throw;
    }
    if (!c.json)
        c.out << Text::tr("unlinked task %1 from %2").arg(t.id).arg(repo) << "\n";
    else
        c.print(QJsonObject{{QStringLiteral("id"), t.id}, {QStringLiteral("repo"), repo}});
    return Ok;
}

int sync(Context &c)
{
    const git::SyncSummary s = git::syncHabits(c.svc(), &scanLinks);
    if (c.json) {
        c.print(QJsonObject{{QStringLiteral("links"), s.links},
                            {QStringLiteral("commits"), s.commits},
                            {QStringLiteral("problems"), QJsonArray::fromStringList(s.problems)}});
        return Ok;
    }
    c.out << Text::tr("%n repository link(s) read", nullptr, s.links) << ", "
          << Text::tr("%n new commit(s)", nullptr, s.commits) << "\n";
    for (const QString &p : s.problems)
        c.err << Text::tr("note: %1").arg(p) << "\n";
    return Ok;
}

QJsonArray sourcesJson(Store &store, Id taskId)
{
    QJsonArray sources;
    for (const HabitLink &l : store.habitLinks(taskId))
        sources.append(QJsonObject{{QStringLiteral("repo"), l.repo},
                                   {QStringLiteral("path"), l.path},
                                   {QStringLiteral("authors"), QJsonArray::fromStringList(l.authors)},
                                   {QStringLiteral("problem"), l.problem.isEmpty() ? QJsonValue() : QJsonValue(l.problem)}});
    return sources;
}

int show(Context &c)
{
    const Task t = requireHabit(c);
    const int weeks = c.isSet(kWeeks.names().first())
                          ? parseIntOption(kWeeks.names().first(), c.value(kWeeks.names().first()), 1, 520)
                          : habits::HeatmapGrid::kWeeks;
    Store &store = c.db();
    const habits::Streaks s = habits::streaks(store.habitDoneDays(t.id), t.repeat, c.today);
    const QDate first = c.today.addDays(1 - c.today.dayOfWeek()).addDays(-qint64(weeks - 1) * 7);
    QHash<QDate, HabitDay> days;
    for (const HabitDay &d : store.habitDays(t.id, first, c.today))
        days.insert(d.date, d);
    if (c.json) {
        QJsonArray list;
        for (QDate d = first; d <= c.today; d = d.addDays(1)) {
            const HabitDay day = days.value(d, HabitDay{d, 0, HabitDay::Mark::None});
            const QString source = sourceName(day);
            list.append(QJsonObject{{QStringLiteral("date"), d.toString(Qt::ISODate)},
                                    {QStringLiteral("done"), day.done()},
                                    {QStringLiteral("source"), source.isEmpty() ? QJsonValue() : QJsonValue(source)},
                                    {QStringLiteral("commits"), day.commits}});
        }
        c.print(QJsonObject{{QStringLiteral("id"), t.id},
                            {QStringLiteral("title"), t.title},
                            {QStringLiteral("repeat"), toString(t.repeat)},
                            {QStringLiteral("current"), s.current},
                            {QStringLiteral("longest"), s.longest},
                            {QStringLiteral("sources"), sourcesJson(store, t.id)},
                            {QStringLiteral("days"), list}});
        return Ok;
    }
    c.out << Text::tr("task %1: %2 (%3)").arg(t.id).arg(t.title, toString(t.repeat)) << "\n"
          << Text::tr("current streak %1, longest %2").arg(s.current).arg(s.longest) << "\n";
    for (const HabitLink &l : store.habitLinks(t.id))
        c.out << "  " << l.repo << (l.path.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(l.path)) << " — "
              << l.authors.join(QStringLiteral(", "))
              << (l.problem.isEmpty() ? QString() : QStringLiteral("\n    ") + Text::tr("note: %1").arg(l.problem)) << "\n";
    // A row per weekday, a column per week: # with commits, + ticked by hand, . missed, blank after today.
    int busiest = 0;
    for (const HabitDay &d : std::as_const(days))
        busiest = std::max(busiest, d.commits);
    static const QString shades[] = {QStringLiteral("."), QStringLiteral("░"), QStringLiteral("▒"),
                                     QStringLiteral("▓"), QStringLiteral("█")};
    for (int row = 0; row < 7; ++row) {
        c.out << QLocale().dayName(row + 1, QLocale::ShortFormat).left(3).leftJustified(4);
        for (int w = 0; w < weeks; ++w) {
            const QDate d = first.addDays(qint64(w) * 7 + row);
            const HabitDay day = days.value(d, HabitDay{d, 0, HabitDay::Mark::None});
            c.out << (d > c.today                              ? QStringLiteral(" ")
                      : day.mark == HabitDay::Mark::Ticked     ? QStringLiteral("+")
                      : day.done()                             ? shades[habits::HeatmapGrid::level(day.commits, busiest)]
                                                               : QStringLiteral("."));
        }
        c.out << "\n";
    }
    c.out << Text::tr("█▓▒░ commits (darker: more) · + ticked by hand · . not done") << "\n";
    return Ok;
}

int list(Context &c)
{
    Store &store = c.db();
    QJsonArray rows;
    for (const Task &t : store.openHabits()) {
        const habits::Streaks s = habits::streaks(store.habitDoneDays(t.id), t.repeat, c.today);
        const QList<HabitLink> links = store.habitLinks(t.id);
        if (c.json) {
            rows.append(QJsonObject{{QStringLiteral("id"), t.id},
                                    {QStringLiteral("title"), t.title},
                                    {QStringLiteral("repeat"), toString(t.repeat)},
                                    {QStringLiteral("current"), s.current},
                                    {QStringLiteral("longest"), s.longest},
                                    {QStringLiteral("sources"), sourcesJson(store, t.id)}});
            continue;
        }
        int problems = 0;
        for (const HabitLink &l : links)
            problems += !l.problem.isEmpty();
        c.out << pad(QString::number(t.id), 6) << pad(t.title, 30) << pad(toString(t.repeat), 8)
              << pad(Text::tr("streak %1").arg(s.current), 12) << pad(Text::tr("longest %1").arg(s.longest), 12)
              << Text::tr("%n repository(s)", nullptr, int(links.size()))
              << (problems ? QStringLiteral(" · ") + Text::tr("%n note(s)", nullptr, problems) : QString()) << "\n";
    }
    if (c.json)
        c.print(rows);
    return Ok;
}

} // namespace

QList<Command> habitCommands()
{
    return {
        {QStringLiteral("habit link"), QStringLiteral("TASK_ID --repo PATH [--path SUBDIR] [--author EMAIL]..."),
         {kRepo, kPath, kAuthor}, &link},
        {QStringLiteral("habit unlink"), QStringLiteral("TASK_ID --repo PATH"), {kRepo}, &unlink},
        {QStringLiteral("habit sync"), QString(), {}, &sync},
        {QStringLiteral("habit show"), QStringLiteral("TASK_ID [--weeks N]"), {kWeeks}, &show},
        {QStringLiteral("habit list"), QString(), {}, &list},
    };
}

} // namespace jobprep::cli

// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "cli.h"
#include "clitext.h"
#include "core/board/board.h"
#include "core/domain/dates.h"
#include "core/habits/streaks.h"
#include "core/io/taskjson.h"
#include "core/service/taskservice.h"

#include <QJsonArray>
#include <QJsonObject>

namespace jobprep::cli {
namespace {

Task requireTask(Context &c, int argIndex)
{
    const Id id = parseId(QStringLiteral("ID"), c.arg(argIndex, QStringLiteral("ID")));
    const auto t = c.db().task(id);
    if (!t)
        throw UsageError(Text::tr("no task with id %1").arg(id));
    return *t;
}

void printTaskRow(Context &c, const Task &t, const Placement *p, const QString &company)
{
    c.out << pad(QString::number(t.id), 6) << pad(p ? QString::number(int(p->quadrant)) : QStringLiteral("-"), 3)
          << pad(t.title, 34) << pad(toString(t.kind), 12)
          << pad(p && p->effectiveDeadline.isValid() ? dDay(p->effectiveDeadline, c.today) : QStringLiteral("-"), 8)
          << pad(QStringLiteral("%1h").arg(t.estimateHours), 6) << pad(company, 14)
          << (t.pinned != Quadrant::None ? Text::tr("pinned") + QLatin1Char(' ') : QString())
          << (t.isHabit() && t.isOpen()
                  ? Text::tr("streak %1").arg(habits::liveStreak(t.streak, t.due, t.repeat, c.today))
                  : QString())
          << (t.status == Status::Done ? Text::tr("done %1").arg(t.doneOn.toString(Qt::ISODate)) : QString())
          << "\n";
}

void printHeader(Context &c)
{
    c.out << pad(Text::tr("ID"), 6) << pad(Text::tr("Q"), 3) << pad(Text::tr("TITLE"), 34) << pad(Text::tr("KIND"), 12)
          << pad(Text::tr("DUE"), 8) << pad(Text::tr("EST"), 6) << Text::tr("COMPANY") << "\n";
}

int add(Context &c)
{
    Store &store = c.db();
    Task t;
    t.title = c.arg(0, QStringLiteral("TITLE"));
    if (c.isSet(QStringLiteral("kind")))
        t.kind = parseEnumOption<Kind>(QStringLiteral("kind"), c.value(QStringLiteral("kind")));
    if (c.isSet(QStringLiteral("due")))
        t.due = parseDateOption(QStringLiteral("due"), c.value(QStringLiteral("due")));
    if (c.isSet(QStringLiteral("estimate")))
        t.estimateHours = parseHoursOption(QStringLiteral("estimate"), c.value(QStringLiteral("estimate")));
    if (c.isSet(QStringLiteral("company")))
        t.companyId = requireCompany(store, c.value(QStringLiteral("company"))).id;
    if (c.isSet(QStringLiteral("repeat")))
        t.repeat = parseEnumOption<Repeat>(QStringLiteral("repeat"), c.value(QStringLiteral("repeat")));
    t.notes = c.value(QStringLiteral("notes"));
    const Id id = c.svc().tasks().add(t);
    const Board board = Board::compute(store, c.today);
    const PlacedTask *pt = board.find(id);
    if (c.json)
        c.print(QJsonObject{{QStringLiteral("id"), id},
                            {QStringLiteral("quadrant"), pt ? int(pt->placement.quadrant) : 0}});
    else
        c.out << Text::tr("added task %1: %2 -> %3")
                     .arg(id)
                     .arg(t.title.trimmed(), pt ? displayName(pt->placement.quadrant) : QString())
              << "\n";
    return Ok;
}

int list(Context &c)
{
    Store &store = c.db();
    const Board board = Board::compute(store, c.today);
    Quadrant only = Quadrant::None;
    if (c.isSet(QStringLiteral("quadrant")))
        only = static_cast<Quadrant>(parseIntOption(QStringLiteral("quadrant"), c.value(QStringLiteral("quadrant")), 1, 4));
    QJsonArray rows;
    if (!c.json)
        printHeader(c);
    auto emitRow = [&](const PlacedTask &pt) {
        if (c.json)
            rows.append(placedTaskJson(pt, c.today));
        else
            printTaskRow(c, pt.task, &pt.placement, pt.companyName);
    };
    for (int q = 1; q <= 4; ++q) {
        if (only != Quadrant::None && q != int(only))
            continue;
        for (const PlacedTask &pt : board.pane(static_cast<Quadrant>(q)))
            emitRow(pt);
    }
    if (c.isSet(QStringLiteral("all")) && only == Quadrant::None) {
        QHash<Id, QString> names;
        for (const Company &co : store.companies())
            names.insert(co.id, co.name);
        for (const Task &t : store.tasks(true))
            if (!t.isOpen())
                emitRow(PlacedTask{t, Placement{}, names.value(t.companyId)});
    }
    if (c.json)
        c.print(rows);
    return Ok;
}

int done(Context &c)
{
    const Task t = requireTask(c, 0);
    c.svc().tasks().complete({t.id});
    const Task after = *c.db().task(t.id);
    const int streak = habits::liveStreak(after.streak, after.due, after.repeat, c.today);
    if (c.json) {
        QJsonObject o{{QStringLiteral("id"), t.id}, {QStringLiteral("status"), toString(after.status)}};
        if (after.isHabit()) {
            o.insert(QStringLiteral("streak"), streak);
            o.insert(QStringLiteral("next"), after.due.toString(Qt::ISODate));
        }
        c.print(o);
    } else if (after.isHabit()) {
        c.out << Text::tr("ticked today: %1 (streak %2); next occurrence %3")
                     .arg(t.title)
                     .arg(streak)
                     .arg(after.due.toString(Qt::ISODate))
              << "\n";
    } else {
        c.out << Text::tr("done: %1").arg(t.title) << "\n";
    }
    return Ok;
}

int move(Context &c)
{
    const Task t = requireTask(c, 0);
    const int q = parseIntOption(QStringLiteral("N"), c.arg(1, QStringLiteral("N (1-4)")), 1, 4);
    c.svc().tasks().pin({t.id}, static_cast<Quadrant>(q));
    if (!c.json)
        c.out << Text::tr("pinned task %1 to %2 %3").arg(t.id).arg(q).arg(displayName(static_cast<Quadrant>(q))) << "\n";
    else
        c.print(QJsonObject{{QStringLiteral("id"), t.id}, {QStringLiteral("quadrant"), q}});
    return Ok;
}

int unpin(Context &c)
{
    const Task t = requireTask(c, 0);
    c.svc().tasks().pin({t.id}, Quadrant::None);
    const Board board = Board::compute(c.db(), c.today);
    const PlacedTask *pt = board.find(t.id);
    if (!c.json)
        c.out << Text::tr("unpinned task %1; the planner places it in %2")
                     .arg(t.id)
                     .arg(pt ? displayName(pt->placement.quadrant) : QStringLiteral("-"))
              << "\n";
    else
        c.print(QJsonObject{{QStringLiteral("id"), t.id}, {QStringLiteral("quadrant"), pt ? int(pt->placement.quadrant) : 0}});
    return Ok;
}

int why(Context &c)
{
    const Task t = requireTask(c, 0);
    const Board board = Board::compute(c.db(), c.today);
    const PlacedTask *pt = board.find(t.id);
    if (!pt)
        throw UsageError(Text::tr("task %1 is done; only open tasks are placed").arg(t.id));
    if (c.json) {
        c.print(placedTaskJson(*pt, c.today));
        return Ok;
    }
    const Placement &p = pt->placement;
    c.out << Text::tr("task %1: %2").arg(t.id).arg(t.title) << "\n"
          << Text::tr("quadrant %1 %2 - %3").arg(int(p.quadrant)).arg(displayName(p.quadrant), p.note) << "\n\n"
          << (p.important ? Text::tr("importance %1 (important)") : Text::tr("importance %1 (not important)"))
                 .arg(p.importance)
          << "\n";
    for (const WhyItem &w : p.importanceWhy)
        c.out << "  " << (w.points >= 0 ? "+" : "") << w.points << "  " << w.factor << "\n";
    c.out << (p.urgent ? Text::tr("urgency %1 (urgent)") : Text::tr("urgency %1 (not urgent)")).arg(p.urgency) << "\n";
    for (const WhyItem &w : p.urgencyWhy)
        c.out << "  " << (w.points >= 0 ? "+" : "") << w.points << "  " << w.factor << "\n";
    return Ok;
}

int board(Context &c)
{
    const int limit = c.isSet(QStringLiteral("limit"))
                          ? parseIntOption(QStringLiteral("limit"), c.value(QStringLiteral("limit")), 0, 1000000)
                          : 10;
    // Only the shown tasks are read in full and explained; counts and hours cover every task.
    const Board b = Board::computeTop(c.db(), c.today, limit);
    QJsonArray quadrants;
    for (int q = 1; q <= 4; ++q) {
        const auto quadrant = static_cast<Quadrant>(q);
        const auto &pane = b.pane(quadrant);
        if (c.json) {
            QJsonArray tasks;
            for (int i = 0; i < pane.size() && i < limit; ++i)
                tasks.append(placedTaskJson(pane[i], c.today));
            quadrants.append(QJsonObject{{QStringLiteral("quadrant"), q},
                                         {QStringLiteral("name"), displayName(quadrant)},
                                         {QStringLiteral("count"), b.count(quadrant)},
                                         {QStringLiteral("hours"), b.hours(quadrant)},
                                         {QStringLiteral("tasks"), tasks}});
            continue;
        }
        c.out << Text::tr("== %1 %2 (%3 tasks, %4 h) ==")
                     .arg(q)
                     .arg(displayName(quadrant))
                     .arg(b.count(quadrant))
                     .arg(b.hours(quadrant))
              << "\n";
        for (int i = 0; i < pane.size() && i < limit; ++i)
            printTaskRow(c, pane[i].task, &pane[i].placement, pane[i].companyName);
        if (b.count(quadrant) > limit)
            c.out << "  " << Text::tr("… %1 more").arg(b.count(quadrant) - limit) << "\n";
        c.out << "\n";
    }
    if (c.json)
        c.print(quadrants);
    return Ok;
}

} // namespace

QList<Command> taskCommands()
{
    const QList<QCommandLineOption> addOptions{
        {QStringLiteral("kind"), QStringLiteral("Kind: %1.").arg(allNames<Kind>().join(QStringLiteral(", "))),
         QStringLiteral("K")},
        {QStringLiteral("due"), QStringLiteral("Due date (YYYY-MM-DD)."), QStringLiteral("D")},
        {QStringLiteral("estimate"), QStringLiteral("Estimate in hours (default 2)."), QStringLiteral("H")},
        {QStringLiteral("company"), QStringLiteral("Company name."), QStringLiteral("C")},
        {QStringLiteral("repeat"), QStringLiteral("daily or weekly, for habits."), QStringLiteral("R")},
        {QStringLiteral("notes"), QStringLiteral("Notes."), QStringLiteral("T")},
    };
    return {
        {QStringLiteral("task add"),
         QStringLiteral("TITLE [--kind K] [--due D] [--estimate H] [--company C] [--repeat daily|weekly] [--notes T]"),
         addOptions, &add},
        {QStringLiteral("task list"), QStringLiteral("[--quadrant N] [--all]"),
         {{QStringLiteral("quadrant"), QStringLiteral("Only this quadrant (1-4)."), QStringLiteral("N")},
          {QStringLiteral("all"), QStringLiteral("Include done tasks.")}},
         &list},
        {QStringLiteral("task done"), QStringLiteral("ID"), {}, &done},
        {QStringLiteral("task move"), QStringLiteral("ID N   (pins the task to quadrant N, 1-4)"), {}, &move},
        {QStringLiteral("task unpin"), QStringLiteral("ID"), {}, &unpin},
        {QStringLiteral("task why"), QStringLiteral("ID"), {}, &why},
        {QStringLiteral("board"), QStringLiteral("[--limit N]"),
         {{QStringLiteral("limit"), QStringLiteral("Tasks shown per quadrant (default 10)."), QStringLiteral("N")}},
         &board},
    };
}

} // namespace jobprep::cli

// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// The placement inputs kept on each task row (schema 3): computed with the same rules as the board,
// written with the task, and recomputed when a company, posting or setting they depend on changes.
#include "store.h"
#include "storetaskrow.h"

#include <QSet>

namespace jobprep {
namespace {

// A full load of the posting lines pays off after this many single lookups in one transaction.
constexpr int kLookupsBeforeLoadingAll = 64;

struct StoredInputs
{
    PlacementInputs inputs;
    bool first = false;
};

bool operator==(const StoredInputs &a, const StoredInputs &b)
{
    return a.inputs.importance == b.inputs.importance && a.inputs.important == b.inputs.important
        && a.inputs.effectiveDeadline == b.inputs.effectiveDeadline && a.first == b.first;
}

} // namespace

void Store::forgetPlacementFacts()
{
    m_lineInfo.clear();
    m_interest.clear();
    m_factsLoaded = false;
    m_factLookups = 0;
    m_placer.reset();
}

const Placer &Store::placer()
{
    if (!m_placer)
        m_placer.emplace(settings());
    return *m_placer;
}

void Store::loadPlacementFacts()
{
    m_lineInfo.clear();
    m_interest.clear();
    Statement pl = m_db.prepare(QStringLiteral(
        "SELECT pl.id, pl.section, p.id, p.deadline, c.interest FROM posting_lines pl "
        "JOIN postings p ON p.id = pl.posting_id JOIN companies c ON c.id = p.company_id"));
    while (pl.step())
        m_lineInfo.insert(pl.int64(0), {fromString<Section>(pl.text(1)).value_or(Section::Other), pl.int64(2),
                                        pl.date(3), pl.int32(4)});
    Statement c = m_db.prepare(QStringLiteral("SELECT id, interest FROM companies"));
    while (c.step())
        m_interest.insert(c.int64(0), c.int32(1));
    m_factsLoaded = true;
}

std::optional<LinkInfo> Store::lineInfo(Id lineId)
{
    if (!m_factsLoaded && ++m_factLookups > kLookupsBeforeLoadingAll)
        loadPlacementFacts();
    if (m_factsLoaded) {
        const auto it = m_lineInfo.constFind(lineId);
        return it == m_lineInfo.constEnd() ? std::nullopt : std::optional<LinkInfo>(*it);
    }
    Statement st = m_db.prepare(QStringLiteral(
        "SELECT pl.section, p.id, p.deadline, c.interest FROM posting_lines pl "
        "JOIN postings p ON p.id = pl.posting_id JOIN companies c ON c.id = p.company_id WHERE pl.id = ?1"));
    st.bind(1, lineId);
    if (!st.step())
        return std::nullopt;
    return LinkInfo{fromString<Section>(st.text(0)).value_or(Section::Other), st.int64(1), st.date(2), st.int32(3)};
}

int Store::companyInterest(Id companyId)
{
    if (!companyId)
        return 0;
    if (!m_factsLoaded && ++m_factLookups > kLookupsBeforeLoadingAll)
        loadPlacementFacts();
    if (m_factsLoaded)
        return m_interest.value(companyId, 0);
    Statement st = m_db.prepare(QStringLiteral("SELECT interest FROM companies WHERE id = ?1"));
    st.bind(1, companyId);
    return st.step() ? st.int32(0) : 0;
}

PlacementInputs Store::placementInputs(const Task &task)
{
    QList<LinkInfo> links;
    links.reserve(task.lineIds.size());
    for (Id line : task.lineIds) {
        const auto info = lineInfo(line);
        if (!info)
            throw DbError(DbError::Kind::NotFound, tr("task: no posting line with id %1").arg(line));
        links.append(*info);
    }
    return placer().inputs(task, links, companyInterest(task.companyId));
}

void Store::bindPlacementInputs(Statement &st, int firstColumn, const Task &task)
{
    const PlacementInputs in = placementInputs(task);
    st.bind(firstColumn, in.importance)
        .bind(firstColumn + 1, int(in.important))
        .bind(firstColumn + 2, in.effectiveDeadline)
        .bind(firstColumn + 3, int(placedFirst(task.kind)));
}

QList<Id> Store::tasksServingCompany(Id companyId)
{
    Statement st = m_db.prepare(QStringLiteral(
        "SELECT tl.task_id FROM task_lines tl JOIN posting_lines pl ON pl.id = tl.line_id "
        "JOIN postings p ON p.id = pl.posting_id WHERE p.company_id = ?1 "
        "UNION SELECT id FROM tasks WHERE company_id = ?1"));
    st.bind(1, companyId);
    QList<Id> out;
    while (st.step())
        out << st.int64(0);
    return out;
}

QList<Id> Store::tasksServingPosting(Id postingId)
{
    Statement st = m_db.prepare(QStringLiteral("SELECT DISTINCT tl.task_id FROM task_lines tl "
                                               "JOIN posting_lines pl ON pl.id = tl.line_id WHERE pl.posting_id = ?1"));
    st.bind(1, postingId);
    QList<Id> out;
    while (st.step())
        out << st.int64(0);
    return out;
}

void Store::refreshPlacement(const QList<Id> &taskIds)
{
    forgetPlacementFacts(); // whatever changed before this call is read again
    if (taskIds.size() > kLookupsBeforeLoadingAll)
        loadPlacementFacts();
    Statement row = m_db.prepare(QStringLiteral(
        "SELECT kind, due, company_id, place_importance, place_important, place_deadline, place_first "
        "FROM tasks WHERE id = ?1"));
    Statement write = m_db.prepare(QStringLiteral(
        "UPDATE tasks SET place_importance = ?2, place_important = ?3, place_deadline = ?4, place_first = ?5 "
        "WHERE id = ?1"));
    for (Id id : taskIds) {
        Task t;
        StoredInputs stored;
        row.bind(1, id);
        if (!row.step()) {
            row.reset();
            continue; // deleted in the same change
        }
        t.id = id;
        t.kind = fromString<Kind>(row.text(0)).value_or(Kind::Other);
        t.due = row.date(1);
        t.companyId = row.isNull(2) ? 0 : row.int64(2);
        stored = {{row.int32(3), row.int32(4) != 0, row.date(5)}, row.int32(6) != 0};
        row.reset();
        t.lineIds = readLinks(id);
        const StoredInputs now{placementInputs(t), placedFirst(t.kind)};
        if (now == stored)
            continue;
        write.bind(1, id)
            .bind(2, now.inputs.importance)
            .bind(3, int(now.inputs.important))
            .bind(4, now.inputs.effectiveDeadline)
            .bind(5, int(now.first))
            .run();
        write.reset();
    }
}

QList<Id> Store::refreshAllPlacement()
{
    QList<Id> open;
    Statement st = m_db.prepare(QStringLiteral("SELECT id FROM tasks WHERE status <> 'done'"));
    while (st.step())
        open << st.int64(0);
    refreshPlacement(open);
    return open;
}

void Store::recountTaskGroups()
{
    // Those without a manual order in the order of tasks_by_group, so SQLite need not sort every
    // open task; the few with one apart.
    m_db.exec(QStringLiteral(
        "DELETE FROM task_groups; "
        "INSERT INTO task_groups SELECT ifnull(pinned, 0), place_important, ifnull(place_deadline, ''), "
        "estimate, 0, count(*) FROM tasks WHERE status <> 'done' AND manual_order IS NULL "
        "GROUP BY ifnull(pinned, 0), place_important, place_deadline, estimate; "
        "INSERT INTO task_groups SELECT ifnull(pinned, 0), place_important, ifnull(place_deadline, ''), "
        "estimate, 1, count(*) FROM tasks WHERE status <> 'done' AND manual_order IS NOT NULL "
        "GROUP BY ifnull(pinned, 0), place_important, place_deadline, estimate;"));
}

void Store::rebuildPlacementCache()
{
    transaction([&] {
        refreshAllPlacement();
        recountTaskGroups();
    });
}

QStringList Store::placementCacheProblems(int max)
{
    QStringList problems;
    int found = 0;
    auto report = [&](const QString &problem) {
        if (found++ < max)
            problems << problem;
    };
    const ReadSnapshot snapshot(m_db); // the tasks, their links and task_groups as of one moment
    forgetPlacementFacts();
    loadPlacementFacts();
    Statement st = m_db.prepare(QStringLiteral(
        "SELECT id, kind, due, company_id, place_importance, place_important, place_deadline, place_first "
        "FROM tasks WHERE status <> 'done' ORDER BY id"));
    while (st.step()) {
        Task t;
        t.id = st.int64(0);
        t.kind = fromString<Kind>(st.text(1)).value_or(Kind::Other);
        t.due = st.date(2);
        t.companyId = st.isNull(3) ? 0 : st.int64(3);
        const StoredInputs stored{{st.int32(4), st.int32(5) != 0, st.date(6)}, st.int32(7) != 0};
        t.lineIds = readLinks(t.id);
        const StoredInputs now{placementInputs(t), placedFirst(t.kind)};
        if (!(now == stored))
            report(QStringLiteral("task %1: stored importance %2/%3, deadline %4; the rules give %5/%6, deadline %7")
                       .arg(t.id)
                       .arg(stored.inputs.importance)
                       .arg(stored.inputs.important)
                       .arg(stored.inputs.effectiveDeadline.toString(Qt::ISODate))
                       .arg(now.inputs.importance)
                       .arg(now.inputs.important)
                       .arg(now.inputs.effectiveDeadline.toString(Qt::ISODate)));
    }
    Statement groups = m_db.prepare(QStringLiteral(
        "SELECT * FROM (SELECT ifnull(pinned, 0), place_important, ifnull(place_deadline, ''), estimate, "
        "manual_order IS NOT NULL, count(*) FROM tasks WHERE status <> 'done' GROUP BY 1, 2, 3, 4, 5 "
        "EXCEPT SELECT * FROM task_groups) "
        "UNION ALL SELECT * FROM (SELECT * FROM task_groups EXCEPT SELECT ifnull(pinned, 0), place_important, "
        "ifnull(place_deadline, ''), estimate, manual_order IS NOT NULL, count(*) FROM tasks "
        "WHERE status <> 'done' GROUP BY 1, 2, 3, 4, 5)"));
    while (groups.step())
        report(QStringLiteral("task group (pinned %1, important %2, deadline '%3', estimate %4, manual %5) "
                              "differs: %6 tasks")
                   .arg(groups.int32(0))
                   .arg(groups.int32(1))
                   .arg(groups.text(2))
                   .arg(groups.real(3))
                   .arg(groups.int32(4))
                   .arg(groups.int32(5)));
    forgetPlacementFacts();
    if (found > max)
        problems << QStringLiteral("… and %1 more").arg(found - max);
    return problems;
}

} // namespace jobprep

// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// The plan of each day as first computed that day (schema 7), for the weekly review.
#include "core/domain/dates.h"
#include "store.h"

namespace jobprep {
namespace {

// The tasks whose ids `st` yields, in its order.
QList<Task> tasksWithIds(Store &store, Statement &st)
{
    QList<Task> out;
    while (st.step())
        if (auto t = store.task(st.int64(0)))
            out << *t;
    return out;
}

} // namespace

bool Store::hasRecordedPlan(const QDate &day)
{
    Statement st = m_db.prepare(QStringLiteral("SELECT 1 FROM plan_days WHERE day = ?1"));
    st.bind(1, day);
    return st.step();
}

QList<PlannedBlock> Store::plannedBlocks(const QDate &from, const QDate &to)
{
    QList<PlannedBlock> out;
    Statement st = m_db.prepare(QStringLiteral(
        "SELECT recorded_on, date, task_id, title, quadrant, minutes, habit FROM planned_blocks "
        "WHERE recorded_on BETWEEN ?1 AND ?2 ORDER BY recorded_on, position"));
    st.bind(1, from).bind(2, to);
    while (st.step())
        out.append({st.date(0), st.date(1), st.int64(2), st.text(3), static_cast<Quadrant>(st.int32(4)), st.int32(5),
                    st.int32(6) != 0});
    return out;
}

QList<Task> Store::tasksDoneBetween(const QDate &from, const QDate &to)
{
    Statement st = m_db.prepare(
        QStringLiteral("SELECT id FROM tasks WHERE status = 'done' AND done_on BETWEEN ?1 AND ?2 ORDER BY done_on, id"));
    st.bind(1, from).bind(2, to);
    return tasksWithIds(*this, st);
}

QList<Task> Store::tasksDueBetween(const QDate &from, const QDate &to)
{
    Statement st = m_db.prepare(
        QStringLiteral("SELECT id FROM tasks WHERE due BETWEEN ?1 AND ?2 AND repeat = 'none' ORDER BY due, id"));
    st.bind(1, from).bind(2, to);
    return tasksWithIds(*this, st);
}

QList<Store::RequirementLine> Store::requirementLines()
{
    QList<RequirementLine> out;
    Statement st = m_db.prepare(QStringLiteral(
        "SELECT c.id, c.name, c.stage, p.deadline, "
        "(SELECT min(t.done_on) FROM task_lines tl JOIN tasks t ON t.id = tl.task_id "
        " WHERE tl.line_id = l.id AND t.status = 'done') "
        "FROM posting_lines l JOIN postings p ON p.id = l.posting_id JOIN companies c ON c.id = p.company_id "
        "WHERE l.section = ?1 ORDER BY c.name, l.id"));
    st.bind(1, toString(Section::Requirement));
    while (st.step())
        out.append({st.int64(0), st.text(1), fromString<Stage>(st.text(2)).value_or(Stage::Interested), st.date(3),
                    st.date(4)});
    return out;
}

void Store::recordPlan(const QDate &day, const QDateTime &at, const QList<PlannedBlock> &blocks)
{
    transaction([&] {
        if (hasRecordedPlan(day))
            return;
        Statement head = m_db.prepare(QStringLiteral("INSERT INTO plan_days(day, recorded_at) VALUES(?1, ?2)"));
        head.bind(1, day).bind(2, isoDateTimeText(at)).run();
        Statement st = m_db.prepare(QStringLiteral(
            "INSERT INTO planned_blocks(recorded_on, position, date, task_id, title, quadrant, minutes, habit) "
            "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"));
        for (int i = 0; i < blocks.size(); ++i) {
            const PlannedBlock &b = blocks[i];
            st.bind(1, day).bind(2, i).bind(3, b.date).bind(4, b.taskId).bind(5, b.title);
            st.bind(6, int(b.quadrant)).bind(7, b.minutes).bind(8, int(b.habit)).run();
            st.reset();
        }
    });
}

} // namespace jobprep

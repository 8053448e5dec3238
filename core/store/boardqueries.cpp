// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "boardqueries.h"
#include "store.h"

namespace jobprep {
namespace {

RankedTask ranked(Statement &st)
{
    // Columns: id, place_first, place_importance, place_deadline.
    RankedTask t;
    t.id = st.int64(0);
    t.first = st.int32(1) != 0;
    t.importance = st.int32(2);
    t.deadline = st.date(3);
    return t;
}

const char kPlanColumns[] = "SELECT id, kind, repeat, due, estimate, manual_order, ifnull(pinned, 0), place_important, "
                            "place_importance, place_deadline FROM tasks ";

PlanTaskRow planRow(Statement &st)
{
    PlanTaskRow r;
    r.id = st.int64(0);
    r.kind = fromString<Kind>(st.text(1)).value_or(Kind::Other);
    r.repeat = fromString<Repeat>(st.text(2)).value_or(Repeat::None);
    r.due = st.date(3);
    r.estimate = st.real(4);
    r.manualOrder = st.optionalInt64(5);
    r.pinned = st.int32(6);
    r.important = st.int32(7) != 0;
    r.importance = st.int32(8);
    r.deadline = st.date(9);
    return r;
}

void bindGroup(Statement &st, const TaskGroupRow &g)
{
    st.bind(1, g.pinned).bind(2, int(g.important)).bind(4, g.estimate);
    if (g.deadline.isValid())
        st.bind(3, g.deadline);
}

} // namespace

void BoardQueries::forEachGroup(const std::function<void(const TaskGroupRow &)> &fn)
{
    Statement st = m_store.m_db.prepare(QStringLiteral(
        "SELECT pinned, important, deadline, estimate, manual, tasks FROM task_groups WHERE tasks > 0"));
    while (st.step())
        fn(TaskGroupRow{st.int32(0), st.int32(1) != 0, st.date(2), st.real(3), st.int32(4) != 0, st.int32(5)});
}

void BoardQueries::forEachInGroup(const TaskGroupRow &g, const std::function<void(const RankedTask &)> &fn)
{
    Statement st = m_store.m_db.prepare(g.deadline.isValid() ? QStringLiteral(
        "SELECT id, place_first, place_importance, place_deadline FROM tasks "
        "WHERE ifnull(pinned, 0) = ?1 AND place_important = ?2 AND place_deadline = ?3 AND estimate = ?4 "
        "AND status <> 'done' AND manual_order IS NULL") : QStringLiteral(
        "SELECT id, place_first, place_importance, place_deadline FROM tasks "
        "WHERE ifnull(pinned, 0) = ?1 AND place_important = ?2 AND place_deadline IS NULL AND estimate = ?4 "
        "AND status <> 'done' AND manual_order IS NULL"));
    bindGroup(st, g);
    while (st.step()) {
        RankedTask t = ranked(st);
        t.pinned = g.pinned;
        t.important = g.important;
        t.estimate = g.estimate;
        fn(t);
    }
}

void BoardQueries::forEachRanked(int pinned, bool important, const QSet<qint64> &deadlineDays,
                                 const std::function<bool(const RankedTask &)> &fn)
{
    // The deadline test runs on the index entry; only a row with one of the level's deadlines is
    // looked up in the table for its estimate. Testing every row walked there had been half the
    // pages `board` reads (about 300 of 560 at 100 000 tasks). The list is a JSON array of
    // "YYYY-MM-DD" and "" (task_groups' "none"), written by hand: QDate::toString was 12 % of `board`.
    QByteArray deadlineList("[");
    for (const qint64 day : deadlineDays) {
        deadlineList += deadlineList.size() > 1 ? ",\"" : "\"";
        if (day >= 0) {
            const QDate d = QDate::fromJulianDay(day);
            char text[10];
            if (isoDateText(d, text))
                deadlineList.append(text, 10);
            else
                deadlineList += d.toString(Qt::ISODate).toLatin1();
        }
        deadlineList += '"';
    }
    deadlineList += ']';
    Statement st = m_store.m_db.prepare(QStringLiteral(
        "SELECT id, place_first, place_importance, place_deadline, estimate FROM tasks "
        "WHERE ifnull(pinned, 0) = ?1 AND place_important = ?2 AND status <> 'done' AND manual_order IS NULL "
        "AND ifnull(place_deadline, '') IN (SELECT value FROM json_each(?3)) "
        "ORDER BY place_first DESC, place_importance DESC, place_deadline, id"));
    st.bind(1, pinned).bind(2, int(important)).bindStatic(3, deadlineList); // outlives the steps
    while (st.step()) {
        RankedTask t = ranked(st);
        t.estimate = st.real(4);
        t.pinned = pinned;
        t.important = important;
        if (!fn(t))
            return;
    }
}

void BoardQueries::forEachManual(const std::function<void(const RankedTask &)> &fn)
{
    Statement st = m_store.m_db.prepare(QStringLiteral(
        "SELECT id, place_first, place_importance, place_deadline, ifnull(pinned, 0), place_important, "
        "estimate, manual_order FROM tasks WHERE status <> 'done' AND manual_order IS NOT NULL"));
    while (st.step()) {
        RankedTask t = ranked(st);
        t.pinned = st.int32(4);
        t.important = st.int32(5) != 0;
        t.estimate = st.real(6);
        t.manualOrder = st.int64(7);
        fn(t);
    }
}

std::optional<std::pair<QString, int>> BoardQueries::companyNameAndInterest(Id companyId)
{
    Statement st = m_store.m_db.prepare(QStringLiteral("SELECT name, interest FROM companies WHERE id = ?1"));
    st.bind(1, companyId);
    if (!st.step())
        return std::nullopt;
    return std::pair{st.text(0), st.int32(1)};
}

void BoardQueries::forEachOpenHabit(const std::function<void(const PlanTaskRow &)> &fn)
{
    Statement st = m_store.m_db.prepare(QLatin1String(kPlanColumns) + QStringLiteral(
        "INDEXED BY tasks_open_habits WHERE status <> 'done' AND repeat <> 'none'"));
    while (st.step())
        fn(planRow(st));
}

void BoardQueries::planTask(Id id, const std::function<void(const PlanTaskRow &)> &fn)
{
    Statement st = m_store.m_db.prepare(QLatin1String(kPlanColumns) + QStringLiteral("WHERE id = ?1"));
    st.bind(1, id);
    while (st.step())
        fn(planRow(st));
}

void BoardQueries::forEachPlanTaskInGroup(const TaskGroupRow &g, const std::function<void(const PlanTaskRow &)> &fn)
{
    Statement st = m_store.m_db.prepare(
        QLatin1String(kPlanColumns) +
        QStringLiteral("WHERE ifnull(pinned, 0) = ?1 AND place_important = ?2 AND place_deadline %1 "
                       "AND estimate = ?4 AND status <> 'done' AND manual_order IS %2")
            .arg(g.deadline.isValid() ? QLatin1String("= ?3") : QLatin1String("IS NULL"),
                 g.manual ? QLatin1String("NOT NULL") : QLatin1String("NULL")));
    bindGroup(st, g);
    while (st.step())
        fn(planRow(st));
}

BoardQueries::Details BoardQueries::planDetails(Id taskId)
{
    Details d;
    Statement st = m_store.m_db.prepare(QStringLiteral(
        "SELECT t.title, ifnull(c.name, '') FROM tasks t LEFT JOIN companies c ON c.id = t.company_id "
        "WHERE t.id = ?1"));
    st.bind(1, taskId);
    if (st.step()) {
        d.title = st.text(0);
        d.company = st.text(1);
    }
    Statement p = m_store.m_db.prepare(QStringLiteral(
        "SELECT p.title FROM task_lines tl JOIN posting_lines l ON l.id = tl.line_id "
        "JOIN postings p ON p.id = l.posting_id WHERE tl.task_id = ?1 "
        "ORDER BY p.deadline IS NULL, p.deadline, p.id LIMIT 1"));
    p.bind(1, taskId);
    if (p.step())
        d.posting = p.text(0);
    return d;
}

} // namespace jobprep

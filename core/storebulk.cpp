// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// Many tasks in one write (an import): statements prepared once, and for a large batch the
// task_groups triggers set aside and the groups counted once at the end. All of it inside the
// caller's transaction, so a failure or a cancel rolls the triggers back with the rows.
#include "dates.h"
#include "store.h"
#include "storetaskrow.h"

namespace jobprep {
namespace {

// Below this many tasks the triggers count row by row: counting again reads every open task.
constexpr int kRebuildAbove = 5000;

struct SchemaObject
{
    QString name;
    QString sql;
};

} // namespace

QList<Id> Store::addTasks(const QList<Task> &tasks, const std::function<void()> &afterEach)
{
    for (const Task &t : tasks)
        if (const QString e = validate(t); !e.isEmpty())
            throw DbError(DbError::Kind::Invalid, tr("task: %1").arg(e));
    QList<Id> ids;
    ids.reserve(tasks.size());
    transaction([&] {
        // What is set aside: the triggers on tasks (task_groups is counted once at the end). Dropping
        // and rebuilding the indexes too was measured to cost as many instructions as keeping them.
        QList<SchemaObject> triggers;
        const bool rebuild = tasks.size() > kRebuildAbove;
        if (rebuild) {
            Statement st = m_db.prepare(QStringLiteral(
                "SELECT name, sql FROM sqlite_master WHERE tbl_name = 'tasks' AND type = 'trigger' AND sql IS NOT NULL"));
            while (st.step())
                triggers.append({st.text(0), st.text(1)});
            for (const SchemaObject &o : std::as_const(triggers))
                m_db.exec(QStringLiteral("DROP TRIGGER \"%1\"").arg(o.name));
            loadPlacementFacts();
            // Inserting in index order is not possible for every index: keep their pages in memory.
            m_db.exec(QStringLiteral("PRAGMA cache_size=-65536"));
        }
        const QString now = isoDateTimeText(m_clock());
        Statement insert = m_db.prepare(QLatin1String(kInsertTaskSql));
        Statement link = m_db.prepare(QStringLiteral("INSERT OR IGNORE INTO task_lines(task_id, line_id) VALUES(?1, ?2)"));
        for (const Task &t : tasks) {
            insert.bindNull(1);
            bindTaskRow(insert, t);
            insert.bind(14, t.created.isValid() ? isoDateTimeText(t.created) : now);
            insert.bind(15, t.updated.isValid() ? isoDateTimeText(t.updated) : now);
            bindPlacementInputs(insert, 16, t); // also checks that every linked posting line exists
            insert.run();
            insert.reset();
            const Id id = m_db.lastInsertId();
            for (Id line : t.lineIds) {
                link.bind(1, id).bind(2, line).run();
                link.reset();
            }
            ids << id;
            if (afterEach)
                afterEach();
        }
        if (rebuild) {
            m_db.exec(QStringLiteral("PRAGMA cache_size=-2000")); // SQLite's default again
            for (const SchemaObject &o : std::as_const(triggers))
                m_db.exec(o.sql);
            // The triggers missed the new rows: count the open tasks again.
            // Those without a manual order in the order of tasks_by_group, so SQLite need not sort
            // 100 000 rows; the few with one apart.
            m_db.exec(QStringLiteral(
                "DELETE FROM task_groups; "
                "INSERT INTO task_groups SELECT ifnull(pinned, 0), place_important, ifnull(place_deadline, ''), "
                "estimate, 0, count(*) FROM tasks WHERE status <> 'done' AND manual_order IS NULL "
                "GROUP BY ifnull(pinned, 0), place_important, place_deadline, estimate; "
                "INSERT INTO task_groups SELECT ifnull(pinned, 0), place_important, ifnull(place_deadline, ''), "
                "estimate, 1, count(*) FROM tasks WHERE status <> 'done' AND manual_order IS NOT NULL "
                "GROUP BY ifnull(pinned, 0), place_important, place_deadline, estimate;"));
        }
        emitTasks(ids);
    });
    return ids;
}

} // namespace jobprep

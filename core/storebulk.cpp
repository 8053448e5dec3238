// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// Many tasks in one write (an import). The rows are handed to SQLite as an in-memory table and
// written with one INSERT … SELECT per few thousand tasks; for a large batch the task_groups
// triggers are set aside and the groups counted once at the end. All of it inside the caller's
// transaction, so a failure or a cancel rolls the triggers back with the rows.
#include "dates.h"
#include "store.h"
#include "storetaskrow.h"

#include <algorithm>
#include <limits>
#include <sqlite3.h>

namespace jobprep {
namespace {

// Below this many tasks the triggers count row by row: counting again reads every open task.
constexpr int kRebuildAbove = 5000;
// Tasks per INSERT … SELECT; afterEach (an import's progress and cancel) runs between them. Each
// statement keeps a journal of the pages it changes, to undo just itself on an error; the indexes
// are written at random places, so a statement touches most of their pages whatever its size, and
// fewer, larger statements journal fewer pages.
constexpr qsizetype kTasksPerInsert = 16384;

struct SchemaObject
{
    QString name;
    QString sql;
};

void resultText(sqlite3_context *ctx, QByteArrayView utf8) // utf8 outlives the statement step
{
    sqlite3_result_text(ctx, utf8.data() ? utf8.data() : "", int(utf8.size()), SQLITE_STATIC);
}

// As Statement::bind(QDate) writes it: NULL when invalid, else YYYY-MM-DD.
void resultDate(sqlite3_context *ctx, const QDate &date)
{
    if (!date.isValid())
        return sqlite3_result_null(ctx);
    char text[10];
    if (!isoDateText(date, text)) {
        const QByteArray iso = date.toString(Qt::ISODate).toUtf8();
        return sqlite3_result_text(ctx, iso.constData(), int(iso.size()), SQLITE_TRANSIENT);
    }
    sqlite3_result_text(ctx, text, 10, SQLITE_TRANSIENT);
}

// The tasks of one INSERT … SELECT, in the column order of kTaskColumns.
class TaskRows final : public RowSource
{
public:
    struct Row
    {
        const Task *task;
        Id id;
        QByteArray title, notes, created, updated;
        PlacementInputs inputs;
    };
    std::vector<Row> rows;

    qint64 rowCount() const override { return qint64(rows.size()); }
    void column(qint64 r, int c, sqlite3_context *ctx) const override
    {
        const Row &row = rows[size_t(r)];
        const Task &t = *row.task;
        switch (c) {
        case 0: return sqlite3_result_int64(ctx, row.id);
        case 1: return resultText(ctx, row.title);
        case 2: return resultText(ctx, storedName(t.kind));
        case 3: return resultText(ctx, row.notes);
        case 4: return resultDate(ctx, t.due);
        case 5: return sqlite3_result_double(ctx, t.estimateHours);
        case 6: return resultText(ctx, storedName(t.status));
        case 7: return resultDate(ctx, t.doneOn);
        case 8: return t.companyId ? sqlite3_result_int64(ctx, t.companyId) : sqlite3_result_null(ctx);
        case 9: return resultText(ctx, storedName(t.repeat));
        case 10: return sqlite3_result_int64(ctx, t.streak);
        case 11: return t.pinned == Quadrant::None ? sqlite3_result_null(ctx) : sqlite3_result_int(ctx, int(t.pinned));
        case 12: return t.manualOrder ? sqlite3_result_int64(ctx, *t.manualOrder) : sqlite3_result_null(ctx);
        case 13: return resultText(ctx, row.created);
        case 14: return resultText(ctx, row.updated);
        case 15: return sqlite3_result_int(ctx, row.inputs.importance);
        case 16: return sqlite3_result_int(ctx, int(row.inputs.important));
        case 17: return resultDate(ctx, row.inputs.effectiveDeadline);
        case 18: return sqlite3_result_int(ctx, int(placedFirst(t.kind)));
        default: return sqlite3_result_null(ctx);
        }
    }
};

// The (task, line) links of the same tasks, in task order and each task's lines sorted, so the
// primary key of task_lines is appended to at its end.
class LinkRows final : public RowSource
{
public:
    std::vector<std::pair<Id, Id>> rows;

    qint64 rowCount() const override { return qint64(rows.size()); }
    void column(qint64 r, int c, sqlite3_context *ctx) const override
    {
        sqlite3_result_int64(ctx, c == 0 ? rows[size_t(r)].first : rows[size_t(r)].second);
    }
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
        // and rebuilding the indexes too was measured to cost more instructions than keeping them:
        // CREATE INDEX sorts with a general record comparison.
        QList<SchemaObject> triggers;
        const bool rebuild = tasks.size() > kRebuildAbove;
        if (m_checkingReferences) {
            // SQLite is not enforcing foreign keys (bulkTransaction): each task's company must exist.
            // Its posting lines are checked by placementInputs(), which throws for a missing one, and
            // the links' task ids are the ones written here.
            if (!m_factsLoaded)
                loadPlacementFacts();
            for (const Task &t : tasks)
                if (t.companyId && !m_interest.contains(t.companyId))
                    throw DbError(DbError::Kind::Constraint, tr("task: no company with id %1").arg(t.companyId));
        }
        if (rebuild) {
            Statement st = m_db.prepare(QStringLiteral(
                "SELECT name, sql FROM sqlite_master WHERE tbl_name = 'tasks' AND type = 'trigger' AND sql IS NOT NULL"));
            while (st.step())
                triggers.append({st.text(0), st.text(1)});
            for (const SchemaObject &o : std::as_const(triggers))
                m_db.exec(QStringLiteral("DROP TRIGGER \"%1\"").arg(o.name));
            if (!m_factsLoaded)
                loadPlacementFacts();
            // Inserting in index order is not possible for every index: keep their pages in memory.
            m_db.exec(QStringLiteral("PRAGMA cache_size=-65536"));
        }
        // The ids SQLite would give (one past the largest, in order), given here so that the links can
        // be written with the tasks. Near the end of the id range SQLite picks them at random.
        Statement last = m_db.prepare(QStringLiteral("SELECT ifnull(max(id), 0) FROM tasks"));
        last.step();
        const Id largest = last.int64(0);
        last.reset();
        if (largest > std::numeric_limits<Id>::max() - tasks.size() - 1)
            addTasksOneByOne(tasks, afterEach, ids);
        else
            addTasksInBulk(tasks, afterEach, largest + 1, ids);
        if (rebuild) {
            m_db.exec(QStringLiteral("PRAGMA cache_size=-2000")); // SQLite's default again
            for (const SchemaObject &o : std::as_const(triggers))
                m_db.exec(o.sql);
            recountTaskGroups(); // the triggers missed the new rows
        }
        emitTasks(ids);
    });
    return ids;
}

void Store::addTasksInBulk(const QList<Task> &tasks, const std::function<void()> &afterEach, Id firstId,
                           QList<Id> &ids)
{
    if (!m_bulkTasks) {
        m_bulkTasks.emplace(m_db, "bulk_tasks", kTaskColumns);
        m_bulkLinks.emplace(m_db, "bulk_task_lines", "task_id, line_id");
    }
    const QByteArray now = isoDateTimeText(m_clock()).toUtf8();
    Statement insertTasks =
        m_db.prepare(QStringLiteral("INSERT INTO tasks(%1) SELECT * FROM bulk_tasks").arg(QLatin1String(kTaskColumns)));
    Statement insertLinks = m_db.prepare(
        QStringLiteral("INSERT OR IGNORE INTO task_lines(task_id, line_id) SELECT task_id, line_id FROM bulk_task_lines"));
    TaskRows taskRows;
    LinkRows linkRows;
    // Not left pointing at the rows on the stack, whatever happens.
    struct Unset
    {
        Store &store;
        ~Unset()
        {
            store.m_bulkTasks->setSource(nullptr);
            store.m_bulkLinks->setSource(nullptr);
        }
    } unset{*this};
    m_bulkTasks->setSource(&taskRows);
    m_bulkLinks->setSource(&linkRows);
    QList<Id> lines;
    for (qsizetype at = 0; at < tasks.size(); at += kTasksPerInsert) {
        const qsizetype count = std::min(kTasksPerInsert, tasks.size() - at);
        taskRows.rows.clear();
        linkRows.rows.clear();
        taskRows.rows.reserve(size_t(count));
        for (qsizetype i = at; i < at + count; ++i) {
            const Task &t = tasks[i];
            const Id id = firstId + i;
            // placementInputs() also checks that every linked posting line exists.
            taskRows.rows.push_back({&t, id, t.title.trimmed().toUtf8(), t.notes.toUtf8(),
                                     t.created.isValid() ? isoDateTimeText(t.created).toUtf8() : now,
                                     t.updated.isValid() ? isoDateTimeText(t.updated).toUtf8() : now,
                                     placementInputs(t)});
            lines = t.lineIds;
            std::sort(lines.begin(), lines.end());
            for (Id line : std::as_const(lines))
                linkRows.rows.emplace_back(id, line);
            ids << id;
        }
        insertTasks.run();
        insertTasks.reset();
        if (!linkRows.rows.empty()) {
            insertLinks.run();
            insertLinks.reset();
        }
        if (afterEach)
            for (qsizetype i = 0; i < count; ++i)
                afterEach();
    }
}

void Store::addTasksOneByOne(const QList<Task> &tasks, const std::function<void()> &afterEach, QList<Id> &ids)
{
    const QString now = isoDateTimeText(m_clock());
    Statement insert = m_db.prepare(insertTaskSql());
    for (const Task &t : tasks) {
        insert.bindNull(1);
        bindTaskRow(insert, t);
        insert.bind(14, t.created.isValid() ? isoDateTimeText(t.created) : now);
        insert.bind(15, t.updated.isValid() ? isoDateTimeText(t.updated) : now);
        bindPlacementInputs(insert, 16, t); // also checks that every linked posting line exists
        insert.run();
        insert.reset();
        const Id id = m_db.lastInsertId();
        writeLinks(id, t.lineIds, false);
        ids << id;
        if (afterEach)
            afterEach();
    }
}

} // namespace jobprep

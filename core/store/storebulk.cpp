// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// Many tasks in one write (an import). The rows are handed to SQLite as an in-memory table and
// written with one INSERT … SELECT per few thousand tasks; for a large batch the task_groups
// triggers are set aside and the groups counted once at the end. All of it inside the caller's
// transaction, so a failure or a cancel rolls the triggers back with the rows.
#include "core/domain/dates.h"
#include "store.h"
#include "storetaskrow.h"
#include "taskrows.h"

#include <algorithm>
#include <map>
#include <tuple>
#include <limits>
#include <sqlite3.h>

namespace jobprep {
namespace {

// Below this many tasks the triggers count row by row; above, the new open tasks are counted here
// and added to task_groups once at the end.
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

// A row of task_groups, as the task_groups_insert trigger computes it for a new task.
using GroupKey = std::tuple<int, bool, QDate, double, bool>; // pinned, important, deadline, estimate, manual
GroupKey groupOf(const PreparedTask &p)
{
    return {int(p.task.pinned), p.inputs.important, p.inputs.effectiveDeadline, p.task.estimateHours,
            p.task.manualOrder.has_value()};
}

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
    const std::vector<PreparedTask> *tasks = nullptr;
    Id firstId = 0; // of tasks->front()

    qint64 rowCount() const override { return tasks ? qint64(tasks->size()) : 0; }
    void column(qint64 r, int c, sqlite3_context *ctx) const override
    {
        const PreparedTask &p = (*tasks)[size_t(r)];
        const Task &t = p.task;
        switch (c) {
        case 0: return sqlite3_result_int64(ctx, firstId + r);
        case 1: return resultText(ctx, p.title);
        case 2: return resultText(ctx, storedName(t.kind));
        case 3: return resultText(ctx, p.notes);
        case 4: return resultDate(ctx, t.due);
        case 5: return sqlite3_result_double(ctx, t.estimateHours);
        case 6: return resultText(ctx, storedName(t.status));
        case 7: return resultDate(ctx, t.doneOn);
        case 8: return t.companyId ? sqlite3_result_int64(ctx, t.companyId) : sqlite3_result_null(ctx);
        case 9: return resultText(ctx, storedName(t.repeat));
        case 10: return sqlite3_result_int64(ctx, t.streak);
        case 11: return t.pinned == Quadrant::None ? sqlite3_result_null(ctx) : sqlite3_result_int(ctx, int(t.pinned));
        case 12: return t.manualOrder ? sqlite3_result_int64(ctx, *t.manualOrder) : sqlite3_result_null(ctx);
        case 13: return resultText(ctx, p.created);
        case 14: return resultText(ctx, p.updated);
        case 15: return sqlite3_result_int(ctx, p.inputs.importance);
        case 16: return sqlite3_result_int(ctx, int(p.inputs.important));
        case 17: return resultDate(ctx, p.inputs.effectiveDeadline);
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
    transaction([&] {
        const TaskRowFacts facts = taskRowFacts();
        qsizetype at = 0;
        ids = addPreparedTasks(
            tasks.size(),
            [&](std::vector<PreparedTask> &batch) {
                batch.clear();
                const qsizetype end = std::min(at + kTasksPerInsert, tasks.size());
                for (; at < end; ++at)
                    batch.push_back(facts.prepare(tasks[at]));
                return !batch.empty();
            },
            afterEach);
    });
    return ids;
}

TaskRowFacts Store::taskRowFacts()
{
    if (!m_factsLoaded)
        loadPlacementFacts();
    return TaskRowFacts(m_lineInfo, m_interest, placer(), isoDateTimeText(m_clock()).toUtf8(), m_checkingReferences);
}

QList<Id> Store::addPreparedTasks(qsizetype expected, const std::function<bool(std::vector<PreparedTask> &)> &next,
                                  const std::function<void()> &afterEach)
{
    QList<Id> ids;
    ids.reserve(expected);
    transaction([&] {
        // What is set aside: the triggers on tasks (task_groups is counted once at the end). Dropping
        // and rebuilding the indexes too was measured to cost more instructions than keeping them:
        // CREATE INDEX sorts with a general record comparison.
        QList<SchemaObject> triggers;
        const bool rebuild = expected > kRebuildAbove;
        if (rebuild) {
            Statement st = m_db.prepare(QStringLiteral(
                "SELECT name, sql FROM sqlite_master WHERE tbl_name = 'tasks' AND type = 'trigger' AND sql IS NOT NULL"));
            while (st.step())
                triggers.append({st.text(0), st.text(1)});
            for (const SchemaObject &o : std::as_const(triggers))
                m_db.exec(QStringLiteral("DROP TRIGGER \"%1\"").arg(o.name));
        }
        // Inserting in index order is not possible for every index: keep their pages in memory. Not
        // part of the transaction, so set back whatever happens.
        struct CacheSize
        {
            Database &db;
            bool big;
            ~CacheSize()
            {
                if (big)
                    try {
                        db.exec(QStringLiteral("PRAGMA cache_size=-2000")); // SQLite's default
                    } catch (...) {
                    }
            }
        } cacheSize{m_db, rebuild};
        if (rebuild)
            m_db.exec(QStringLiteral("PRAGMA cache_size=-65536"));
        // The ids SQLite would give (one past the largest, in order), given here so that the links can
        // be written with the tasks. Near the end of the id range SQLite picks them at random.
        Statement last = m_db.prepare(QStringLiteral("SELECT ifnull(max(id), 0) FROM tasks"));
        last.step();
        const Id largest = last.int64(0);
        last.reset();
        const bool inBulk = largest <= std::numeric_limits<Id>::max() - expected - 1;
        std::map<GroupKey, int> newInGroup; // the open tasks written while the triggers are set aside
        std::vector<PreparedTask> batch;
        bool streaks = false; // a habit with a streak number, whose days are ticked at the end
        while (next(batch)) {
            if (qsizetype(batch.size()) > expected - ids.size())
                throw DbError(DbError::Kind::Invalid, tr("more tasks than the %1 announced").arg(expected));
            for (const PreparedTask &p : batch)
                streaks = streaks || (p.task.isHabit() && p.task.streak > 0);
            if (rebuild)
                for (const PreparedTask &p : batch)
                    if (p.task.status != Status::Done)
                        ++newInGroup[groupOf(p)];
            if (inBulk)
                insertInBulk(batch, largest + 1 + ids.size(), ids);
            else
                insertOneByOne(batch, ids);
            if (afterEach)
                for (size_t i = 0; i < batch.size(); ++i)
                    afterEach();
        }
        if (rebuild) {
            for (const SchemaObject &o : std::as_const(triggers))
                m_db.exec(o.sql);
            // What the insert trigger would have added, group by group (reading every open task again
            // to count them was 35 ms at 100 000).
            Statement add = m_db.prepare(QStringLiteral(
                "INSERT INTO task_groups VALUES(?1, ?2, ?3, ?4, ?5, ?6) "
                "ON CONFLICT(pinned, important, deadline, estimate, manual) DO UPDATE SET tasks = tasks + ?6"));
            for (const auto &[key, count] : newInGroup) {
                const auto &[pinned, important, deadline, estimate, manual] = key;
                add.bind(1, pinned).bind(2, int(important)).bind(4, estimate).bind(5, int(manual)).bind(6, count);
                if (deadline.isValid())
                    add.bind(3, deadline);
                else
                    add.bind(3, QString(QLatin1String("")));
                add.run();
                add.reset();
            }
        }
        if (streaks)
            carryStreaks(*std::min_element(ids.cbegin(), ids.cend()));
    });
    return ids;
}

void Store::insertInBulk(const std::vector<PreparedTask> &batch, Id firstId, QList<Id> &ids)
{
    if (!m_bulkTasks) {
        m_bulkTasks.emplace(m_db, "bulk_tasks", kTaskColumns);
        m_bulkLinks.emplace(m_db, "bulk_task_lines", "task_id, line_id");
    }
    Statement insertTasks =
        m_db.prepare(QStringLiteral("INSERT INTO tasks(%1) SELECT * FROM bulk_tasks").arg(QLatin1String(kTaskColumns)));
    Statement insertLinks = m_db.prepare(
        QStringLiteral("INSERT OR IGNORE INTO task_lines(task_id, line_id) SELECT task_id, line_id FROM bulk_task_lines"));
    TaskRows taskRows;
    taskRows.tasks = &batch;
    taskRows.firstId = firstId;
    LinkRows linkRows;
    for (size_t i = 0; i < batch.size(); ++i) {
        const Id id = firstId + Id(i);
        for (Id line : batch[i].task.lineIds) // sorted by TaskRowFacts::prepare()
            linkRows.rows.emplace_back(id, line);
        ids << id;
    }
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
    insertTasks.run();
    insertTasks.reset();
    if (!linkRows.rows.empty()) {
        insertLinks.run();
        insertLinks.reset();
    }
}

void Store::insertOneByOne(const std::vector<PreparedTask> &batch, QList<Id> &ids)
{
    Statement insert = m_db.prepare(insertTaskSql());
    for (const PreparedTask &p : batch) {
        insert.bindNull(1);
        bindTaskRow(insert, p.task);
        insert.bind(14, QString::fromUtf8(p.created));
        insert.bind(15, QString::fromUtf8(p.updated));
        insert.bind(16, p.inputs.importance)
            .bind(17, int(p.inputs.important))
            .bind(18, p.inputs.effectiveDeadline)
            .bind(19, int(placedFirst(p.task.kind)));
        insert.run();
        insert.reset();
        const Id id = m_db.lastInsertId();
        writeLinks(id, p.task.lineIds, false);
        ids << id;
    }
}

} // namespace jobprep

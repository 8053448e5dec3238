// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "core/domain/dates.h"
#include "store.h"
#include "storetaskrow.h"

#include <cstring>

namespace jobprep {
namespace {

// An enum from its stored spelling without making a QString per row (the board reads every open task).
template <typename E> E enumFromUtf8(QByteArrayView text, E fallback)
{
    const QList<QByteArray> &names = storedNames<E>();
    for (int i = 0; i < names.size(); ++i)
        if (names[i].size() == text.size() && std::memcmp(names[i].constData(), text.data(), text.size()) == 0)
            return static_cast<E>(i);
    return fromString<E>(QString::fromUtf8(text)).value_or(fallback);
}

const char kSelect[] = "SELECT id, title, kind, notes, due, estimate, status, done_on, company_id, repeat, streak, "
                       "pinned, manual_order, created_at, updated_at FROM tasks ";

Task readTask(Statement &st)
{
    Task t;
    t.id = st.int64(0);
    t.title = st.text(1);
    t.kind = enumFromUtf8(st.utf8(2), Kind::Other);
    t.notes = st.text(3);
    t.due = st.date(4);
    t.estimateHours = st.real(5);
    t.status = enumFromUtf8(st.utf8(6), Status::Todo);
    t.doneOn = st.date(7);
    t.companyId = st.isNull(8) ? 0 : st.int64(8);
    t.repeat = enumFromUtf8(st.utf8(9), Repeat::None);
    t.streak = st.int32(10);
    t.pinned = st.isNull(11) ? Quadrant::None : static_cast<Quadrant>(st.int32(11));
    t.manualOrder = st.optionalInt64(12);
    t.created = st.dateTime(13);
    t.updated = st.dateTime(14);
    return t;
}

} // namespace

const char kTaskColumns[] = "id, title, kind, notes, due, estimate, status, done_on, company_id, repeat, streak, "
                           "pinned, manual_order, created_at, updated_at, place_importance, place_important, "
                           "place_deadline, place_first";

QString insertTaskSql()
{
    return QStringLiteral("INSERT INTO tasks(%1) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19)")
        .arg(QLatin1String(kTaskColumns));
}

void bindTaskRow(Statement &st, const Task &t)
{
    st.bind(2, t.title.trimmed()).bindStatic(3, storedName(t.kind)).bind(4, t.notes).bind(5, t.due);
    st.bind(6, t.estimateHours).bindStatic(7, storedName(t.status)).bind(8, t.doneOn);
    if (t.companyId)
        st.bind(9, t.companyId);
    else
        st.bindNull(9);
    st.bindStatic(10, storedName(t.repeat)).bind(11, t.streak);
    if (t.pinned == Quadrant::None)
        st.bindNull(12);
    else
        st.bind(12, int(t.pinned));
    st.bindOptional(13, t.manualOrder);
}

Id Store::addTask(Task t)
{
    if (const QString e = validate(t); !e.isEmpty())
        throw DbError(DbError::Kind::Invalid, tr("task: %1").arg(e));
    Id id = 0;
    transaction([&] {
        const QString now = isoDateTimeText(m_clock());
        Statement st = m_db.prepare(insertTaskSql());
        if (t.id)
            st.bind(1, t.id); // restoring a deleted task keeps its id (undo)
        else
            st.bindNull(1);
        bindTaskRow(st, t);
        st.bind(14, t.created.isValid() ? isoDateTimeText(t.created) : now);
        st.bind(15, t.updated.isValid() ? isoDateTimeText(t.updated) : now);
        bindPlacementInputs(st, 16, t); // also checks that every linked posting line exists
        st.run();
        id = m_db.lastInsertId();
        writeLinks(id, t.lineIds, false);
        if (t.isHabit() && t.streak > 0)
            carryStreaks(id); // the days its streak stands for
    });
    return id;
}

void Store::updateTask(const Task &t)
{
    if (const QString e = validate(t); !e.isEmpty())
        throw DbError(DbError::Kind::Invalid, tr("task: %1").arg(e));
    transaction([&] {
        Statement st = m_db.prepare(
            QStringLiteral("UPDATE tasks SET title=?2, kind=?3, notes=?4, due=?5, estimate=?6, status=?7, done_on=?8, "
                           "company_id=?9, repeat=?10, streak=?11, pinned=?12, manual_order=?13, updated_at=?14, "
                           "place_importance=?15, place_important=?16, place_deadline=?17, place_first=?18 "
                           "WHERE id=?1"));
        st.bind(1, t.id);
        bindTaskRow(st, t);
        st.bind(14, isoDateTimeText(m_clock()));
        bindPlacementInputs(st, 15, t); // also checks that every linked posting line exists
        st.run();
        if (m_db.changes() == 0)
            throw DbError(DbError::Kind::NotFound, tr("no task with id %1").arg(t.id));
        writeLinks(t.id, t.lineIds);
    });
}

void Store::writeLinks(Id taskId, const QList<Id> &lineIds, bool replace)
{
    // A new task has no links yet (a restored id lost its links with the deleted row).
    if (replace)
        m_db.prepare(QStringLiteral("DELETE FROM task_lines WHERE task_id = ?1")).bind(1, taskId).run();
    // The lines were looked up when the task's placement inputs were computed; a missing one threw there.
    Statement ins = m_db.prepare(QStringLiteral("INSERT OR IGNORE INTO task_lines(task_id, line_id) VALUES(?1, ?2)"));
    for (Id line : lineIds) {
        ins.bind(1, taskId).bind(2, line).run();
        ins.reset();
    }
}

QList<Id> Store::readLinks(Id taskId)
{
    QList<Id> out;
    Statement st = m_db.prepare(QStringLiteral("SELECT line_id FROM task_lines WHERE task_id = ?1 ORDER BY line_id"));
    st.bind(1, taskId);
    while (st.step())
        out << st.int64(0);
    return out;
}

void Store::deleteTask(Id id)
{
    transaction([&] {
        m_db.prepare(QStringLiteral("DELETE FROM tasks WHERE id = ?1")).bind(1, id).run();
        if (m_db.changes() == 0)
            throw DbError(DbError::Kind::NotFound, tr("no task with id %1").arg(id));
    });
}

std::optional<Task> Store::task(Id id)
{
    Statement st = m_db.prepare(QLatin1String(kSelect) + QStringLiteral("WHERE id = ?1"));
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    Task t = readTask(st);
    t.lineIds = readLinks(id);
    return t;
}

QList<Task> Store::tasks(bool includeDone)
{
    QList<Task> out;
    QHash<Id, int> index;
    Statement st = m_db.prepare(QLatin1String(kSelect) + (includeDone ? QStringLiteral("ORDER BY id")
                                                                      : QStringLiteral("WHERE status <> 'done' ORDER BY id")));
    while (st.step()) {
        index.insert(st.int64(0), int(out.size()));
        out.append(readTask(st));
    }
    Statement l = m_db.prepare(QStringLiteral("SELECT task_id, line_id FROM task_lines ORDER BY task_id, line_id"));
    while (l.step())
        if (const auto it = index.constFind(l.int64(0)); it != index.constEnd())
            out[*it].lineIds << l.int64(1);
    return out;
}

QList<LinkFacts> Store::linkFacts()
{
    // The facts of every posting line first (thousands), then the links of open tasks (many
    // thousands) looked up in memory: one four-table join per link row costs several times more.
    struct LineFacts
    {
        Section section;
        Id postingId;
        QDate deadline;
        int interest;
    };
    QHash<Id, LineFacts> lines;
    Statement pl = m_db.prepare(QStringLiteral(
        "SELECT pl.id, pl.section, p.id, p.deadline, c.interest FROM posting_lines pl "
        "JOIN postings p ON p.id = pl.posting_id JOIN companies c ON c.id = p.company_id"));
    while (pl.step())
        lines.insert(pl.int64(0), {enumFromUtf8(pl.utf8(1), Section::Other), pl.int64(2), pl.date(3), pl.int32(4)});
    QList<LinkFacts> out;
    Statement st = m_db.prepare(QStringLiteral("SELECT tl.task_id, tl.line_id FROM task_lines tl "
                                               "JOIN tasks t ON t.id = tl.task_id WHERE t.status <> 'done' "
                                               "ORDER BY tl.task_id, tl.line_id"));
    while (st.step()) {
        const auto it = lines.constFind(st.int64(1));
        if (it != lines.constEnd()) // always, with foreign keys on
            out.append({st.int64(0), st.int64(1), it->section, it->postingId, it->deadline, it->interest});
    }
    return out;
}

QList<LinkFacts> Store::linkFacts(Id taskId)
{
    QList<LinkFacts> out;
    Statement st = m_db.prepare(QStringLiteral(
        "SELECT tl.task_id, tl.line_id, pl.section, p.id, p.deadline, c.interest FROM task_lines tl "
        "JOIN posting_lines pl ON pl.id = tl.line_id JOIN postings p ON p.id = pl.posting_id "
        "JOIN companies c ON c.id = p.company_id WHERE tl.task_id = ?1 ORDER BY tl.line_id"));
    st.bind(1, taskId);
    while (st.step()) {
        out.append({st.int64(0), st.int64(1), enumFromUtf8(st.utf8(2), Section::Other),
                    st.int64(3), st.date(4), st.int32(5)});
    }
    return out;
}

void Store::forEachPlacementTask(const std::function<void(const Task &)> &fn)
{
    Statement st = m_db.prepare(QStringLiteral("SELECT id, kind, due, estimate, status, company_id, repeat, pinned, "
                                               "manual_order FROM tasks WHERE status <> 'done' ORDER BY id"));
    Task t;
    while (st.step()) {
        t.id = st.int64(0);
        t.kind = enumFromUtf8(st.utf8(1), Kind::Other);
        t.due = st.date(2);
        t.estimateHours = st.real(3);
        t.status = enumFromUtf8(st.utf8(4), Status::Todo);
        t.companyId = st.isNull(5) ? 0 : st.int64(5);
        t.repeat = enumFromUtf8(st.utf8(6), Repeat::None);
        t.pinned = st.isNull(7) ? Quadrant::None : static_cast<Quadrant>(st.int32(7));
        t.manualOrder = st.optionalInt64(8);
        fn(t);
    }
}

void Store::forEachOpenTaskTitle(const std::function<bool(Id, const QString &)> &fn)
{
    Statement st = m_db.prepare(QStringLiteral("SELECT id, title FROM tasks WHERE status <> 'done' ORDER BY id"));
    while (st.step())
        if (!fn(st.int64(0), st.text(1)))
            return;
}

void Store::forEachTaskTitle(const std::function<void(const Task &)> &fn)
{
    // One pass in id order; a task's links follow it (task_lines' key starts with the task id).
    const ReadSnapshot snapshot(m_db);
    Statement st = m_db.prepare(QStringLiteral("SELECT t.id, t.title, t.status, tl.line_id FROM tasks t "
                                               "LEFT JOIN task_lines tl ON tl.task_id = t.id ORDER BY t.id, tl.line_id"));
    Task t;
    auto flush = [&] {
        if (t.id)
            fn(t);
    };
    while (st.step()) {
        const Id id = st.int64(0);
        if (id != t.id) {
            flush();
            t.id = id;
            t.title = st.text(1);
            t.status = enumFromUtf8(st.utf8(2), Status::Todo);
            t.lineIds.clear();
        }
        if (!st.isNull(3))
            t.lineIds << st.int64(3);
    }
    flush();
}

void Store::completeTask(Id id, const QDate &today)
{
    transaction([&] {
        auto t = task(id);
        if (!t)
            throw DbError(DbError::Kind::NotFound, tr("no task with id %1").arg(id));
        if (t->status == Status::Done)
            return;
        // A habit stays open: today is ticked in its record, which moves it to its next occurrence.
        if (t->isHabit()) {
            const QList<HabitDay> day = habitDays(id, today, today);
            if (day.isEmpty() || !day.first().done())
                setHabitMark(id, today, HabitDay::Mark::Ticked);
            return;
        }
        t->status = Status::Done;
        t->doneOn = today;
        updateTask(*t);
    });
}

void Store::reopenTask(Id id)
{
    transaction([&] {
        auto t = task(id);
        if (!t)
            throw DbError(DbError::Kind::NotFound, tr("no task with id %1").arg(id));
        t->status = Status::Todo;
        t->doneOn = QDate();
        updateTask(*t);
    });
}

void Store::pinTasks(const QList<Id> &ids, Quadrant quadrant)
{
    transaction([&] {
        Statement st = m_db.prepare(QStringLiteral(
            "UPDATE tasks SET pinned = ?2, manual_order = NULL, "
            "updated_at = ?3 WHERE id = ?1"));
        const QString now = isoDateTimeText(m_clock());
        for (Id id : ids) {
            st.bind(1, id);
            if (quadrant == Quadrant::None)
                st.bindNull(2);
            else
                st.bind(2, int(quadrant));
            st.bind(3, now).run();
            if (m_db.changes() == 0)
                throw DbError(DbError::Kind::NotFound, tr("no task with id %1").arg(id));
            st.reset();
        }
    });
}

void Store::setManualOrder(const QList<Id> &orderedIds)
{
    transaction([&] {
        Statement st = m_db.prepare(QStringLiteral("UPDATE tasks SET manual_order = ?2 WHERE id = ?1"));
        for (int i = 0; i < orderedIds.size(); ++i) {
            st.bind(1, orderedIds[i]).bind(2, i).run();
            if (m_db.changes() == 0)
                throw DbError(DbError::Kind::NotFound, tr("no task with id %1").arg(orderedIds[i]));
            st.reset();
        }
    });
}

} // namespace jobprep

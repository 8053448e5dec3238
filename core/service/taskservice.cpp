// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "taskservice.h"
#include "clock.h"
#include "service.h"

#include <QCoreApplication>

namespace jobprep {
namespace {

Task existing(StoreWriter &w, Id id)
{
    const auto t = w.task(id);
    if (!t)
        throw DbError(DbError::Kind::NotFound,
                      QCoreApplication::translate("jobprep::Store", "no task with id %1").arg(id));
    return *t;
}

} // namespace

Id TaskService::add(Task task, Change *change)
{
    task.id = 0;
    if (task.isHabit() && !task.due.isValid())
        task.due = m_service.clock().today();
    Id id = 0;
    m_service.write([&] { id = m_service.writer().addTask(task); }, change);
    return id;
}

void TaskService::edit(Task after, Change *change)
{
    StoreWriter &w = m_service.writer();
    m_service.write(
        [&] {
            const Task before = existing(w, after.id);
            if (after.pinned != before.pinned)
                after.manualOrder.reset(); // a new pane starts without the old pane's order
            const bool completing = before.isOpen() && !after.isOpen();
            if (completing) {
                after.status = before.status; // done through the one rule below
                after.doneOn = before.doneOn;
            } else if (after.isOpen()) {
                after.doneOn = QDate(); // reopened, or still open
            } else {
                after.doneOn = before.doneOn; // still done, on the day it was done
            }
            w.updateTask(after);
            if (completing)
                w.completeTask(after.id, m_service.clock().today());
        },
        change);
}

void TaskService::complete(const QList<Id> &ids, Change *change)
{
    StoreWriter &w = m_service.writer();
    m_service.write(
        [&] {
            for (const Id id : ids)
                if (existing(w, id).isOpen())
                    w.completeTask(id, m_service.clock().today());
        },
        change);
}

void TaskService::reopen(const QList<Id> &ids, Change *change)
{
    StoreWriter &w = m_service.writer();
    m_service.write(
        [&] {
            for (const Id id : ids)
                if (!existing(w, id).isOpen())
                    w.reopenTask(id);
        },
        change);
}

void TaskService::pin(const QList<Id> &ids, Quadrant quadrant, Change *change)
{
    m_service.write([&] { m_service.writer().pinTasks(ids, quadrant); }, change);
}

void TaskService::reorder(const QList<Id> &order, Change *change)
{
    m_service.write([&] { m_service.writer().setManualOrder(order); }, change);
}

void TaskService::remove(const QList<Id> &ids, Change *change)
{
    StoreWriter &w = m_service.writer();
    m_service.write(
        [&] {
            for (const Id id : ids)
                w.deleteTask(id);
        },
        change);
}

} // namespace jobprep

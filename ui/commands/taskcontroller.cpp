// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "taskcontroller.h"
#include "addtaskcommand.h"
#include "completetaskscommand.h"
#include "core/store/store.h"
#include "deletetaskscommand.h"
#include "edittaskcommand.h"
#include "movetaskscommand.h"
#include "reordercommand.h"
#include "ui/common/messagebox.h"

#include <QUndoStack>

namespace jobprep::ui {

TaskController::TaskController(Store &store, const QDate &today, QObject *parent)
    : QObject(parent), m_store(store), m_today(today), m_undo(new QUndoStack(this))
{
}

QList<Id> TaskController::existing(const QList<Id> &ids, bool openOnly)
{
    QList<Id> out;
    for (Id id : ids)
        if (const auto t = m_store.task(id); t && (!openOnly || t->isOpen()) && !out.contains(id))
            out << id;
    return out;
}

ErrorSink TaskController::sink()
{
    // Also used later by undo/redo from the Edit menu, long after push() returned.
    return [this](const QString &what, const QString &message) {
        m_lastFailed = true;
        Q_EMIT failed(what, message);
        MessageBox::critical(m_dialogParent, tr("Could not save"),
                             tr("%1 failed: %2\nNothing was changed.").arg(what, message));
    };
}

bool TaskController::push(StoreCommand *command)
{
    m_lastFailed = false;
    m_undo->push(command); // runs redo(); a failed command is obsolete and the stack deletes it
    return !m_lastFailed;
}

bool TaskController::moveTasks(const QList<Id> &ids, Quadrant target)
{
    const QList<Id> valid = existing(ids, true);
    return !valid.isEmpty() && push(new MoveTasksCommand(m_store, sink(), valid, target));
}

bool TaskController::reorder(const QList<Id> &paneOrder)
{
    const QList<Id> valid = existing(paneOrder, true);
    return valid.size() == paneOrder.size() && !valid.isEmpty() &&
           push(new ReorderCommand(m_store, sink(), valid));
}

bool TaskController::editTask(const Task &after)
{
    const auto before = m_store.task(after.id);
    if (!before)
        return false;
    return push(new EditTaskCommand(m_store, sink(), *before, after));
}

bool TaskController::deleteTasks(const QList<Id> &ids)
{
    const QList<Id> valid = existing(ids, false);
    return !valid.isEmpty() && push(new DeleteTasksCommand(m_store, sink(), valid));
}

bool TaskController::completeTasks(const QList<Id> &ids)
{
    const QList<Id> valid = existing(ids, true);
    return !valid.isEmpty() && push(new CompleteTasksCommand(m_store, sink(), valid, m_today));
}

Id TaskController::addTask(const Task &task)
{
    auto *cmd = new AddTaskCommand(m_store, sink(), task);
    m_lastFailed = false;
    m_undo->push(cmd);
    return m_lastFailed ? 0 : cmd->taskId(); // not merged (no id()), so cmd lives on the stack
}

} // namespace jobprep::ui

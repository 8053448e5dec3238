// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "taskcontroller.h"
#include "addpostingcommand.h"
#include "addtaskcommand.h"
#include "companycommands.h"
#include "completetaskscommand.h"
#include "core/service/clock.h"
#include "core/service/service.h"
#include "deletetaskscommand.h"
#include "edittaskcommand.h"
#include "movetaskscommand.h"
#include "reordercommand.h"
#include "settingscommand.h"
#include "ui/common/messagebox.h"

#include <QUndoStack>

namespace jobprep::ui {

TaskController::TaskController(Service &service, QObject *parent)
    : QObject(parent), m_service(service), m_undo(new QUndoStack(this))
{
}

Store &TaskController::store()
{
    return m_service.store();
}
QDate TaskController::today() const
{
    return m_service.clock().today();
}

QList<Id> TaskController::existing(const QList<Id> &ids, bool openOnly)
{
    QList<Id> out;
    for (Id id : ids)
        if (const auto t = store().task(id); t && (!openOnly || t->isOpen()) && !out.contains(id))
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
    return !valid.isEmpty() && push(new MoveTasksCommand(m_service, sink(), valid, target));
}

bool TaskController::reorder(const QList<Id> &paneOrder)
{
    const QList<Id> valid = existing(paneOrder, true);
    return valid.size() == paneOrder.size() && !valid.isEmpty() &&
           push(new ReorderCommand(m_service, sink(), valid));
}

bool TaskController::editTask(const Task &after)
{
    return store().task(after.id) && push(new EditTaskCommand(m_service, sink(), after));
}

bool TaskController::deleteTasks(const QList<Id> &ids)
{
    const QList<Id> valid = existing(ids, false);
    return !valid.isEmpty() && push(new DeleteTasksCommand(m_service, sink(), valid));
}

bool TaskController::completeTasks(const QList<Id> &ids)
{
    const QList<Id> valid = existing(ids, true);
    return !valid.isEmpty() && push(new CompleteTasksCommand(m_service, sink(), valid));
}

Id TaskController::addTask(const Task &task)
{
    // The command is not touched after push(): the stack deletes one that failed.
    Id id = 0;
    return push(new AddTaskCommand(m_service, sink(), task, &id)) ? id : 0;
}

Id TaskController::addCompany(const Company &company)
{
    Id id = 0;
    return push(new AddCompanyCommand(m_service, sink(), company, &id)) ? id : 0;
}

bool TaskController::editCompany(const Company &after)
{
    return store().company(after.id) && push(new EditCompanyCommand(m_service, sink(), after));
}

bool TaskController::setCompanyStage(Id id, Stage stage)
{
    auto c = store().company(id);
    if (!c || c->stage == stage)
        return false;
    c->stage = stage;
    return push(new EditCompanyCommand(m_service, sink(), *c));
}

bool TaskController::deleteCompany(Id id)
{
    const auto c = store().company(id);
    return c && push(new DeleteCompanyCommand(m_service, sink(), id, c->name));
}

std::optional<IntakeResult> TaskController::addPosting(const QString &companyName, const Posting &posting,
                                                       const QList<ProposedTask> &proposals)
{
    IntakeResult result;
    if (!push(new AddPostingCommand(m_service, sink(), companyName, posting, proposals, &result)))
        return std::nullopt;
    return result;
}

bool TaskController::saveSettings(const Settings &settings)
{
    return push(new SaveSettingsCommand(m_service, sink(), settings));
}

} // namespace jobprep::ui

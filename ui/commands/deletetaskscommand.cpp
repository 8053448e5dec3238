// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "deletetaskscommand.h"
#include "core/store/store.h"

#include <QCoreApplication>

namespace jobprep::ui {

DeleteTasksCommand::DeleteTasksCommand(Store &store, ErrorSink sink, const QList<Id> &ids)
    : StoreCommand(store, std::move(sink),
                   QCoreApplication::translate("jobprep::ui", "Delete %n task(s)", nullptr, int(ids.size())))
{
    for (Id id : ids)
        if (auto t = store.task(id))
            m_tasks << *t;
}

void DeleteTasksCommand::apply()
{
    m_store.transaction([&] {
        for (const Task &t : std::as_const(m_tasks))
            m_store.deleteTask(t.id);
    });
}

void DeleteTasksCommand::revert()
{
    m_store.transaction([&] {
        for (const Task &t : std::as_const(m_tasks))
            m_store.addTask(t); // keeps the id (Store::addTask honours a given id)
    });
}

} // namespace jobprep::ui

// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "completetaskscommand.h"
#include "core/store/store.h"

#include <QCoreApplication>

namespace jobprep::ui {

CompleteTasksCommand::CompleteTasksCommand(Store &store, ErrorSink sink, const QList<Id> &ids, const QDate &today)
    : StoreCommand(store, std::move(sink),
                   QCoreApplication::translate("jobprep::ui", "Mark %n task(s) done", nullptr, int(ids.size()))),
      m_today(today)
{
    for (Id id : ids)
        if (auto t = store.task(id); t && t->isOpen())
            m_before << *t;
}

void CompleteTasksCommand::apply()
{
    QList<Id> next;
    m_store.transaction([&] {
        for (const Task &t : std::as_const(m_before))
            if (const Id n = m_store.completeTask(t.id, m_today))
                next << n;
    });
    m_next = next;
}

void CompleteTasksCommand::revert()
{
    m_store.transaction([&] {
        for (Id n : std::as_const(m_next))
            if (m_store.task(n))
                m_store.deleteTask(n);
        for (const Task &t : std::as_const(m_before))
            m_store.updateTask(t);
    });
    m_next.clear();
}

} // namespace jobprep::ui

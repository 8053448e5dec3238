// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "reordercommand.h"
#include "core/store/store.h"

#include <QCoreApplication>

namespace jobprep::ui {

ReorderCommand::ReorderCommand(Store &store, ErrorSink sink, const QList<Id> &order)
    : StoreCommand(store, std::move(sink), QCoreApplication::translate("jobprep::ui", "Reorder tasks")),
      m_order(order)
{
    for (Id id : order)
        if (const auto t = store.task(id))
            m_before.insert(id, t->manualOrder);
}

void ReorderCommand::apply() { m_store.setManualOrder(m_order); }

void ReorderCommand::revert()
{
    m_store.transaction([&] {
        for (Id id : std::as_const(m_order)) {
            auto t = m_store.task(id);
            if (!t)
                throw DbError(DbError::Kind::NotFound, QCoreApplication::translate("jobprep::ui", "no task with id %1").arg(id));
            t->manualOrder = m_before.value(id);
            m_store.updateTask(*t);
        }
    });
}

} // namespace jobprep::ui

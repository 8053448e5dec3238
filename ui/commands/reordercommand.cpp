// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "reordercommand.h"
#include "core/service/service.h"
#include "core/service/taskservice.h"

#include <QCoreApplication>

namespace jobprep::ui {

ReorderCommand::ReorderCommand(Service &service, ErrorSink sink, const QList<Id> &order)
    : StoreCommand(service, std::move(sink), QCoreApplication::translate("jobprep::ui", "Reorder tasks")),
      m_order(order)
{
}

void ReorderCommand::apply(Change &change)
{
    m_service.tasks().reorder(m_order, &change);
}

} // namespace jobprep::ui

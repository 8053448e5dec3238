// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "storecommand.h"

#include <QHash>

namespace jobprep::ui {

// Gives a pane the user's own order (Store::setManualOrder); undo restores each task's old order.
class ReorderCommand : public StoreCommand
{
public:
    ReorderCommand(Store &store, ErrorSink sink, const QList<Id> &order);

protected:
    void apply() override;
    void revert() override;

private:
    QList<Id> m_order;
    QHash<Id, std::optional<qint64>> m_before;
};

} // namespace jobprep::ui

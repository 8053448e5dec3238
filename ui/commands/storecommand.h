// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/domain.h"

#include <QUndoCommand>
#include <functional>

namespace jobprep {
class Store;
}

namespace jobprep::ui {

using ErrorSink = std::function<void(const QString &what, const QString &message)>;

// Base of every undoable change: it writes through the Store only, and a write the Store refuses
// (DbError, already rolled back) is reported to the sink and makes the command obsolete, so the
// undo stack drops it instead of holding a step that never happened.
class StoreCommand : public QUndoCommand
{
public:
    StoreCommand(Store &store, ErrorSink sink, const QString &text);
    void redo() final;
    void undo() final;
    bool failed() const { return m_failed; }

protected:
    virtual void apply() = 0;
    virtual void revert() = 0;
    Store &m_store;

private:
    void guarded(const std::function<void()> &fn);
    ErrorSink m_sink;
    bool m_failed = false;
};

} // namespace jobprep::ui

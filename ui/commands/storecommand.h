// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/service/changeset.h"

#include <functional>
#include <QUndoCommand>

namespace jobprep {
class Service;
}

namespace jobprep::ui {

// Told what failed ("Undo Delete 네이버") and why, to show it (TaskController: a message box).
using ErrorSink = std::function<void(const QString &what, const QString &message)>;

// The one base of every undoable change. The first redo() runs the change through the service
// (apply()) and keeps the rows it changed; undo() writes them back as they were (Service::revert)
// and a later redo() writes them again (Service::reapply), with the same ids, lines and links.
//
// Nothing a step throws leaves the undo stack: the failure goes to the sink and the command is
// made obsolete, so that the stack drops it. The data stay as the last step that worked left them
// (every write is one transaction), and the steps around it are still exact inverses of theirs: a
// row another process changed since makes their own undo fail the same way, never write over it.
class StoreCommand : public QUndoCommand
{
public:
    StoreCommand(Service &service, ErrorSink sink, const QString &text);
    void redo() final;
    void undo() final;
    bool failed() const { return m_failed; }
    const Change &change() const { return m_change; }

protected:
    // The change itself, through the service, the first time; `change` receives its rows.
    virtual void apply(Change &change) = 0;
    // Merges a later command's rows into this one (mergeWith() of repeated moves).
    void absorb(const StoreCommand &later);
    Service &m_service;

private:
    void guarded(const QString &what, const std::function<void()> &fn);
    ErrorSink m_sink;
    Change m_change;
    bool m_applied = false;
    bool m_failed = false;
};

} // namespace jobprep::ui

// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "storecommand.h"
#include "core/store/store.h"

namespace jobprep::ui {

StoreCommand::StoreCommand(Store &store, ErrorSink sink, const QString &text)
    : m_store(store), m_sink(std::move(sink))
{
    setText(text);
}

void StoreCommand::redo() { guarded([this] { apply(); }); }
void StoreCommand::undo() { guarded([this] { revert(); }); }

void StoreCommand::guarded(const std::function<void()> &fn)
{
    try {
        fn();
    } catch (const DbError &e) {
        m_failed = true;
        setObsolete(true);
        if (m_sink)
            m_sink(text(), e.message());
    }
}

} // namespace jobprep::ui

// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/postings/postingintake.h"
#include "storecommand.h"

namespace jobprep::ui {

// A pasted posting with its lines and the ticked proposals as tasks or links (a company typed
// that does not exist yet is added). Undo removes all of it; redo brings it back with the same ids.
class AddPostingCommand : public StoreCommand
{
public:
    // `result`, when given, receives what was written when the command first runs (and only then).
    AddPostingCommand(Service &service, ErrorSink sink, const QString &companyName, const Posting &posting,
                      const QList<ProposedTask> &proposals, IntakeResult *result = nullptr);

protected:
    void apply(Change &change) override;

private:
    QString m_companyName;
    Posting m_posting;
    QList<ProposedTask> m_proposals;
    IntakeResult *m_result;
};

} // namespace jobprep::ui

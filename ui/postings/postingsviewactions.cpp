// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// PostingsView's two actions that weigh what they change first: a re-parse that would drop lines
// with tasks or ticks, and a task for a line whose skill an open task already covers.
#include "core/postings/linematch.h"
#include "core/postings/taskproposal.h"
#include "postinglinesmodel.h"
#include "postingsview.h"
#include "ui/commands/taskcontroller.h"
#include "ui/common/messagebox.h"

#include <QTreeView>

namespace jobprep::ui {

void PostingsView::reparseCurrent()
{
    const auto &o = m_lines->overview();
    if (!o || o->posting.rawText.trimmed().isEmpty())
        return;
    // What the re-parse would drop, asked before it is done (it can be undone all the same).
    const ParseResult parsed = PostingParser().parse(o->posting.rawText);
    const LineMatch::Reparse plan = LineMatch::reparse(o->posting.lines, LineMatch::toPostingLines(parsed));
    QStringList lost;
    for (const LineOverview &l : o->lines) {
        if (!plan.removed.contains(l.line.id))
            continue;
        for (const Store::LineTask &t : l.tasks)
            lost << tr("“%1” loses its link to “%2”").arg(t.title, l.line.text);
        if (l.line.met)
            lost << tr("the tick on “%1” goes").arg(l.line.text);
    }
    if (!lost.isEmpty()) {
        const int shown = 8;
        QString list = QStringList(lost.mid(0, shown)).join(QStringLiteral("\n• "));
        if (lost.size() > shown)
            list += QStringLiteral("\n") + tr("… and %n more", nullptr, int(lost.size() - shown));
        const int answer = MessageBox::choose(
            this, MessageBox::Icon::Warning, tr("Re-parse the posting"),
            tr("Reading the stored text again no longer yields %n line(s) that have a task or a tick:\n• "
               "%1\n\nThe "
               "tasks stay, without that link. Re-parse anyway? (Undo brings everything back.)",
               nullptr, int(plan.removed.size()))
                .arg(list),
            {tr("Re-parse"), tr("Cancel")});
        if (answer != 0)
            return;
    }
    const auto result = m_controller.reparsePosting(o->posting.id);
    if (!result)
        return;
    QString text = tr("Re-parsed: %1 lines kept, %2 added, %3 removed, %4 in another section.")
                       .arg(result->kept)
                       .arg(result->added)
                       .arg(result->removed)
                       .arg(result->sectionsChanged);
    if (!result->unlinkedTasks.isEmpty())
        text += QLatin1Char(' ') + tr("%n task(s) lost a link.", nullptr, int(result->unlinkedTasks.size()));
    Q_EMIT message(text);
}

void PostingsView::makeTaskForCurrentLine()
{
    const auto &o = m_lines->overview();
    const LineOverview *line = m_lines->lineAt(m_linesView->currentIndex().row());
    if (!o || !line || !line->takesTask())
        return;
    const ProposedTask p = TaskProposer().propose({line->line}, m_controller.store()).value(0);
    const bool linkedAlready =
        std::any_of(line->tasks.cbegin(), line->tasks.cend(),
                    [&](const Store::LineTask &t) { return t.taskId == p.existingTaskId; });
    if (p.existingTaskId && !linkedAlready) {
        const int answer = MessageBox::choose(
            this, MessageBox::Icon::Information, tr("Make a task"),
            tr("The open task #%1 “%2” already covers %3. Link this line to it, so that it closes this line "
               "too, or "
               "make a new task?")
                .arg(p.existingTaskId)
                .arg(p.existingTitle, p.skill),
            {tr("Link to #%1").arg(p.existingTaskId), tr("Make a new task"), tr("Cancel")});
        if (answer == 2)
            return;
        if (answer == 0) {
            auto task = m_controller.store().task(p.existingTaskId);
            if (task && !task->lineIds.contains(line->line.id)) {
                task->lineIds << line->line.id;
                const Id lineId = line->line.id;
                if (m_controller.editTask(*task))
                    selectLine(lineId);
            }
            return;
        }
    }
    Task t;
    t.title = p.title.isEmpty() ? line->line.text.left(TaskProposer::kMaxTitle) : p.title;
    t.kind = p.kind;
    t.companyId = o->posting.companyId;
    t.lineIds = {line->line.id};
    Q_EMIT makeTaskRequested(t);
}

} // namespace jobprep::ui

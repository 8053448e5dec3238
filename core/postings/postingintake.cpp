// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "postingintake.h"
#include "core/store/storewriter.h"

#include <QCoreApplication>

namespace jobprep {

IntakeResult PostingIntake::store(StoreWriter &store, const Posting &posting, const QList<ProposedTask> &proposals)
{
    IntakeResult r;
    store.transaction([&] {
        r.postingId = store.addPosting(posting);
        const Posting stored = *store.posting(r.postingId);
        if (stored.lines.size() != posting.lines.size())
            throw DbError(DbError::Kind::Invalid, QCoreApplication::translate("jobprep::PostingIntake",
                                                                              "posting lines were not all stored"));
        QHash<QString, Id> newTasks; // skill (or folded title) -> task created in this intake
        for (const ProposedTask &p : proposals) {
            if (!p.checked)
                continue;
            if (p.line < 0 || p.line >= stored.lines.size())
                throw DbError(DbError::Kind::Invalid,
                              QCoreApplication::translate("jobprep::PostingIntake", "proposal for line %1: no such line")
                                  .arg(p.line + 1));
            const Id lineId = stored.lines[p.line].id;
            const QString key = p.skill.isEmpty() ? QStringLiteral("title:") + p.title.simplified().toCaseFolded()
                                                  : QStringLiteral("skill:") + p.skill;
            Id target = p.existingTaskId ? p.existingTaskId : newTasks.value(key);
            if (target) {
                auto t = store.task(target);
                if (!t)
                    throw DbError(DbError::Kind::NotFound,
                                  QCoreApplication::translate("jobprep::PostingIntake", "no task with id %1").arg(target));
                if (!t->lineIds.contains(lineId)) {
                    t->lineIds << lineId;
                    store.updateTask(*t);
                }
                if (p.existingTaskId && !r.linkedTasks.contains(target))
                    r.linkedTasks << target;
                continue;
            }
            Task t;
            t.title = p.title;
            t.kind = p.kind;
            t.companyId = posting.companyId;
            t.lineIds = {lineId};
            const Id id = store.addTask(t);
            r.createdTasks << id;
            newTasks.insert(key, id);
        }
    });
    return r;
}

} // namespace jobprep

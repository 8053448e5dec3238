// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "calendarsync.h"

#include <QSet>
#include <algorithm>

namespace jobprep {

int CalendarSyncPlan::count(CalendarAction::Kind kind) const
{
    return int(std::count_if(actions.cbegin(), actions.cend(), [kind](const CalendarAction &a) { return a.kind == kind; }));
}

CalendarSyncPlan decideCalendarSync(const CalendarSyncInput &in)
{
    using Kind = CalendarAction::Kind;
    CalendarSyncPlan out;
    QHash<QString, const CalendarRecord *> records;
    for (const CalendarRecord &r : in.records)
        records.insert(r.uid, &r);
    QSet<QString> planned;

    for (int i = 0; i < in.planned.size(); ++i) {
        const PlannedEvent &p = in.planned[i];
        planned.insert(p.uid);
        const CalendarRecord *r = records.value(p.uid);
        if (!r) {
            if (const auto o = in.orphans.constFind(p.uid); o != in.orphans.cend())
                out.actions.append({Kind::Update, p.uid, *o, in.listed.value(*o), i, true});
            else
                out.actions.append({Kind::Create, p.uid, eventHref(in.collectionPath, p.uid), QString(), i, false});
            continue;
        }
        if (r->state != CalendarRecord::State::Synced) {
            ++out.kept;
            continue;
        }
        const auto listed = in.listed.constFind(r->href);
        if (listed == in.listed.cend()) {
            // Its day is planned, so it is inside the listed days: the user deleted it.
            out.actions.append({Kind::MarkRemoved, p.uid, r->href, r->etag, i, false});
            ++out.kept;
        } else if (*listed != r->etag) {
            out.actions.append({Kind::MarkEdited, p.uid, r->href, *listed, i, false});
            ++out.kept;
        } else if (r->content != p.content) {
            out.actions.append({Kind::Update, p.uid, r->href, r->etag, i, false});
        } else {
            ++out.unchanged;
        }
    }

    for (const CalendarRecord &r : in.records) {
        if (planned.contains(r.uid))
            continue;
        if (r.state == CalendarRecord::State::Removed) {
            out.actions.append({Kind::Forget, r.uid, r.href, r.etag, -1, false});
            continue;
        }
        if (r.state == CalendarRecord::State::Edited)
            continue; // the user's event now
        const bool taskExists = in.tasks.contains(r.taskId);
        if (taskExists && r.end.isValid() && r.end <= in.now)
            continue; // over: the day's record stays
        const bool inListedDays = r.day >= in.first && r.day <= in.last;
        const auto listed = in.listed.constFind(r.href);
        if (listed == in.listed.cend()) {
            if (inListedDays)
                out.actions.append({Kind::Forget, r.uid, r.href, r.etag, -1, false}); // deleted by the user
            else
                out.actions.append({Kind::Delete, r.uid, r.href, r.etag, -1, false}); // the answer tells
        } else if (*listed != r.etag) {
            out.actions.append({Kind::MarkEdited, r.uid, r.href, *listed, -1, false});
        } else {
            out.actions.append({Kind::Delete, r.uid, r.href, r.etag, -1, false});
        }
    }

    // Orphans not planned: ours (UID prefix and marker) and not wanted; an event that is over stays.
    QStringList orphanUids = in.orphans.keys();
    std::sort(orphanUids.begin(), orphanUids.end());
    for (const QString &uid : std::as_const(orphanUids)) {
        if (planned.contains(uid) || records.contains(uid))
            continue;
        const QString href = in.orphans.value(uid);
        out.actions.append({Kind::Delete, uid, href, in.listed.value(href), -1, true});
    }
    return out;
}

} // namespace jobprep

// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/domain.h"
#include "skilldictionary.h"

namespace jobprep {

class Store;

struct SkillDemandRow
{
    QString skill;
    QList<Id> requiredBy;  // target postings with a requirement line naming the skill
    QList<Id> preferredBy; // target postings that only prefer it (a preferred line, no requirement line)
    QList<Id> openTasks;   // tasks for the skill: named in the title, or linked to a line naming it
    QList<Id> doneTasks;
    bool covered() const { return !doneTasks.isEmpty(); }
};

// What the target postings ask for, skill by skill: the data of the skills view.
// Target postings: deadline today or later (or none), of a company not rejected or withdrawn.
// Sorted by demand: postings requiring it, then postings preferring it, then name.
class SkillDemand
{
public:
    static QList<SkillDemandRow> compute(Store &store, const QDate &today,
                                         const SkillDictionary &skills = SkillDictionary::builtIn());
};

} // namespace jobprep

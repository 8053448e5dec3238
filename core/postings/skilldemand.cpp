// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "skilldemand.h"
#include "core/store/store.h"

#include <QHash>
#include <QSet>

namespace jobprep {

QList<SkillDemandRow> SkillDemand::compute(Store &store, const QDate &today, const SkillDictionary &skills)
{
    QSet<Id> liveCompanies;
    for (const Company &c : store.companies())
        if (!isTerminal(c.stage))
            liveCompanies.insert(c.id);

    QHash<QString, SkillDemandRow> rows;
    QHash<Id, QStringList> lineSkills; // every posting line, target or not, for task coverage
    for (const Posting &p : store.postings()) {
        const bool target = liveCompanies.contains(p.companyId) && (!p.deadline.isValid() || p.deadline >= today);
        QSet<QString> required, preferred;
        for (const PostingLine &l : p.lines) {
            const QStringList found = skills.find(l.text);
            lineSkills.insert(l.id, found);
            for (const QString &s : found) {
                if (l.section == Section::Requirement)
                    required.insert(s);
                else if (l.section == Section::Preferred)
                    preferred.insert(s);
            }
        }
        if (!target)
            continue;
        for (const QString &s : required) {
            rows[s].skill = s;
            rows[s].requiredBy << p.id;
        }
        for (const QString &s : preferred) {
            if (required.contains(s))
                continue;
            rows[s].skill = s;
            rows[s].preferredBy << p.id;
        }
    }
    // Titles repeat (a habit's every occurrence, the same study note per company): each distinct
    // title goes through the dictionary's pattern once.
    QHash<QString, QStringList> titleSkills;
    store.forEachTaskTitle([&](const Task &t) {
        auto found = titleSkills.constFind(t.title);
        if (found == titleSkills.constEnd())
            found = titleSkills.insert(t.title, skills.find(t.title));
        QSet<QString> names(found->cbegin(), found->cend());
        for (Id line : t.lineIds)
            for (const QString &s : lineSkills.value(line))
                names.insert(s);
        for (const QString &s : std::as_const(names)) {
            const auto it = rows.find(s);
            if (it == rows.end())
                continue;
            (t.isOpen() ? it->openTasks : it->doneTasks) << t.id;
        }
    });
    QList<SkillDemandRow> out = rows.values();
    std::sort(out.begin(), out.end(), [](const SkillDemandRow &a, const SkillDemandRow &b) {
        if (a.requiredBy.size() != b.requiredBy.size())
            return a.requiredBy.size() > b.requiredBy.size();
        if (a.preferredBy.size() != b.preferredBy.size())
            return a.preferredBy.size() > b.preferredBy.size();
        return a.skill.compare(b.skill, Qt::CaseInsensitive) < 0;
    });
    for (SkillDemandRow &r : out) {
        std::sort(r.requiredBy.begin(), r.requiredBy.end());
        std::sort(r.preferredBy.begin(), r.preferredBy.end());
    }
    return out;
}

} // namespace jobprep

// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "postingoverview.h"
#include "oneof.h"

namespace jobprep {

bool LineOverview::done() const
{
    return std::any_of(tasks.cbegin(), tasks.cend(),
                       [](const Store::LineTask &t) { return t.status == Status::Done; });
}

QList<const LineOverview *> PostingOverview::inSection(Section section) const
{
    QList<const LineOverview *> out;
    for (const LineOverview &l : lines)
        if (l.line.section == section)
            out << &l;
    return out;
}

std::optional<PostingOverview> PostingOverview::read(Store &store, Id postingId)
{
    const StoreSnapshot snapshot(store);
    auto posting = store.posting(postingId);
    if (!posting)
        return std::nullopt;
    PostingOverview o;
    o.posting = *posting;
    if (const auto company = store.company(posting->companyId))
        o.company = company->name;
    QHash<Id, QList<Store::LineTask>> tasks;
    for (const Store::LineTask &t : store.lineTasks(postingId))
        tasks[t.lineId].append(t);
    const SkillDictionary &skills = SkillDictionary::builtIn();
    for (const PostingLine &l : posting->lines) {
        LineOverview line{l, tasks.value(l.id), {}};
        if (line.takesTask())
            line.oneOf = OneOf::groups(l.text, skills.matches(l.text), skills);
        if (l.section == Section::Requirement) {
            ++o.readiness.requirementLines;
            o.readiness.requirementLinesDone += line.done();
        }
        o.lines.append(line);
    }
    return o;
}

} // namespace jobprep

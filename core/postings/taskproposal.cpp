// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "taskproposal.h"
#include "core/store/store.h"
#include "oneof.h"

#include <QRegularExpression>
#include <algorithm>

namespace jobprep {

Kind TaskProposer::guessKind(const QString &text) { return TaskTitleWriter::guessKind(text); }

QString TaskProposer::titleFor(const QString &lineText, const QString &skill) const
{
    return TaskTitleWriter::builtIn().write(lineText, skill, TaskTitleWriter::languageOf({lineText}), m_skills).title;
}

QList<ProposedTask> TaskProposer::propose(const QList<PostingLine> &lines, const QList<Task> &openTasks) const
{
    QList<const Task *> open;
    for (const Task &t : openTasks)
        if (t.isOpen())
            open << &t;
    std::sort(open.begin(), open.end(), [](const Task *a, const Task *b) { return a->id < b->id; });
    return proposeFrom(lines, [&](const std::function<bool(Id, const QString &)> &fn) {
        for (const Task *t : std::as_const(open))
            if (!fn(t->id, t->title))
                return;
    });
}

QList<ProposedTask> TaskProposer::propose(const QList<PostingLine> &lines, Store &store) const
{
    return proposeFrom(lines, [&](const std::function<bool(Id, const QString &)> &fn) { store.forEachOpenTaskTitle(fn); });
}

QList<ProposedTask> TaskProposer::proposeFrom(const QList<PostingLine> &lines, const OpenTitles &openTitles) const
{
    QList<ProposedTask> out;
    QHash<QString, QPair<Id, QString>> oldest; // by skill: its oldest open task, once found
    QStringList texts;
    for (const PostingLine &l : lines)
        texts << l.text;
    const QString language = TaskTitleWriter::languageOf(texts);
    const TaskTitleWriter &writer = TaskTitleWriter::builtIn();
    for (int i = 0; i < lines.size(); ++i) {
        const PostingLine &l = lines[i];
        if (l.section != Section::Requirement && l.section != Section::Preferred)
            continue;
        ProposedTask p;
        p.line = i;
        p.checked = l.section == Section::Requirement;
        const QList<SkillMatch> matches = m_skills.matches(l.text);
        if (!matches.isEmpty())
            p.skill = m_skills.skills()[matches.first().skill].name;
        for (const QStringList &group : OneOf::groups(l.text, matches, m_skills))
            if (group.contains(p.skill))
                p.alternatives = group;
        const TaskTitle title = writer.write(l.text, p.skill, language, m_skills,
                                             matches.isEmpty() ? QStringView()
                                                               : QStringView(l.text).mid(matches.first().start,
                                                                                         matches.first().length));
        p.title = title.title;
        p.kind = title.kind;
        for (const QString &s : p.alternatives.isEmpty() ? QStringList{p.skill} : p.alternatives)
            if (!s.isEmpty())
                oldest.insert(s, {0, QString()});
        out.append(p);
    }
    if (oldest.isEmpty())
        return out;

    // A title can name a skill only if it contains the first word of one of its spellings (a
    // space or hyphen in a spelling matches other separators, or none, next to Hangul): the others
    // need not go through the dictionary's pattern. Compared case-folded, as the pattern ignores
    // case; a skill with an empty first word sends every title to the pattern.
    static const QRegularExpression separator(QStringLiteral("[\\s\\-]"));
    QHash<QString, QStringList> words; // by skill still without a task
    for (const SkillDictionary::Skill &s : m_skills.skills()) {
        if (!oldest.contains(s.name))
            continue;
        QStringList &w = words[s.name];
        for (const QString &spelling : QStringList{s.name} + s.aliases)
            w << spelling.section(separator, 0, 0).toCaseFolded();
    }
    openTitles([&](Id id, const QString &title) {
        const QString folded = title.toCaseFolded();
        bool candidate = false;
        for (auto it = words.cbegin(); it != words.cend() && !candidate; ++it)
            for (const QString &w : it.value())
                if (folded.contains(w)) {
                    candidate = true;
                    break;
                }
        if (!candidate)
            return true;
        for (const QString &skill : m_skills.find(title)) {
            const auto it = oldest.find(skill);
            if (it != oldest.end() && !it->first) {
                *it = {id, title};
                words.remove(skill);
            }
        }
        return !words.isEmpty();
    });
    for (ProposedTask &p : out) {
        for (const QString &s : p.alternatives.isEmpty() ? QStringList{p.skill} : p.alternatives) {
            const auto found = oldest.constFind(s);
            if (found != oldest.constEnd() && found->first) {
                p.existingTaskId = found->first;
                p.existingTitle = found->second;
                p.skill = s; // the intake joins the lines of one posting by this key
                break;
            }
        }
    }
    return out;
}

} // namespace jobprep

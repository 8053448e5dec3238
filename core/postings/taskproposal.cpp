// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "taskproposal.h"
#include "core/store/store.h"

#include <QRegularExpression>
#include <algorithm>

namespace jobprep {

Kind TaskProposer::guessKind(const QString &text)
{
    static const QRegularExpression codingTest(
        QStringLiteral("알고리즘|자료\\s*구조|코딩\\s*테스트|코테|백준|프로그래머스|리트코드|algorithm|data\\s+structure|"
                       "leetcode|coding\\s+(?:test|interview)|competitive\\s+programming|problem[\\s-]solving\\s+skills"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression project(
        QStringLiteral("프로젝트|포트폴리오|경험|구축|개발해\\s*본|운영해\\s*본|만들어\\s*본|실무|깃허브|"
                       "\\bproject|\\bportfolio|experience|\\bbuilt\\b|\\bbuilding\\b|\\bshipped\\b|\\bdeployed\\b|"
                       "track\\s+record|hands[\\s-]on|github"),
        QRegularExpression::CaseInsensitiveOption);
    if (codingTest.match(text).hasMatch())
        return Kind::CodingTest;
    if (project.match(text).hasMatch())
        return Kind::Project;
    return Kind::Study;
}

QString TaskProposer::titleFor(const QString &lineText, const QString &skill) const
{
    QString title = lineText.simplified();
    if (title.size() > kMaxTitle) {
        qsizetype cut = title.lastIndexOf(QLatin1Char(' '), kMaxTitle - 1);
        if (cut < kMaxTitle / 2)
            cut = kMaxTitle - 1;
        if (title[cut - 1].isHighSurrogate())
            --cut;
        title = title.left(cut).trimmed() + QStringLiteral("…");
    }
    if (!skill.isEmpty() && !m_skills.find(title).contains(skill))
        title = skill + QStringLiteral(": ") + title;
    return title;
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
    for (int i = 0; i < lines.size(); ++i) {
        const PostingLine &l = lines[i];
        if (l.section != Section::Requirement && l.section != Section::Preferred)
            continue;
        ProposedTask p;
        p.line = i;
        p.checked = l.section == Section::Requirement;
        const QStringList skills = m_skills.find(l.text);
        p.skill = skills.value(0);
        p.title = titleFor(l.text, p.skill);
        p.kind = guessKind(l.text);
        if (!p.skill.isEmpty())
            oldest.insert(p.skill, {0, QString()});
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
        const auto found = oldest.constFind(p.skill);
        if (found != oldest.constEnd() && found->first) {
            p.existingTaskId = found->first;
            p.existingTitle = found->second;
        }
    }
    return out;
}

} // namespace jobprep

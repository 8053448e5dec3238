// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "taskproposal.h"

#include <QRegularExpression>

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
    QList<QPair<Id, QStringList>> taskSkills; // oldest first
    for (const Task &t : openTasks)
        if (t.isOpen())
            taskSkills.append({t.id, skillsOf(t)});
    std::sort(taskSkills.begin(), taskSkills.end(), [](const auto &a, const auto &b) { return a.first < b.first; });

    QList<ProposedTask> out;
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
        if (!p.skill.isEmpty()) {
            for (const auto &[id, names] : taskSkills) {
                if (names.contains(p.skill)) {
                    p.existingTaskId = id;
                    for (const Task &t : openTasks)
                        if (t.id == id)
                            p.existingTitle = t.title;
                    break;
                }
            }
        }
        out.append(p);
    }
    return out;
}

} // namespace jobprep

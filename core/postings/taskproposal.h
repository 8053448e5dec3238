// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/domain.h"
#include "skilldictionary.h"
#include "tasktitle.h"

#include <functional>

namespace jobprep {

class Store;

// A task proposed for one requirement or preferred line of a posting being added.
struct ProposedTask
{
    int line = -1;         // index into the posting's lines
    bool checked = false;  // requirement lines are ticked by default, preferred lines are not
    QString title;
    Kind kind = Kind::Study;
    QString skill;         // the line's first skill: the de-duplication key; empty when it names none
    QStringList alternatives; // the one-of group of skill ("TensorFlow 또는 PyTorch"): a task for any closes the line
    Id existingTaskId = 0; // an open task for the same skill: the line is linked to it instead
    QString existingTitle;
};

// Turns posting lines into proposed tasks. The GUI paste dialog and `jobprep-cli posting add`
// both use it, so they propose the same tasks.
//
// De-duplication: a task is "for" every skill recognised in its title. A line is for its first
// skill. When an open task for the line's skill exists (the oldest one if several), the line is
// linked to it instead of creating a new task, so one "Spark" task closes the Spark requirement of
// several postings and its importance rises with that demand (see placement). When the skill is one
// of a group any of which satisfies the line ("TensorFlow 또는 PyTorch"), an open task for any skill of
// the group closes it, the first in the line's order that has one.
//
// Titles are written by TaskTitleWriter in the posting's language (the language of all the lines
// given); eligibility lines are never proposed.
class TaskProposer
{
public:
    static constexpr int kMaxTitle = TaskTitleWriter::kMaxTitle;

    explicit TaskProposer(const SkillDictionary &skills = SkillDictionary::builtIn()) : m_skills(skills) {}

    // See TaskTitleWriter::guessKind.
    static Kind guessKind(const QString &lineText);
    // The title TaskTitleWriter writes for the line, in the line's own language; it always names skill.
    QString titleFor(const QString &lineText, const QString &skill) const;
    QStringList skillsOf(const Task &task) const { return m_skills.find(task.title); }
    // One proposal per requirement line (ticked) and preferred line (unticked).
    QList<ProposedTask> propose(const QList<PostingLine> &lines, const QList<Task> &openTasks) const;
    // The same, reading the store's open tasks in id order only until each skill the lines name has
    // its oldest task, and matching against the dictionary only the titles that contain a word of
    // one of those skills' spellings (at 100 000 tasks every title went through it: seconds).
    QList<ProposedTask> propose(const QList<PostingLine> &lines, Store &store) const;
    const SkillDictionary &skills() const { return m_skills; }

private:
    // Calls its argument with each open task's id and title, oldest first, until it returns false.
    using OpenTitles = std::function<void(const std::function<bool(Id, const QString &)> &)>;
    QList<ProposedTask> proposeFrom(const QList<PostingLine> &lines, const OpenTitles &openTitles) const;

    const SkillDictionary &m_skills;
};

} // namespace jobprep

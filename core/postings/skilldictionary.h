// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QRegularExpression>
#include <QStringList>

namespace jobprep {

struct SkillMatch
{
    int skill = -1;       // index into SkillDictionary::skills()
    qsizetype start = 0;  // in the searched text
    qsizetype length = 0;
};

// The skills a posting can ask for, each with its aliases (Korean spellings, abbreviations).
//
// Matching rules, chosen so that a skill is found where a reader would see it and nowhere else:
// - Case-insensitive, except aliases listed as caseSensitive ("Go", "R"), which would otherwise be
//   found in ordinary English words.
// - An alias that starts with a Latin letter or digit must not follow one ("SQL" is not found in
//   "MySQL" or "NoSQL"); one that ends with a Latin letter or digit must not be followed by one
//   ("Scala" is not found in "Scalable"), except for a plural "s" on aliases of three letters or more
//   ("LLMs", "SQLs").
// - An alias that starts with Hangul must not follow Hangul ("통계" is not found in "회계통계"); one that
//   ends with Hangul may be followed by anything, because Korean attaches particles and suffixes
//   without a space ("파이썬을", "통계학", "딥러닝이").
// - A space in an alias matches any run of white space, or a hyphen between Latin words
//   ("machine-learning"), or nothing next to Hangul ("추천시스템", "AB테스트").
// - Where matches overlap, the leftmost, then the longest alias wins ("ML Ops" is MLOps, not also
//   machine learning).
class SkillDictionary
{
public:
    struct Skill
    {
        QString name; // canonical, shown to the user and used as the key
        QStringList aliases;
    };

    SkillDictionary() = default;
    // The dictionary shipped in resources/skills/skills.json (compiled into jobprep_core).
    static const SkillDictionary &builtIn();
    // Reads the JSON format of skills.json; on failure returns an empty dictionary and sets *error.
    static SkillDictionary fromJson(const QByteArray &json, QString *error = nullptr);

    const QList<Skill> &skills() const { return m_skills; }
    bool isEmpty() const { return m_skills.isEmpty(); }
    // Every match in text, by start position.
    QList<SkillMatch> matches(const QString &text) const;
    // Canonical names of the skills in text, in order of first appearance, each once.
    QStringList find(const QString &text) const;
    // The canonical name for a name or alias typed by a user (case-insensitive); empty if unknown.
    QString canonical(const QString &nameOrAlias) const;

private:
    QList<Skill> m_skills;
    QRegularExpression m_pattern; // one capture group per alias, longest alias first
    QList<int> m_groupSkill;      // capture group (1-based) - 1 -> skill index
};

} // namespace jobprep

// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QList>
#include <QStringList>
#include <vector>

namespace jobprep {

struct SkillMatch
{
    int skill = -1;      // index into SkillDictionary::skills()
    qsizetype start = 0; // in the searched text
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
//   ("machine-learning"), or nothing next to Hangul ("추천시스템", "AB테스트"); a hyphen matches a
//   hyphen, a space or nothing ("scikit learn", "scikitlearn").
// - Where matches overlap, the leftmost, then the longest match wins ("ML Ops" is MLOps, not also
//   machine learning).
//
// The aliases are kept in one trie walked from each position where a word may start, so matching
// costs the same with 300 skills as with 30 and is linear in the text.
class SkillDictionary
{
public:
    struct Skill
    {
        QString name; // canonical, shown to the user and used as the key
        QString category;
        QStringList aliases;
    };

    SkillDictionary() = default;
    // The dictionary shipped in resources/skills/skills.json (compiled into jobprep_core).
    static const SkillDictionary &builtIn();
    // Reads the JSON format of skills.json; on failure returns an empty dictionary and sets *error.
    // A spelling listed for two skills (or twice) is an error.
    static SkillDictionary fromJson(const QByteArray &json, QString *error = nullptr);

    const QList<Skill> &skills() const { return m_skills; }
    bool isEmpty() const { return m_skills.isEmpty(); }
    // Every match in text, by start position.
    QList<SkillMatch> matches(QStringView text) const;
    // Canonical names of the skills in text, in order of first appearance, each once.
    QStringList find(QStringView text) const;
    // The canonical name for a name or alias typed by a user (case-insensitive); empty if unknown.
    QString canonical(const QString &nameOrAlias) const;

private:
    struct Edge
    {
        char16_t key;
        int node;
    };
    struct Node
    {
        int firstEdge = 0;
        int edgeCount = 0;
        int separatorRequired = -1; // a space between Latin letters: one or more spaces or hyphens
        int separatorOptional = -1; // a space next to Hangul: any run of spaces, or none
        int hyphenOptional = -1;    // a hyphen: one space or hyphen, or none
        int alias = -1;             // the alias that ends here
    };
    struct Alias
    {
        int skill = -1;
        QString letters; // without spaces and hyphens, for the case-sensitive check
        bool caseSensitive = false;
        bool wordEnd = false; // ends with a Latin letter or digit: must not be followed by one
        bool plural = false;  // may take an "s"
    };

    int child(int node, char16_t key) const;
    // The end of the longest alias starting at start, or -1; *alias receives its index.
    qsizetype longestAt(QStringView text, const QString &folded, qsizetype start, int *alias) const;

    QList<Skill> m_skills;
    QHash<QString, int> m_bySpelling; // case-folded spelling -> skill
    // The trie, built as nested vectors and then flattened: edges of a node are contiguous and sorted.
    std::vector<Node> m_nodes;
    std::vector<Edge> m_edges;
    std::vector<Alias> m_aliases;
    std::vector<int> m_root; // the root's children by folded UTF-16 unit (0: no alias starts so)
};

} // namespace jobprep

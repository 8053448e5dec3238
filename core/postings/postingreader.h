// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "postinglines.h"
#include "postingparser.h"

#include <QSet>
#include <optional>
#include <vector>

namespace jobprep {

// One pass of PostingParser over a text: the state that carries from line to line (the heading in
// force, the item the next lines may nest under) and the rules that decide each line. Private to
// the parser; see PostingParser for the rules in words.
class PostingReader
{
public:
    PostingReader(const SkillDictionary &skills, const PostingVocabulary &vocabulary, ParseResult &out);
    void read(const QString &text);
    // Per item of the result: its first skill as the text spells it ("파이썬"), empty when it names none.
    const QStringList &firstSkillSpellings() const { return m_firstSkillSpellings; }

private:
    enum class Verdict
    {
        Item,
        Heading,
        SubHeading,
        GroupLabel
    };

    void readLine(std::size_t i);
    bool readFlattened(const PostingLineShape &s);
    bool readTableRow(std::size_t i); // postingtable.cpp
    // The section a short label names ("근무지" before a colon, a table's header cell), if its words
    // are clearly a heading's and it is no skill.
    std::optional<Section> labelSection(const QString &text) const;
    bool readInline(const PostingLineShape &s);
    Verdict judge(std::size_t i, PostingVocabulary::Heading *vocabulary) const;
    void startHeading(Section section, const QString &text, int line);
    // An item under base: split into sentences if it is prose, then placed and added.
    void addItem(const QString &text, Section base, int line);
    void place(const QString &text, Section base, int line);
    void append(Section section, const QString &text, int line, EligibilityKind kind,
                const QList<SkillMatch> &matches);

    const PostingLineShape *nextNonEmpty(std::size_t i) const;
    const PostingLineShape *previousNonEmpty(std::size_t i) const;
    bool followedByItems(std::size_t i) const;

    const SkillDictionary &m_skills;
    const PostingVocabulary &m_vocabulary;
    ParseResult &m_out;
    std::vector<PostingLineShape> m_shapes;
    std::vector<int> m_next, m_previous; // the nearest line that is not blank, or -1
    QSet<int> m_seenSkills;              // skills already in ParseResult::skills
    QStringList m_firstSkillSpellings;
    Kind m_taskKind = Kind::Study; // of the item being placed

    Section m_section = Section::Other;
    QString m_heading;
    int m_headingLine = 0;
    bool m_anyHeading = false;
    bool m_itemsSinceHeading = false; // an item came after the heading in force
    Section m_lastItemSection = Section::Other;
    // The top-level item deeper lines nest under, and a group label's indentation.
    bool m_hasParent = false;
    int m_parentIndent = 0;
    Section m_parentSection = Section::Other;
    int m_groupIndent = -1;
    QString m_lastListKey; // the mark of the last item line, so that a numbered list is told from headings
    // A table's header row, while its rows follow: each column's section (none: not a known heading)
    // and heading text.
    struct TableColumn
    {
        std::optional<Section> section;
        QString heading;
    };
    QStringList m_raw; // the lines as pasted: a table's cells are told apart by their tabs
    QList<TableColumn> m_tableColumns;
};

} // namespace jobprep

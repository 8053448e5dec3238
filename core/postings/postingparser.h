// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/enums.h"
#include "postingvocabulary.h"
#include "skilldictionary.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace jobprep {

struct ParsedLine
{
    Section section = Section::Other;
    QString text;             // bullet and numbering removed
    QString heading;          // the heading that placed it, decoration removed; empty before any heading
    int headingLine = 0;      // 1-based line of that heading in the text; 0 before any heading
    int sourceLine = 0;       // 1-based line of the text the item comes from (a packed line yields several)
    QStringList skills;       // canonical skill names, in order of appearance
    QList<QStringList> oneOf; // skills any one of which satisfies the line ("TensorFlow 또는 PyTorch")
    // The condition the line states, for eligibility items; a requirement or preferred line that names
    // a skill and years ("Python 3년 이상") carries Experience and, under requirements, is followed by
    // its eligibility twin: an item of the same text and source line in section Eligibility.
    EligibilityKind eligibility = EligibilityKind::None;
    QString taskTitle; // the task proposed for a requirement or preferred line; empty otherwise
    Kind taskKind = Kind::Study;

    bool isEligibility() const { return section == Section::Eligibility; }
};

struct ParseResult
{
    QString error; // empty on success; names what is wrong and where
    QList<ParsedLine> lines;
    QStringList skills; // every skill of the posting, in order of first appearance
    QString language;   // "ko" or "en": the language task titles are written in
    bool ok() const { return error.isEmpty(); }
    // Skills mentioned by lines of one section, in order of first appearance.
    QStringList skillsIn(Section section) const;
    int count(Section section) const;
};

// Splits the plain text of a job posting (Korean or English, as copied from a job board, a career
// page or a recruiting repository) into items, each placed in duty / requirement / preferred /
// eligibility / other, with its skills and, for requirements and preferred lines, the task a person
// would write for it. Pure: no database, no I/O; linear in the text.
//
// Headings are found by shape and vocabulary, not from a list:
// - A line's shape makes it a heading candidate: Markdown "#", a whole line in ** **, [ ], 【 】 or
//   < >, a leading mark (■ ◆ ◎ or an emoji), numbering, a trailing colon, a bullet whose words are
//   heading words, or a short line without final punctuation that opens a block or a list.
// - Its words, scored against the families of resources/postings/vocabulary.json, give its section.
//   A candidate whose words name nothing known starts an "other" section — unless it directly
//   follows a heading, where it is a sub-heading ("주요업무" then "[이런 일을 함께 해요]") and keeps it.
//   Lines after a heading never inherit the section before it.
// - "자격요건: Python, SQL" is a heading with its items on one line; "자격요건• A• B" a section a board
//   packed onto one line: both are split into items.
// Items:
// - Wording overrides the heading: under requirements "…우대", "있으면 좋아요", "is a plus", "nice to
//   have", "preferred" make a line preferred; under preferred "(필수)" makes it a requirement; a legal
//   notice or a pay range is other wherever it stands.
// - Years of experience, degrees, military service, travel and work permits are eligibility; a
//   requirement that names a skill with years keeps the skill (the requirement) and gets its twin.
// - Prose paragraphs under duties, requirements or preferred are split into sentences.
// - Items nested under an item (deeper indentation) keep its section; a short bullet that only
//   labels the items under it ("- Technical") is no item.
// - Bullets and numbering are removed from item text; lines of nothing but decoration are dropped;
//   NUL and other control characters become spaces; a line longer than kMaxLineChars is cut at white
//   space into several items.
class PostingParser
{
public:
    static constexpr qsizetype kMaxBytes = 1024 * 1024; // in UTF-8
    static constexpr qsizetype kMaxLineChars = 2000;

    explicit PostingParser(const SkillDictionary &skills = SkillDictionary::builtIn(),
                           const PostingVocabulary &vocabulary = PostingVocabulary::builtIn())
        : m_skills(skills), m_vocabulary(vocabulary)
    {
    }

    ParseResult parse(const QString &text) const;
    // Checks that bytes are UTF-8 (a byte order mark is skipped) and at most kMaxBytes first.
    ParseResult parseUtf8(const QByteArray &bytes) const;

    // The offset of the first byte that is not part of a valid UTF-8 sequence, or -1.
    static qsizetype invalidUtf8Offset(const QByteArray &bytes);
    static QString stripBullet(const QString &line);
    static qsizetype utf8Size(const QString &text);

private:
    const SkillDictionary &m_skills;
    const PostingVocabulary &m_vocabulary;
};

} // namespace jobprep

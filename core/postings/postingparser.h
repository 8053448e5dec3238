// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/enums.h"
#include "skilldictionary.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace jobprep {

struct ParsedLine
{
    Section section = Section::Other;
    QString text;        // bullet and numbering removed
    QString heading;     // the heading it appeared under, decoration removed; empty before any
    QStringList skills;  // canonical skill names, in order of appearance
    int sourceLine = 0;
};

struct ParseResult
{
    QString error; // empty on success; names what is wrong and where
    QList<ParsedLine> lines;
    QStringList skills; // every skill of the posting, in order of first appearance
    bool ok() const { return error.isEmpty(); }
    // Skills mentioned by lines of one section, in order of first appearance.
    QStringList skillsIn(Section section) const;
    int count(Section section) const;
};

// Splits the plain text of a job posting (Korean or English, as copied from a job board or a
// career page) into its lines, each placed in duty / requirement / preferred / other, and finds
// the skills each line mentions. Pure: no database, no I/O.
//
// - A heading (see PostingHeadings) starts a section; text before any heading is other.
// - "자격요건: Python, SQL" is a heading and its items on one line; the items are split at commas
//   outside parentheses. When such a line is itself a bullet item, it does not change the section
//   of the lines after it.
// - A line decorated like a heading ("[근무 환경]", "■ 팀 문화", "## Culture") that is not a known
//   heading starts an other section, so that unknown sections never land in the requirements.
// - Bullets (•, -, *, ·, ㆍ, ○, ●, ▶, ►, ✔, ✓, ※, emoji…) and numbering ("1.", "1)", "(1)", "①",
//   "가.") are removed from item text; lines of nothing but decoration ("-----") are dropped.
// - NUL and other control characters become spaces; a line longer than kMaxLineChars is cut at
//   white space into several lines.
class PostingParser
{
public:
    static constexpr qsizetype kMaxBytes = 1024 * 1024; // in UTF-8
    static constexpr qsizetype kMaxLineChars = 2000;

    explicit PostingParser(const SkillDictionary &skills = SkillDictionary::builtIn()) : m_skills(skills) {}

    ParseResult parse(const QString &text) const;
    // Checks that bytes are UTF-8 (a byte order mark is skipped) and at most kMaxBytes first.
    ParseResult parseUtf8(const QByteArray &bytes) const;

    // The offset of the first byte that is not part of a valid UTF-8 sequence, or -1.
    static qsizetype invalidUtf8Offset(const QByteArray &bytes);
    static QString stripBullet(const QString &line);
    static qsizetype utf8Size(const QString &text);

private:
    const SkillDictionary &m_skills;
};

} // namespace jobprep

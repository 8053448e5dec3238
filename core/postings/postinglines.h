// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QStringList>

namespace jobprep {

// One line of a pasted posting and what its shape says, before any vocabulary is consulted.
struct PostingLineShape
{
    enum class Mark
    {
        None,    // plain text
        Bullet,  // "- ", "• ", "· ", "* ", "ㆍ", "○ "…
        Number,  // "1.", "1)", "(1)", "①", "가.", "a)", "Ⅱ."
        Heading, // a mark that usually starts a heading: ■ ◆ ◇ ◎ ★ ▶ 【, an emoji
    };

    int number = 0;      // 1-based line of the text
    int indent = 0;      // leading white space, a tab counting 4
    QString clean;       // control characters and odd spaces made plain, runs collapsed, trimmed
    QString item;        // clean without its bullet or numbering
    QString headingText; // clean without any decoration (brackets, marks, numbering, **, #, colon)
    Mark mark = Mark::None;
    QString markKey; // the mark itself, or the numbering style ("1.", "1)", "가.", "①"): siblings share it
    bool markdown = false; // "## …"
    bool wrapped = false;  // the whole text in ** **, [ ], 【 】, < >, 《 》, 〔 〕, 「 」
    bool endsWithColon = false;
    bool endsSentence = false; // ends with . 。 or !

    bool isEmpty() const { return clean.isEmpty(); }
    // Empty, or nothing but decoration ("-----", "🙂🙂", "["): no item, no heading.
    bool isBlank() const { return headingText.isEmpty(); }
    // Decorated like a heading whatever it says: Markdown, a wrapped line, or a short line ending in
    // a colon that is not a bullet item.
    bool strongHeadingShape() const;
};

// The line-level text helpers of the posting parser. Pure functions of their arguments.
namespace PostingLines {

// Splits at \n, \r\n, \r, U+2028, U+2029 and U+0085, in one pass.
QStringList split(const QString &text);
PostingLineShape shape(const QString &raw, int number);
QString clean(const QString &raw, int *indent = nullptr);
// The line without leading bullets and numbering ("• 1. Python" -> "Python"; "+3년" stays).
QString stripBullet(const QString &line);
// The text of a heading: brackets, marks, emoji, numbering, Markdown, ** and a trailing colon removed.
QString stripDecoration(const QString &line);
// Whether a line holds nothing but decoration ("-----", "🙂🙂", "[").
bool isDecoration(const QString &text);

} // namespace PostingLines

} // namespace jobprep

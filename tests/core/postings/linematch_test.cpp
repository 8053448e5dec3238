// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// A re-parse matched against the stored lines (pure): which lines keep their ids, ticks and the
// user's sections, which are new, which go.
#include "core/postings/linematch.h"

#include <gtest/gtest.h>

using namespace jobprep;

namespace {

QString u(const char *s)
{
    return QString::fromUtf8(s);
}

PostingLine stored(Id id, Section s, const char *text)
{
    return PostingLine(id, s, u(text));
}

} // namespace

TEST(LineMatch, ParsedLinesCarryTheirHeadings)
{
    const ParseResult r = PostingParser().parse(u("[자격요건]\n- Python\n\n[우대사항]\n- Kafka\n"));
    const QList<PostingLine> lines = LineMatch::toPostingLines(r);
    ASSERT_EQ(lines.size(), 2);
    EXPECT_EQ(lines[0].heading, u("자격요건"));
    EXPECT_EQ(lines[1].heading, u("우대사항"));
    EXPECT_EQ(lines[1].section, Section::Preferred);
    EXPECT_EQ(lines[0].id, 0);
}

TEST(LineMatch, UnchangedTextKeepsItsIdTickAndUsersSectionNewTextIsAddedGoneTextRemoved)
{
    PostingLine ticked = stored(4, Section::Eligibility, "학사 이상");
    ticked.met = true;
    PostingLine chosen = stored(5, Section::Requirement, "영어 회의 가능");
    chosen.sectionByUser = true;
    const QList<PostingLine> before{stored(1, Section::Requirement, "Python 3년 이상"),
                                    stored(2, Section::Requirement, "경력 5년 이상"),
                                    stored(3, Section::Requirement, "다듬은 문장"), ticked, chosen};
    const QList<PostingLine> parsed{
        PostingLine(0, Section::Requirement, u("Python  3년 이상"), u("자격요건")),
        PostingLine(0, Section::Eligibility, u("Python 3년 이상"), u("자격요건")),
        PostingLine(0, Section::Eligibility, u("경력 5년 이상"), u("자격요건")),
        PostingLine(0, Section::Eligibility, u("학사 이상"), u("자격요건")),
        PostingLine(0, Section::Other, u("영어 회의 가능"), u("기타"))};
    const LineMatch::Reparse r = LineMatch::reparse(before, parsed);
    ASSERT_EQ(r.lines.size(), 5);
    // White space aside the text is the same: the requirement keeps id 1; its eligibility twin is new.
    EXPECT_EQ(r.lines[0].id, 1);
    EXPECT_EQ(r.lines[0].heading, u("자격요건"));
    EXPECT_EQ(r.lines[1].id, 0);
    // The old parser's requirement is eligibility now: the same line (its tasks keep their link).
    EXPECT_EQ(r.lines[2].id, 2);
    EXPECT_EQ(r.lines[2].section, Section::Eligibility);
    EXPECT_TRUE(r.lines[3].met);
    EXPECT_EQ(r.lines[3].id, 4);
    // The user's section stays, and stays theirs.
    EXPECT_EQ(r.lines[4].id, 5);
    EXPECT_EQ(r.lines[4].section, Section::Requirement);
    EXPECT_TRUE(r.lines[4].sectionByUser);
    EXPECT_EQ(r.removed, QList<Id>{3});
    EXPECT_EQ(r.kept, 4);
    EXPECT_EQ(r.added, 1);
    EXPECT_EQ(r.sectionsChanged, 1);
}

TEST(LineMatch, RepeatedTextIsMatchedInOrderAndBySectionFirst)
{
    // A skill line and its eligibility twin stored in the opposite order from the new parse: each
    // keeps its own id, the one of its section.
    const QList<PostingLine> before{
        stored(7, Section::Eligibility, "Spark 3년 이상"), stored(8, Section::Requirement, "Spark 3년 이상"),
        stored(9, Section::Duty, "같은 문장"), stored(10, Section::Duty, "같은 문장")};
    const QList<PostingLine> parsed{PostingLine(0, Section::Requirement, u("Spark 3년 이상")),
                                    PostingLine(0, Section::Eligibility, u("Spark 3년 이상")),
                                    PostingLine(0, Section::Duty, u("같은 문장"))};
    const LineMatch::Reparse r = LineMatch::reparse(before, parsed);
    EXPECT_EQ(r.lines[0].id, 8);
    EXPECT_EQ(r.lines[1].id, 7);
    EXPECT_EQ(r.lines[2].id, 9);
    EXPECT_EQ(r.removed, QList<Id>{10});
    EXPECT_EQ(r.sectionsChanged, 0);
}

TEST(LineMatch, ParsingTheStoredTextOfAParsedPostingAgainChangesNothing)
{
    const QString text = u("주요업무\n- 파이프라인 운영\n자격요건\n- Python 또는 Scala 3년 이상\n- 학사 "
                           "이상\n우대사항\n- Kafka 경험\n");
    QList<PostingLine> lines = LineMatch::toPostingLines(PostingParser().parse(text));
    for (int i = 0; i < lines.size(); ++i)
        lines[i].id = 100 + i;
    const LineMatch::Reparse r =
        LineMatch::reparse(lines, LineMatch::toPostingLines(PostingParser().parse(text)));
    EXPECT_EQ(r.kept, lines.size());
    EXPECT_EQ(r.added + r.sectionsChanged + r.removed.size(), 0);
    for (int i = 0; i < lines.size(); ++i)
        EXPECT_EQ(r.lines[i].id, 100 + i);
}

// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// The parser's rules one by one, on small postings written for each: headings by shape and words,
// unknown headings, sub-headings, packed and prose lines, nesting, wording that overrides a heading,
// eligibility and one-of groups, and where each item says it came from.
#include "core/postings/postingparser.h"

#include <gtest/gtest.h>

using namespace jobprep;

namespace {

QString u(const char *s)
{
    return QString::fromUtf8(s);
}
ParseResult parse(const char *text)
{
    return PostingParser().parse(u(text));
}

// "R:Python" for each item, in order.
QStringList items(const ParseResult &r)
{
    static const QHash<Section, QString> letter{{Section::Duty, QStringLiteral("D")},
                                                {Section::Requirement, QStringLiteral("R")},
                                                {Section::Preferred, QStringLiteral("P")},
                                                {Section::Eligibility, QStringLiteral("E")},
                                                {Section::Other, QStringLiteral("O")}};
    QStringList out;
    for (const ParsedLine &l : r.lines)
        out << letter.value(l.section) + QLatin1Char(':') + l.text;
    return out;
}

} // namespace

TEST(PostingStructure, HeadingsWrittenAsPeopleWriteThemAreFoundByShapeAndWords)
{
    // Markdown, bold, a bullet that is a heading, numbering, brackets, and wordings of no fixed list.
    const ParseResult r = parse("### 담당할 업무\n"
                                "- 로그 파이프라인 운영\n"
                                "## **What you bring**\n"
                                "- SQL 능숙\n"
                                "- 주요 업무 :\n"
                                "  · 배치 작업 개선\n"
                                "1) 필수 경험과 역량\n"
                                "- Kafka 운영 경험\n"
                                "[이런 경험이 있다면 더 반가워요]\n"
                                "- Flink 경험\n"
                                "Preferences:\n"
                                "- dbt\n"
                                "Your Impact\n"
                                "- Own the warehouse\n");
    EXPECT_EQ(items(r),
              (QStringList{u("D:로그 파이프라인 운영"), u("R:SQL 능숙"), u("D:배치 작업 개선"),
                           u("R:Kafka 운영 경험"), u("P:Flink 경험"), u("P:dbt"), u("D:Own the warehouse")}));
}

TEST(PostingStructure, AnUnknownHeadingStartsAnOtherSectionAndNothingInheritsTheOneBefore)
{
    // After the preferred lines come sections the vocabulary has never seen: none of their lines may
    // become a preferred line (and so a task).
    const ParseResult r = parse("우대사항\n"
                                "- Spark 경험\n"
                                "\n"
                                "[합류 전에 읽어 주세요]\n"
                                "- 수습 기간은 3개월입니다\n"
                                "\n"
                                "📮 지원은 이렇게\n"
                                "- 이력서 PDF를 보내 주세요\n"
                                "\n"
                                "Our Playbook\n"
                                "Weekly demos and written decisions\n");
    EXPECT_EQ(items(r),
              (QStringList{u("P:Spark 경험"), u("O:수습 기간은 3개월입니다"), u("O:이력서 PDF를 보내 주세요"),
                           u("O:Weekly demos and written decisions")}));
    EXPECT_EQ(r.lines[1].heading, u("합류 전에 읽어 주세요"));
    EXPECT_EQ(r.lines[3].heading, u("Our Playbook"));
}

TEST(PostingStructure, AConversationalSubHeadingUnderAHeadingKeepsItsSection)
{
    const ParseResult r = parse(
        "자격요건\n[우리가 바라는 모습]\n- Python 능숙\n\n주요업무\n<데이터로 일하는 팀>\n- 지표 설계\n");
    EXPECT_EQ(items(r), (QStringList{u("R:Python 능숙"), u("D:지표 설계")}));
    // The heading that placed the line is the one that decided its section, with its line number.
    EXPECT_EQ(r.lines[0].heading, u("자격요건"));
    EXPECT_EQ(r.lines[0].headingLine, 1);
    EXPECT_EQ(r.lines[0].sourceLine, 3);
    EXPECT_EQ(r.lines[1].headingLine, 5);
}

TEST(PostingStructure, PackedSectionsAndInlineHeadingsAreSplitIntoItems)
{
    const ParseResult r = parse("자격요건• Python 기반 데이터 처리• 데이터 파이프라인 구축 경험• SQL 능숙\n"
                                "우대사항: Airflow, Kubernetes 운영\n"
                                "Benefits• Remote work• Learning budget\n");
    EXPECT_EQ(items(r), (QStringList{u("R:Python 기반 데이터 처리"), u("R:데이터 파이프라인 구축 경험"),
                                     u("R:SQL 능숙"), u("P:Airflow"), u("P:Kubernetes 운영"),
                                     u("O:Remote work"), u("O:Learning budget")}));
    for (const ParsedLine &l : r.lines.mid(0, 3)) {
        EXPECT_EQ(l.sourceLine, 1);
        EXPECT_EQ(l.heading, u("자격요건"));
    }
}

TEST(PostingStructure, ProseUnderDutiesIsSplitIntoSentencesButNotElsewhere)
{
    const ParseResult r =
        parse("What you'll do\n"
              "You will own our ingestion layer end to end, e.g. the CDC jobs. You will also "
              "mentor two engineers. Finally, you will set the roadmap with the product lead.\n"
              "About us\n"
              "We are a team of twelve. We ship weekly. Nobody works weekends here.\n");
    EXPECT_EQ(r.count(Section::Duty), 3);
    EXPECT_TRUE(r.lines[0].text.endsWith(u("e.g. the CDC jobs."))); // not cut after "e.g."
    EXPECT_EQ(r.count(Section::Other), 1);
}

TEST(PostingStructure, NestedItemsKeepTheirParentsSectionAndLabelsAreNoItems)
{
    const ParseResult r = parse("Requirements\n"
                                "- Technical\n"
                                "  - Strong Python\n"
                                "  - Kafka in production\n"
                                "- Any of the following is a plus:\n"
                                "  - Flink\n"
                                "  - Beam\n"
                                "- Clear writing\n");
    // "Technical" only labels what is under it; the items under the preferred parent are preferred.
    EXPECT_EQ(items(r), (QStringList{u("R:Strong Python"), u("R:Kafka in production"),
                                     u("P:Any of the following is a plus:"), u("P:Flink"), u("P:Beam"),
                                     u("R:Clear writing")}));
}

TEST(PostingStructure, WordingInsideALineOverridesItsHeading)
{
    const ParseResult r = parse("자격요건\n"
                                "- Python 능숙\n"
                                "- Kafka 경험이 있으면 좋아요\n"
                                "- Spark 경험 우대\n"
                                "- Experience with Go is a plus\n"
                                "- Terraform (nice to have)\n"
                                "우대사항\n"
                                "- SQL (필수)\n"
                                "- 필수는 아니지만 dbt 경험이 있으면 좋아요\n"
                                "Responsibilities\n"
                                "- Build pipelines\n"
                                "- We are an equal opportunity employer\n");
    EXPECT_EQ(items(r),
              (QStringList{u("R:Python 능숙"), u("P:Kafka 경험이 있으면 좋아요"), u("P:Spark 경험 우대"),
                           u("P:Experience with Go is a plus"), u("P:Terraform (nice to have)"),
                           u("R:SQL (필수)"), u("P:필수는 아니지만 dbt 경험이 있으면 좋아요"),
                           u("D:Build pipelines"), u("O:We are an equal opportunity employer")}));
}

TEST(PostingStructure, EligibilityIsASectionAndNeverATask)
{
    const ParseResult r = parse("지원자격\n"
                                "- 백엔드 개발 경력이 5년 이상이신 분\n"
                                "- 학사 이상 (컴퓨터공학 전공)\n"
                                "- 남성의 경우 병역필 또는 면제자\n"
                                "- 해외 출장에 결격사유가 없는 분\n"
                                "- SQL 활용 능력\n"
                                "Requirements\n"
                                "- 4+ years of professional experience\n"
                                "- BS/MS in Computer Science or a related field\n"
                                "- Must be authorized to work in the US without visa sponsorship\n"
                                "- Willingness to travel up to 20%\n");
    EXPECT_EQ(r.count(Section::Requirement), 1);
    EXPECT_EQ(r.count(Section::Eligibility), 8);
    const QList<EligibilityKind> kinds{EligibilityKind::Experience, EligibilityKind::Degree,
                                       EligibilityKind::Military,   EligibilityKind::Travel,
                                       EligibilityKind::Experience, EligibilityKind::Degree,
                                       EligibilityKind::WorkPermit, EligibilityKind::Travel};
    QList<EligibilityKind> got;
    for (const ParsedLine &l : r.lines)
        if (l.isEligibility()) {
            got << l.eligibility;
            EXPECT_TRUE(l.taskTitle.isEmpty()) << l.text.toStdString();
        }
    EXPECT_EQ(got, kinds);
    // Calendar years and deadlines are not experience.
    EXPECT_EQ(parse("자격요건\n- 2026년 하반기 입사 가능자\n").lines.value(0).section, Section::Requirement);
}

TEST(PostingStructure, ASkillWithYearsIsARequirementWithItsEligibilityTwin)
{
    const ParseResult r =
        parse("자격요건\n- Python 3년 이상\n- 3+ years of experience with Kafka\n- 5년 이상의 경력\n"
              "우대사항\n- Spark 2년 이상 경험\n- 석사 이상 우대\n"
              "Requirements\n- 3+ years as an ML engineer\n");
    EXPECT_EQ(
        items(r),
        (QStringList{u("R:Python 3년 이상"), u("E:Python 3년 이상"), u("R:3+ years of experience with Kafka"),
                     u("E:3+ years of experience with Kafka"), u("E:5년 이상의 경력"),
                     u("P:Spark 2년 이상 경험"), u("E:석사 이상 우대"), u("E:3+ years as an ML engineer")}));
    // The twin comes from the same line; the task names the skill, not the years.
    EXPECT_EQ(r.lines[1].sourceLine, r.lines[0].sourceLine);
    EXPECT_EQ(r.lines[0].eligibility, EligibilityKind::Experience);
    EXPECT_FALSE(r.lines[0].taskTitle.contains(u("3년"))) << r.lines[0].taskTitle.toStdString();
    EXPECT_TRUE(r.lines[0].taskTitle.contains(u("Python"))) << r.lines[0].taskTitle.toStdString();
    EXPECT_FALSE(r.lines[2].taskTitle.contains(u("years"))) << r.lines[2].taskTitle.toStdString();
}

TEST(PostingStructure, EitherOfTwoSkillsIsOneRequirementSatisfiedByEither)
{
    const ParseResult r = parse("자격요건\n"
                                "- TensorFlow 또는 PyTorch 사용 경험\n"
                                "- Kafka나 Kinesis 운영 경험\n"
                                "- Java, Scala, Python 중 하나 이상에 능숙한 분\n"
                                "- Python, SQL 능숙\n"
                                "Requirements\n"
                                "- Strong Python plus one of Java, Scala, or Kotlin\n"
                                "- Fluency in SQL and either Python or R\n");
    ASSERT_EQ(r.lines.size(), 6);
    EXPECT_EQ(r.lines[0].oneOf, (QList<QStringList>{{u("TensorFlow"), u("PyTorch")}}));
    EXPECT_EQ(r.lines[1].oneOf, (QList<QStringList>{{u("Kafka"), u("Amazon Kinesis")}}));
    EXPECT_EQ(r.lines[2].oneOf, (QList<QStringList>{{u("Java"), u("Scala"), u("Python")}}));
    EXPECT_TRUE(r.lines[3].oneOf.isEmpty()); // both are asked for
    EXPECT_EQ(r.lines[4].oneOf, (QList<QStringList>{{u("Java"), u("Scala"), u("Kotlin")}}));
    EXPECT_EQ(r.lines[5].oneOf, (QList<QStringList>{{u("Python"), u("R")}}));
}

TEST(PostingStructure, TitlesFollowThePostingsLanguage)
{
    const ParseResult ko =
        parse("자격요건\n- AWS 환경에서 데이터 인프라를 구축하거나 운영해 본 경험이 있으신 분\n"
              "- Spark 튜닝에 대한 이해\n");
    EXPECT_EQ(ko.language, u("ko"));
    EXPECT_EQ(ko.lines[0].taskTitle, u("포트폴리오 프로젝트: AWS 환경에서 데이터 인프라 구축·운영"));
    EXPECT_EQ(ko.lines[0].taskKind, Kind::Project);
    EXPECT_EQ(ko.lines[1].taskTitle, u("학습: Spark 튜닝 — 학습 노트 정리"));
    const ParseResult en = parse("Requirements\n- Experience building real-time pipelines with Kafka\n"
                                 "- Strong knowledge of causal inference\n");
    EXPECT_EQ(en.language, u("en"));
    EXPECT_EQ(en.lines[0].taskTitle, u("Portfolio project: building real-time pipelines with Kafka"));
    EXPECT_EQ(en.lines[1].taskTitle, u("Study: causal inference (notes)"));
    // Duty and other lines get no task.
    EXPECT_TRUE(parse("주요업무\n- Spark 배치 운영\n").lines.value(0).taskTitle.isEmpty());
}

TEST(PostingStructure, AMarkSharedByALinesNeighboursIsAnItemMarkElsewhereAHeading)
{
    // "▸" marks every item of the list, whatever an item says ("지원 가능 … 필수" reads like a heading);
    // an emoji line before a paragraph, with words the vocabulary does not know, is a heading.
    const ParseResult r = parse("🔍 이런 분을 찾고 있어요\n"
                                "▸ Python으로 데이터를 다루는 분\n"
                                "▸ 신입 지원 가능 (관련 경험 필수)\n"
                                "\n"
                                "🏢 우리 회사는요\n"
                                "동네 농산물을 하루 안에 배송합니다.\n");
    EXPECT_EQ(items(r), (QStringList{u("R:Python으로 데이터를 다루는 분"), u("E:신입 지원 가능 (관련 경험 필수)"),
                                     u("O:동네 농산물을 하루 안에 배송합니다.")}));
    EXPECT_EQ(r.lines.last().heading, u("우리 회사는요"));
}

TEST(PostingStructure, ATableCopiedWithTabsIsReadCellByCellUnderItsColumnsHeadings)
{
    // The header row names the sections; each row's cells are items of their column, split at commas
    // as "자격요건 : a, b" is. A column that is no known heading (모집부문) is other.
    const ParseResult r = parse("모집부문\t담당업무\t자격요건\t우대사항\n"
                                "ML 엔지니어\t추천 모델 서빙\tPyTorch 활용 능력, 학사 이상\tKubernetes 운영 경험\n"
                                "데이터 엔지니어\t배치 파이프라인 운영\tSQL 능숙\t\n"
                                "\n"
                                "문의\n"
                                "- 메일로 보내 주세요\n");
    EXPECT_EQ(items(r), (QStringList{u("O:ML 엔지니어"), u("D:추천 모델 서빙"), u("R:PyTorch 활용 능력"),
                                     u("E:학사 이상"), u("P:Kubernetes 운영 경험"), u("O:데이터 엔지니어"),
                                     u("D:배치 파이프라인 운영"), u("R:SQL 능숙"), u("O:메일로 보내 주세요")}));
    EXPECT_EQ(r.lines[2].heading, u("자격요건"));
    EXPECT_EQ(r.lines[2].sourceLine, 2);
    // Tabs without such a header row are white space, as before.
    const ParseResult plain = parse("자격요건\n- Python\t3년 이상\n");
    EXPECT_EQ(items(plain).first(), u("R:Python 3년 이상"));
}

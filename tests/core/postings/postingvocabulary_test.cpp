// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "core/postings/eligibility.h"
#include "core/postings/postingvocabulary.h"

#include <gtest/gtest.h>
#include <QFile>

using namespace jobprep;

namespace {

QString u(const char *s)
{
    return QString::fromUtf8(s);
}
PostingVocabulary::Heading heading(const char *text)
{
    return PostingVocabulary::builtIn().heading(u(text));
}

} // namespace

TEST(PostingVocabulary, NewWordingsShareAStemWithKnownOnes)
{
    // None of these is in the data as a whole: each is scored from its stems.
    const QList<QPair<const char *, Section>> cases{{"필수 경험과 역량", Section::Requirement},
                                                    {"함께하고 싶은 동료", Section::Requirement},
                                                    {"이런 분이면 더 좋아요", Section::Preferred},
                                                    {"이런 경험도 환영해요", Section::Preferred},
                                                    {"플러스 포인트", Section::Preferred},
                                                    {"합류하면 맡게 될 업무", Section::Duty},
                                                    {"Your Impact", Section::Duty},
                                                    {"Preferences", Section::Preferred},
                                                    {"Nice To Haves", Section::Preferred},
                                                    {"What you'll bring", Section::Requirement},
                                                    {"Who you are", Section::Requirement},
                                                    {"Key Responsibilities", Section::Duty},
                                                    {"Additional Qualifications", Section::Preferred},
                                                    {"Basic Qualifications", Section::Requirement},
                                                    {"복지 및 혜택", Section::Other},
                                                    {"합류 여정", Section::Other},
                                                    {"이력서 작성 팁", Section::Other},
                                                    {"Hiring Process", Section::Other}};
    for (const auto &[text, section] : cases) {
        const PostingVocabulary::Heading h = heading(text);
        ASSERT_TRUE(h.section.has_value()) << text;
        EXPECT_EQ(*h.section, section) << text;
        EXPECT_GE(h.coverage, 0.6) << text;
    }
    // The other families are told apart, not just "other".
    EXPECT_EQ(heading("이력서는 이렇게 작성해 주세요").family, u("resume"));
    EXPECT_EQ(heading("채용 절차").family, u("process"));
    EXPECT_EQ(heading("근무지").family, u("location"));
    EXPECT_EQ(heading("What we offer").family, u("benefits"));
    // Words that are no heading vocabulary say nothing.
    EXPECT_FALSE(heading("Python and Spark").section.has_value());
    EXPECT_FALSE(heading("우리 팀의 데이터 스택 이야기").section.has_value() &&
                 heading("우리 팀의 데이터 스택 이야기").coverage >= 0.6);
}

TEST(PostingVocabulary, RequirementsAndPreferredUnderOneHeadingAreMixed)
{
    EXPECT_TRUE(heading("자격요건 및 우대사항").mixed);
    EXPECT_EQ(heading("자격요건 및 우대사항").section, Section::Requirement);
    EXPECT_TRUE(heading("Requirements & Nice to haves").mixed);
    // A preferred word that qualifies the requirement noun is preferred, not mixed.
    EXPECT_FALSE(heading("Preferred Qualifications").mixed);
    EXPECT_EQ(heading("Preferred Qualifications").section, Section::Preferred);
    EXPECT_EQ(heading("이런 경험이 있다면 더 좋아요").section, Section::Preferred);
}

TEST(PostingVocabulary, ItemWordsNameMarkersAndEligibility)
{
    const PostingVocabulary &v = PostingVocabulary::builtIn();
    EXPECT_TRUE(v.itemWords(FoldedText(u("Docker is a plus"))).preferred);
    EXPECT_TRUE(v.itemWords(FoldedText(u("SQL (필수)"))).requirement);
    EXPECT_TRUE(v.itemWords(FoldedText(u("장애인은 관계 법령에 따라 우대"))).other);
    EXPECT_EQ(v.itemWords(FoldedText(u("해외여행에 결격사유가 없는 자"))).eligibility,
              EligibilityKind::Travel);
    EXPECT_EQ(v.itemWords(FoldedText(u("BS/MS in Statistics"))).eligibility, EligibilityKind::Degree);
    // Short Latin words match whole words only: "MSA" is not a master's degree, "surplus" no plus.
    EXPECT_EQ(v.itemWords(FoldedText(u("이벤트 기반 아키텍처(MSA) 경험"))).eligibility,
              EligibilityKind::None);
    EXPECT_FALSE(v.itemWords(FoldedText(u("budget surplus analysis"))).preferred);
}

TEST(PostingVocabulary, YearsOfExperienceAreFoundByNumberAndUnit)
{
    for (const char *yes : {"3년 이상", "경력 5년", "3~5년차", "6개월 이상 인턴 경험", "4+ years", "2-3 yrs",
                            "five years of Python", "1.5년 이상", "10+ YOE"})
        EXPECT_TRUE(Eligibility::namesYears(u(yes))) << yes;
    for (const char *no :
         {"2026년 하반기", "3년 뒤 성장", "100년 기업", "Python 3", "99.9% uptime", "24/7 on-call"})
        EXPECT_FALSE(Eligibility::namesYears(u(no))) << no;
    EXPECT_EQ(Eligibility::withoutYears(u("Python 3년 이상")), u("Python"));
    EXPECT_EQ(Eligibility::withoutYears(u("5+ years of experience with Kafka")), u("Kafka"));
    EXPECT_EQ(Eligibility::withoutYears(u("Java 기반 개발 경력 4년 이상")), u("Java 기반 개발"));
}

TEST(PostingVocabulary, ShippedDataLoadsAndBrokenDataIsRefused)
{
    QFile f(QStringLiteral(JOBPREP_RESOURCES "/postings/vocabulary.json"));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    QString error;
    EXPECT_FALSE(PostingVocabulary::fromJson(f.readAll(), &error).isEmpty()) << error.toStdString();
    EXPECT_TRUE(PostingVocabulary::fromJson("[", &error).isEmpty());
    EXPECT_FALSE(error.isEmpty());
    // One wording in two families would make the section depend on the order of the file.
    error.clear();
    EXPECT_TRUE(
        PostingVocabulary::fromJson(R"({"families":[{"name":"duty","section":"duty","entries":{"업무":10}},
        {"name":"other","section":"other","entries":{"업 무":10}}]})",
                                    &error)
            .isEmpty());
    EXPECT_TRUE(error.contains(u("both"))) << error.toStdString();
    error.clear();
    EXPECT_TRUE(
        PostingVocabulary::fromJson(R"({"families":[{"name":"x","section":"nowhere","entries":{}}]})", &error)
            .isEmpty());
    EXPECT_TRUE(error.contains(u("nowhere"))) << error.toStdString();
}

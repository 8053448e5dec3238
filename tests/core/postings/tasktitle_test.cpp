// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "core/postings/tasktitle.h"

#include <gtest/gtest.h>
#include <QFile>

using namespace jobprep;

namespace {

QString u(const char *s)
{
    return QString::fromUtf8(s);
}
QString title(const char *line, const char *skill, const char *language)
{
    return TaskTitleWriter::builtIn().write(u(line), u(skill), u(language), SkillDictionary::builtIn()).title;
}

} // namespace

TEST(TaskTitleWriter, KoreanLinesBecomeWhatToDoNotWhoIsWanted)
{
    // "…경험이 있는 분 / 하신 분 / 에 능숙한 분 / 이해가 있는 분" go; the action is named by kind.
    EXPECT_EQ(title("AWS에 웹 서비스를 배포해 본 경험이 있는 분", "AWS", "ko"),
              u("포트폴리오 프로젝트: AWS에 웹 서비스 배포"));
    EXPECT_EQ(title("SQL에 능숙한 분", "SQL", "ko"), u("학습: SQL — 학습 노트 정리"));
    EXPECT_EQ(title("분산 시스템에 대한 이해가 있는 분", "distributed systems", "ko"),
              u("학습: 분산 시스템 — 학습 노트 정리"));
    EXPECT_EQ(title("Airflow DAG를 설계하고 운영하신 분", "Airflow", "ko"),
              u("학습: Airflow DAG 설계·운영 — 학습 노트 정리"));
    EXPECT_EQ(title("Kafka나 Redis를 써 본 경험이 있으면 좋아요.", "Kafka", "ko"),
              u("포트폴리오 프로젝트: Kafka나 Redis 사용"));
    EXPECT_EQ(title("Spark 경험", "Spark", "ko"), u("포트폴리오 프로젝트: Spark 활용"));
    EXPECT_EQ(title("자료구조와 알고리즘에 대한 이해", "data structures", "ko"),
              u("코딩 테스트 연습: 자료구조와 알고리즘"));
    EXPECT_EQ(title("정보처리기사 자격증 소지자 (우대)", "", "ko"), u("자격증 준비: 정보처리기사 자격증"));
    // Nouns that end like a verb ending keep their last syllable.
    EXPECT_EQ(title("결제 도메인에 대한 이해", "", "ko"), u("학습: 결제 도메인 — 학습 노트 정리"));
    EXPECT_EQ(title("고객을 위한 데이터 제품 경험", "", "ko"),
              u("포트폴리오 프로젝트: 고객을 위한 데이터 제품"));
}

TEST(TaskTitleWriter, EnglishLinesLoseTheirOpeningsAndEndings)
{
    EXPECT_EQ(title("Experience building real-time pipelines with Kafka", "Kafka", "en"),
              u("Portfolio project: building real-time pipelines with Kafka"));
    EXPECT_EQ(title("Proficiency in Python and SQL", "Python", "en"), u("Study: Python and SQL (notes)"));
    EXPECT_EQ(title("Strong knowledge of causal inference", "causal inference", "en"),
              u("Study: causal inference (notes)"));
    EXPECT_EQ(title("Spark experience is a plus", "Spark", "en"), u("Portfolio project: build with Spark"));
    // "Bonus points if you … have used dbt": what was used, not who used it.
    EXPECT_EQ(title("Have used dbt or Looker", "dbt", "en"), u("Study: dbt or Looker (notes)"));
    EXPECT_EQ(title("Have worked on a marketplace", "", "en"), u("Study: marketplace (notes)"));
    EXPECT_EQ(title("5+ years of experience building data pipelines in Python", "Python", "en"),
              u("Portfolio project: building data pipelines in Python"));
    EXPECT_EQ(title("Clear written communication; you document decisions", "", "en"),
              u("Study: Clear written communication (notes)"));
    EXPECT_EQ(title("Good knowledge of data structures and algorithms", "data structures", "en"),
              u("Coding test practice: data structures and algorithms"));
}

TEST(TaskTitleWriter, LanguageIsThePostingsNotTheInterfaces)
{
    EXPECT_EQ(
        TaskTitleWriter::languageOf({u("Python, SQL, Spark, Kafka, Airflow 경험이 있는 분"), u("우대사항")}),
        u("ko"));
    EXPECT_EQ(TaskTitleWriter::languageOf({u("Experience with Python"), u("Nice to have: 한국어")}), u("en"));
    EXPECT_EQ(TaskTitleWriter::languageOf({}), u("en"));
    // A language without templates falls back to English rather than failing.
    EXPECT_EQ(title("Experience with Go", "Go", "fr"), u("Portfolio project: build with Go"));
}

TEST(TaskTitleWriter, LongTitlesAreCutAtAWordAndKeepTheSkill)
{
    const QString line = QString(u("대규모 트래픽 환경에서 ")).repeated(12) + u("Kafka 운영 경험");
    const TaskTitle t =
        TaskTitleWriter::builtIn().write(line, u("Kafka"), u("ko"), SkillDictionary::builtIn());
    EXPECT_LE(t.title.size(), TaskTitleWriter::kMaxTitle);
    EXPECT_TRUE(t.title.startsWith(u("포트폴리오 프로젝트: Kafka: 대규모"))) << t.title.toStdString();
    EXPECT_TRUE(t.title.endsWith(u("…")));
    EXPECT_TRUE(SkillDictionary::builtIn().find(t.title).contains(u("Kafka")));
}

TEST(TaskTitleWriter, ShippedDataLoadsAndBrokenDataIsRefused)
{
    QFile f(QStringLiteral(JOBPREP_RESOURCES "/postings/tasktitles.json"));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    QString error;
    TaskTitleWriter::fromJson(f.readAll(), &error);
    EXPECT_TRUE(error.isEmpty()) << error.toStdString();
    TaskTitleWriter::fromJson("{", &error);
    EXPECT_TRUE(error.contains(u("task titles"))) << error.toStdString();
    error.clear();
    TaskTitleWriter::fromJson(R"({"kindWords":{"project":["x"]},"languages":{"en":{"templates":{"project":"P",
        "study":"S %1"},"skillOnly":{"project":"P %1","study":"S %1"}}}})",
                              &error);
    EXPECT_TRUE(error.contains(u("%1"))) << error.toStdString(); // a template that would drop the line
}

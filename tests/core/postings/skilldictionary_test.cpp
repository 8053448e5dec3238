// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "core/postings/skilldictionary.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace jobprep;

namespace {

QString u(const char *s) { return QString::fromUtf8(s); }
QStringList find(const char *text) { return SkillDictionary::builtIn().find(u(text)); }

} // namespace

TEST(SkillDictionary, ShippedDictionaryLoadsWithTheSkillsUsersNeed)
{
    const SkillDictionary &d = SkillDictionary::builtIn();
    EXPECT_GE(d.skills().size(), 55);
    for (const char *name : {"Python", "SQL", "PyTorch", "TensorFlow", "Spark", "Airflow", "Kafka", "Linux", "Docker",
                             "Kubernetes", "AWS", "GCP", "Azure", "Pandas", "scikit-learn", "Hadoop", "Tableau",
                             "statistics", "A/B testing", "LLM", "machine learning", "deep learning", "MySQL",
                             "PostgreSQL", "NoSQL", "Git", "Java", "Scala", "Go", "dbt", "BigQuery", "Snowflake",
                             "Redshift", "Elasticsearch", "MLOps", "NLP", "computer vision", "recommender systems",
                             "data modeling", "ETL", "data warehouse", "Flink", "Hive", "R", "Excel", "Power BI", "RAG",
                             "Transformers"})
        EXPECT_EQ(d.canonical(u(name)), u(name)) << name;
    for (const auto &[alias, name] : QList<QPair<const char *, const char *>>{
             {"파이썬", "Python"}, {"파이토치", "PyTorch"}, {"텐서플로", "TensorFlow"}, {"스파크", "Spark"},
             {"카프카", "Kafka"}, {"리눅스", "Linux"}, {"도커", "Docker"}, {"k8s", "Kubernetes"},
             {"쿠버네티스", "Kubernetes"}, {"sklearn", "scikit-learn"}, {"하둡", "Hadoop"}, {"태블로", "Tableau"},
             {"통계", "statistics"}, {"AB 테스트", "A/B testing"}, {"머신러닝", "machine learning"},
             {"딥러닝", "deep learning"}, {"자연어처리", "NLP"}, {"컴퓨터 비전", "computer vision"},
             {"추천 시스템", "recommender systems"}, {"데이터 모델링", "data modeling"},
             {"데이터 웨어하우스", "data warehouse"}, {"엑셀", "Excel"}})
        EXPECT_EQ(d.canonical(u(alias)), u(name)) << alias;
}

TEST(SkillDictionary, LatinAliasesMatchOnWordBoundariesOnly)
{
    EXPECT_EQ(find("MySQL 운영 경험"), QStringList{u("MySQL")});
    EXPECT_EQ(find("PostgreSQL or NoSQL"), (QStringList{u("PostgreSQL"), u("NoSQL")}));
    EXPECT_EQ(find("SQL, MySQL"), (QStringList{u("SQL"), u("MySQL")}));
    EXPECT_TRUE(find("scalable systems").isEmpty());       // not Scala
    EXPECT_TRUE(find("Excellent communication").isEmpty()); // not Excel
    EXPECT_TRUE(find("HTML and CSS").isEmpty());            // not ML
    EXPECT_TRUE(find("GitHub 없이").contains(u("Git")));    // GitHub is listed as an alias of Git
    EXPECT_EQ(find("Python3, pandas"), (QStringList{u("Python"), u("Pandas")}));
    EXPECT_EQ(find("LLMs and Transformers"), (QStringList{u("LLM"), u("Transformers")}));
    EXPECT_EQ(find("machine-learning, deep  learning"), (QStringList{u("machine learning"), u("deep learning")}));
}

TEST(SkillDictionary, CaseSensitiveShortNamesAreNotFoundInOrdinaryWords)
{
    EXPECT_EQ(find("Python and Go"), (QStringList{u("Python"), u("Go")}));
    EXPECT_TRUE(find("ready to go live").isEmpty());
    EXPECT_EQ(find("R 또는 Python"), (QStringList{u("R"), u("Python")}));
    EXPECT_TRUE(find("our product roadmap").isEmpty());
    EXPECT_TRUE(find("r").isEmpty());
}

TEST(SkillDictionary, HangulAliasesTakeParticlesButNeedAStartOfWord)
{
    // Korean attaches particles and suffixes without a space.
    EXPECT_EQ(find("파이썬을 능숙하게"), QStringList{u("Python")});
    EXPECT_EQ(find("딥러닝이나 머신러닝에"), (QStringList{u("deep learning"), u("machine learning")}));
    EXPECT_EQ(find("통계학 전공"), QStringList{u("statistics")});
    EXPECT_EQ(find("쿠버네티스와 도커로"), (QStringList{u("Kubernetes"), u("Docker")}));
    EXPECT_EQ(find("(스파크)"), QStringList{u("Spark")});
    // …but an alias inside another Hangul word is not the skill.
    EXPECT_TRUE(find("회계통계 자료").isEmpty());
    // Spaces inside Korean aliases are optional, as Korean writers often drop them.
    EXPECT_EQ(find("추천시스템 개발"), QStringList{u("recommender systems")});
    EXPECT_EQ(find("AB테스트 설계"), QStringList{u("A/B testing")});
    EXPECT_EQ(find("데이터웨어하우스"), QStringList{u("data warehouse")});
}

TEST(SkillDictionary, OverlappingAliasesTakeTheLongest)
{
    EXPECT_EQ(find("ML Ops 플랫폼"), QStringList{u("MLOps")});
    EXPECT_EQ(find("Apache Spark"), QStringList{u("Spark")});
    const auto m = SkillDictionary::builtIn().matches(u("Google Cloud Platform"));
    ASSERT_EQ(m.size(), 1);
    EXPECT_EQ(m[0].length, 21);
}

TEST(SkillDictionary, BrokenDictionariesAreReportedNotLoaded)
{
    QString error;
    EXPECT_TRUE(SkillDictionary::fromJson("{", &error).isEmpty());
    EXPECT_FALSE(error.isEmpty());
    error.clear();
    EXPECT_TRUE(SkillDictionary::fromJson(R"({"skills":[{"name":"A","aliases":["x"]},{"name":"B","aliases":["X"]}]})",
                                          &error)
                    .isEmpty());
    EXPECT_TRUE(error.contains(u("twice"))) << error.toStdString();
    const SkillDictionary own = SkillDictionary::fromJson(R"({"skills":[{"name":"Rust","aliases":["러스트"]}]})", &error);
    EXPECT_EQ(own.find(u("러스트로 작성")), QStringList{u("Rust")});
}

TEST(SkillDictionary, ShippedFileIsValidJsonForOtherReaders)
{
    // The same file the build embeds, read by Qt's JSON reader without our loader: every alias unique.
    QFile f(QStringLiteral(JOBPREP_RESOURCES "/skills/skills.json"));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QJsonArray skills = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("skills")).toArray();
    EXPECT_EQ(skills.size(), SkillDictionary::builtIn().skills().size());
}

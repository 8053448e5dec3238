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
    EXPECT_GE(d.skills().size(), 250);
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
    EXPECT_EQ(find("HTML and CSS"), (QStringList{u("HTML"), u("CSS")})); // not ML
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

TEST(SkillDictionary, CommonStacksOfDataAndBackendPostingsAreKnown)
{
    const SkillDictionary &d = SkillDictionary::builtIn();
    for (const char *name : {"Flink", "Kotlin", "Node.js", "React", "TypeScript", "BigQuery", "Hive", "Presto", "Trino",
                             "dbt", "Redshift", "CDC", "Terraform", "Dataflow", "Pub/Sub", "Dataproc", "Vertex AI",
                             "Cloud Composer", "Debezium", "Iceberg", "Delta Lake", "Databricks", "Spring Boot", "JPA",
                             "FastAPI", "MLflow", "Kubeflow", "LangChain", "vector database", "Amazon EMR", "AWS Glue",
                             "Amazon Kinesis", "Amazon SageMaker", "Looker", "Amplitude", "stream processing"})
        EXPECT_EQ(d.canonical(u(name)), u(name)) << name;
    for (const auto &[text, name] : QList<QPair<const char *, const char *>>{
             {"GCP BigQuery로 마트 구축", "BigQuery"}, {"Postgres 운영", "PostgreSQL"}, {"k8s 클러스터", "Kubernetes"},
             {"파이썬과 스칼라", "Python"}, {"Spark와 Kafka", "Spark"}, {"NodeJS 서버", "Node.js"},
             {"Presto/Trino 쿼리", "Presto"}, {"스프링 부트 기반", "Spring Boot"}, {"데이터 레이크하우스", "data lake"},
             {"Apache Iceberg 테이블", "Iceberg"}, {"변경 데이터 캡처(CDC)", "CDC"}})
        EXPECT_EQ(find(text).value(0), u(name)) << text;
    // Vendor and product spellings name one skill, not two ("GCP BigQuery" is BigQuery, "AWS Glue" is Glue).
    EXPECT_EQ(find("GCP BigQuery"), QStringList{u("BigQuery")});
    EXPECT_EQ(find("AWS Glue, EMR"), (QStringList{u("AWS Glue"), u("Amazon EMR")}));
    // Ordinary words that are also product names only count in the product's own case.
    EXPECT_TRUE(find("the glue code and our spring offsite").isEmpty());
    EXPECT_EQ(find("Spring Batch와 Spring"), (QStringList{u("Spring Batch"), u("Spring")}));
    EXPECT_TRUE(find("react quickly at the helm of a ray of hope").isEmpty());
}

TEST(SkillDictionary, NoSpellingBelongsToTwoSkills)
{
    // Read the shipped file without our loader: every spelling, folded and with spaces and hyphens
    // dropped (the matcher treats those as interchangeable), names exactly one skill.
    QFile f(QStringLiteral(JOBPREP_RESOURCES "/skills/skills.json"));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QJsonArray skills = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("skills")).toArray();
    ASSERT_GE(skills.size(), 250);
    QHash<QString, QString> owner;
    for (const QJsonValue &v : skills) {
        const QJsonObject o = v.toObject();
        const QString name = o.value(QStringLiteral("name")).toString();
        QStringList spellings{name};
        for (const QJsonValue &a : o.value(QStringLiteral("aliases")).toArray())
            spellings << a.toString();
        for (QString s : spellings) {
            s = s.toCaseFolded().remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
            EXPECT_TRUE(!owner.contains(s) || owner.value(s) == name) << qPrintable(s) << " belongs to " << qPrintable(owner.value(s)) << " and "
                                            << qPrintable(name);
            owner.insert(s, name);
        }
    }
    // The loader refuses such a file rather than letting the first skill win.
    QString error;
    EXPECT_TRUE(SkillDictionary::fromJson(R"({"skills":[{"name":"A","aliases":["x y"]},{"name":"B","aliases":["x-y"]}]})",
                                          &error)
                    .isEmpty());
    EXPECT_FALSE(error.isEmpty());
}

TEST(SkillDictionary, MatchingTimeDoesNotGrowWithTheNumberOfAliasesPerPosition)
{
    // Long runs of letters that start many aliases ("s", "d") but complete none: each position is a
    // short trie walk, so a 200 000-character text is matched at once (seconds with a regex of 1 000
    // alternatives). No timing here: the benchmark measures; this guards the result on such input.
    const QString text = QString(u("spa dat sql ")).repeated(20000);
    EXPECT_EQ(find(qPrintable(text.left(60))), QStringList{u("SQL")});
    EXPECT_EQ(SkillDictionary::builtIn().matches(text).size(), 20000);
}

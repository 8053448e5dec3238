// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "builders.h"
#include "core/postings/skilldemand.h"
#include "tempdb.h"

#include <gtest/gtest.h>

using namespace jobprep;
using namespace jobprep::test;

namespace {
QString u(const char *s) { return QString::fromUtf8(s); }
const SkillDemandRow *row(const QList<SkillDemandRow> &rows, const char *skill)
{
    for (const SkillDemandRow &r : rows)
        if (r.skill == u(skill))
            return &r;
    return nullptr;
}
} // namespace

TEST(SkillDemand, CountsRequiringAndOnlyPreferringPostingsAndDoneCoverage)
{
    TempDb db;
    const QDate today = db.today();
    const Id a = db.w().addCompany(makeCompany(u("카카오")));
    const Id b = db.w().addCompany(makeCompany(u("네이버")));
    const Id gone = db.w().addCompany(makeCompany(u("탈락회사"), 3, Stage::Rejected));
    const Id p1 = db.w().addPosting(makePosting(a, u("DE"), today.addDays(5),
                                             {{Section::Requirement, u("Spark와 SQL")}, {Section::Preferred, u("Kafka")}}));
    const Id p2 = db.w().addPosting(makePosting(b, u("DE"), {},
                                             {{Section::Requirement, u("스파크")}, {Section::Preferred, u("SQL 튜닝")},
                                              {Section::Preferred, u("카프카")}, {Section::Other, u("Docker 지원")}}));
    db.w().addPosting(makePosting(a, u("closed"), today.addDays(-1), {{Section::Requirement, u("Airflow")}}));
    db.w().addPosting(makePosting(gone, u("x"), {}, {{Section::Requirement, u("Spark")}}));
    Task sql = makeTask(u("SQL 윈도 함수 정리"));
    const Id sqlId = db.w().addTask(sql);
    db.w().completeTask(sqlId, today);
    Task linked = makeTask(u("파이프라인 프로젝트"));
    linked.lineIds = lineIds(db.store(), p1, Section::Requirement); // names no skill; its line names Spark, SQL
    const Id linkedId = db.w().addTask(linked);

    const QList<SkillDemandRow> rows = SkillDemand::compute(db.store(), today);
    ASSERT_GE(rows.size(), 3);
    EXPECT_EQ(rows[0].skill, u("Spark")); // required by 2 target postings
    EXPECT_EQ(rows[0].requiredBy, (QList<Id>{p1, p2}));
    EXPECT_EQ(row(rows, "SQL")->requiredBy, QList<Id>{p1});
    EXPECT_EQ(row(rows, "SQL")->preferredBy, QList<Id>{p2}); // p2 only prefers it
    EXPECT_EQ(row(rows, "Kafka")->requiredBy.size(), 0);
    EXPECT_EQ(row(rows, "Kafka")->preferredBy, (QList<Id>{p1, p2}));
    EXPECT_TRUE(row(rows, "SQL")->covered());
    EXPECT_EQ(row(rows, "SQL")->doneTasks, QList<Id>{sqlId});
    EXPECT_EQ(row(rows, "Spark")->openTasks, QList<Id>{linkedId});
    EXPECT_FALSE(row(rows, "Spark")->covered());
    EXPECT_EQ(row(rows, "Airflow"), nullptr); // closed posting
    EXPECT_EQ(row(rows, "Docker"), nullptr);  // other lines are not demand
}

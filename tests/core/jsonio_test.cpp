// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "builders.h"
#include "jsonio.h"
#include "tempdb.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <gtest/gtest.h>

using namespace jobprep;
using namespace jobprep::test;

namespace {

void fill(Store &store)
{
    Company kakao = makeCompany(QStringLiteral("카카오"), 5, Stage::Applied);
    kakao.codingTestNotes = QStringLiteral("구현");
    const Id k = store.addCompany(kakao);
    store.addCompany(makeCompany(QStringLiteral("Toss"), 2));
    const Id p = store.addPosting(makePosting(k, QStringLiteral("데이터 엔지니어"), QDate(2026, 12, 10),
                                              {{Section::Duty, QStringLiteral("파이프라인 개발")},
                                               {Section::Requirement, QStringLiteral("Spark")},
                                               {Section::Preferred, QStringLiteral("Airflow")}}));
    Task spark = makeTask(QStringLiteral("Spark 스터디"), Kind::Study, QDate(2026, 12, 5), 4);
    spark.companyId = k;
    spark.lineIds = lineIds(store, p, Section::Requirement) + lineIds(store, p, Section::Preferred);
    spark.pinned = Quadrant::DoFirst;
    spark.manualOrder = 3;
    store.addTask(spark);
    Task habit = makeTask(QStringLiteral("1일 1커밋"), Kind::Project, QDate(2026, 11, 28), 0.5);
    habit.repeat = Repeat::Daily;
    habit.streak = 9;
    habit.notes = QStringLiteral("line one\n\"quoted\"");
    const Id h = store.addTask(habit);
    store.completeTask(h, QDate(2026, 11, 28));
}

// Ids are file-local references; compare documents with them replaced by their order.
QJsonObject canonical(QJsonObject doc)
{
    QHash<qint64, int> lineIndex;
    QJsonArray postings = doc.value(QStringLiteral("postings")).toArray();
    int n = 0;
    for (int i = 0; i < postings.size(); ++i) {
        QJsonObject p = postings[i].toObject();
        p.remove(QStringLiteral("id"));
        QJsonArray lines = p.value(QStringLiteral("lines")).toArray();
        for (int l = 0; l < lines.size(); ++l) {
            QJsonObject line = lines[l].toObject();
            lineIndex.insert(line.value(QStringLiteral("id")).toInteger(), n);
            line[QStringLiteral("id")] = n++;
            lines[l] = line;
        }
        p[QStringLiteral("lines")] = lines;
        postings[i] = p;
    }
    QJsonArray tasks = doc.value(QStringLiteral("tasks")).toArray();
    for (int i = 0; i < tasks.size(); ++i) {
        QJsonObject t = tasks[i].toObject();
        t.remove(QStringLiteral("id"));
        QJsonArray links;
        for (const QJsonValue v : t.value(QStringLiteral("lines")).toArray())
            links.append(lineIndex.value(v.toInteger(), -1));
        t[QStringLiteral("lines")] = links;
        tasks[i] = t;
    }
    doc[QStringLiteral("postings")] = postings;
    doc[QStringLiteral("tasks")] = tasks;
    return doc;
}

QByteArray bytes(const QJsonObject &o) { return QJsonDocument(o).toJson(); }

} // namespace

TEST(JsonIo, ExportThenImportIntoAnEmptyFileRoundTripsEverything)
{
    TempDb a;
    fill(a.store());
    const QJsonObject exported = exportJson(a.store());
    TempDb b;
    const ImportSummary s = importJson(b.store(), bytes(exported));
    EXPECT_EQ(s.companiesAdded, 2);
    EXPECT_EQ(s.postings, 1);
    EXPECT_EQ(s.tasks, 3);
    const QJsonObject again = exportJson(b.store());
    EXPECT_EQ(canonical(again), canonical(exported)) << bytes(again).toStdString();
    EXPECT_EQ(exported.value(QStringLiteral("tasks")).toArray().size(), 3);
}

TEST(JsonIo, ABadFieldNamesItsPathAndNothingIsImported)
{
    TempDb a;
    fill(a.store());
    QJsonObject doc = exportJson(a.store());
    QJsonArray tasks = doc[QStringLiteral("tasks")].toArray();
    QJsonObject t = tasks[1].toObject();
    t[QStringLiteral("due")] = QStringLiteral("2026-02-30");
    tasks[1] = t;
    doc[QStringLiteral("tasks")] = tasks;
    TempDb b;
    try {
        importJson(b.store(), bytes(doc));
        FAIL() << "2026-02-30 was accepted";
    } catch (const ImportError &e) {
        EXPECT_TRUE(e.message().contains(QStringLiteral("tasks[1].due"))) << e.message().toStdString();
        EXPECT_TRUE(e.message().contains(QStringLiteral("2026-02-30")));
    }
    EXPECT_TRUE(b->companies().isEmpty());
    EXPECT_TRUE(b->postings().isEmpty());
    EXPECT_TRUE(b->tasks().isEmpty());
}

TEST(JsonIo, RejectsUnknownEnumsNegativeEstimatesAndDanglingLinks)
{
    TempDb db;
    auto message = [&](const char *json) {
        try {
            importJson(db.store(), QByteArray(json));
        } catch (const ImportError &e) {
            return e.message();
        }
        return QString();
    };
    EXPECT_TRUE(message(R"({"tasks":[{"title":"a","kind":"hobby"}]})").contains(QStringLiteral("tasks[0].kind")));
    EXPECT_TRUE(message(R"({"tasks":[{"title":"a","estimate":-2}]})").contains(QStringLiteral("tasks[0].estimate")));
    EXPECT_TRUE(message(R"({"tasks":[{"title":"a","lines":[7]}]})").contains(QStringLiteral("tasks[0].lines[0]")));
    EXPECT_TRUE(message(R"({"tasks":[{"title":""}]})").contains(QStringLiteral("tasks[0].title")));
    EXPECT_TRUE(message(R"({"postings":[{"title":"x","company":"Nobody"}]})").contains(QStringLiteral("Nobody")));
    EXPECT_TRUE(message(R"({"companies":[{"name":"A"},{"name":"a"}]})").contains(QStringLiteral("twice")));
    EXPECT_TRUE(db->tasks().isEmpty());
    EXPECT_TRUE(db->companies().isEmpty());
}

TEST(JsonIo, SyntaxErrorsNameLineAndColumn)
{
    TempDb db;
    try {
        importJson(db.store(), QByteArray("{\n  \"tasks\": [\n    {\"title\": \"a\",}\n  ]\n}"));
        FAIL();
    } catch (const ImportError &e) {
        EXPECT_TRUE(e.message().startsWith(QStringLiteral("line 3"))) << e.message().toStdString();
    }
    EXPECT_THROW(importJson(db.store(), QByteArray("{\"tasks\":[{\"title\":\"\xff\xfe\"}]}")), ImportError);
}

TEST(JsonIo, ExistingCompaniesAreReusedNotDuplicated)
{
    TempDb db;
    db->addCompany(makeCompany(QStringLiteral("Kakao"), 4));
    const ImportSummary s = importJson(
        db.store(), QByteArray(R"({"companies":[{"name":"KAKAO","interest":1}],"tasks":[{"title":"t","company":"kakao"}]})"));
    EXPECT_EQ(s.companiesReused, 1);
    ASSERT_EQ(db->companies().size(), 1);
    EXPECT_EQ(db->companies()[0].interest, 4);
    EXPECT_EQ(db->tasks()[0].companyId, db->companies()[0].id);
}

TEST(JsonIo, ProgressIsReportedAndCancellingLeavesNothingBehind)
{
    QJsonArray tasks;
    for (int i = 0; i < 1000; ++i)
        tasks.append(QJsonObject{{QStringLiteral("title"), QStringLiteral("task %1").arg(i)}});
    const QByteArray json = bytes(QJsonObject{{QStringLiteral("tasks"), tasks}});
    TempDb db;
    QList<int> seen;
    try {
        importJson(db.store(), json, [&](int done, int total) {
            EXPECT_EQ(total, 1000);
            seen << done;
            return done < 500; // cancel half way
        });
        FAIL() << "the import was not cancelled";
    } catch (const ImportError &e) {
        EXPECT_TRUE(e.message().contains(QStringLiteral("cancelled")));
    }
    EXPECT_EQ(seen, (QList<int>{250, 500}));
    EXPECT_TRUE(db->tasks().isEmpty());
    seen.clear();
    importJson(db.store(), json, [&](int done, int) {
        seen << done;
        return true;
    });
    EXPECT_EQ(seen.last(), 1000);
    EXPECT_EQ(db->tasks().size(), 1000);
}

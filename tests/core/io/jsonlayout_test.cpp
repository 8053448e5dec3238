// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// JsonLayout finds the top-level members of an import file and the elements of its arrays without
// reading them, so that the import can read the tasks a run at a time; anything it is not sure of
// makes the import read the document whole. importJson must read a split file exactly as a whole one.
#include "builders.h"
#include "core/io/datagenerator.h"
#include "core/io/jsondom.h"
#include "core/io/jsonio.h"
#include "core/io/jsonlayout.h"
#include "tempdb.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <gtest/gtest.h>

using namespace jobprep;
using namespace jobprep::test;

namespace {

QByteArray text(const QByteArray &json, const JsonLayout::Range &r) { return json.mid(r.begin, r.end - r.begin); }

} // namespace

TEST(JsonLayout, FindsEachMemberAndEachElementWithStringsThatLookLikeStructure)
{
    const QByteArray json = R"( { "companies" : [ {"name":"a]}"} , {"name":"b\"],{"} ],
        "format":"jobprep", "tasks":[ {"title":"x\\"}, {"title":"[[{","lines":[1,2]},3 ,null ],"version": 1 } )";
    const auto layout = JsonLayout::of(json);
    ASSERT_TRUE(layout.has_value());
    ASSERT_EQ(layout->members.size(), 4u);
    EXPECT_EQ(layout->members[0].key, "companies");
    EXPECT_EQ(layout->members[1].key, "format");
    EXPECT_EQ(text(json, layout->members[1].value), "\"jobprep\"");
    EXPECT_EQ(text(json, layout->members[3].value), "1");
    const JsonLayout::Member *companies = layout->member("companies");
    ASSERT_NE(companies, nullptr);
    ASSERT_EQ(companies->elements.size(), 2u);
    EXPECT_EQ(text(json, companies->elements[0]), R"({"name":"a]}"})");
    EXPECT_EQ(text(json, companies->elements[1]), R"({"name":"b\"],{"})");
    const JsonLayout::Member *tasks = layout->member("tasks");
    ASSERT_NE(tasks, nullptr);
    ASSERT_EQ(tasks->elements.size(), 4u);
    EXPECT_EQ(text(json, tasks->elements[0]), R"({"title":"x\\"})");
    EXPECT_EQ(text(json, tasks->elements[2]), "3");
    EXPECT_EQ(text(json, tasks->elements[3]), "null");
    // A run of elements reads as the same values as the whole document has there.
    const auto whole = JsonDom::parse(json);
    ASSERT_TRUE(whole.has_value());
    const QJsonArray wholeTasks = whole->toQJson(JsonDom::root()).toObject().value(QStringLiteral("tasks")).toArray();
    const auto run = JsonDom::parse(JsonLayout::elements(json, *tasks, 1, 4));
    ASSERT_TRUE(run.has_value());
    const QJsonArray runTasks = run->toQJson(JsonDom::root()).toArray();
    ASSERT_EQ(runTasks.size(), 3);
    for (int i = 0; i < 3; ++i)
        EXPECT_TRUE(JsonDom::sameReading(runTasks[i], wholeTasks[i + 1])) << i;
}

TEST(JsonLayout, AnythingUnusualIsLeftToTheWholeRead)
{
    for (const char *doc : {
             R"({"tasks":[1],"tasks":[2]})",   // a repeated key: which one counts is Qt's business
             R"({"ta\u0073ks":[1]})",          // an escaped key
             "\xEF\xBB\xBF{\"tasks\":[]}",     // a byte order mark
             R"({"tasks":[1]} x)",             // something after the object
             R"({"tasks":[1}]})",              // brackets that do not match
             R"({"tasks":["open]})",           // a string that never closes
             R"([{"tasks":[]}])",              // not an object
             R"({"tasks":[1],})",              // a comma before the end
         })
        EXPECT_FALSE(JsonLayout::of(QByteArray(doc)).has_value()) << doc;
    EXPECT_TRUE(JsonLayout::of(QByteArray("{}")).has_value());
    EXPECT_TRUE(JsonLayout::of(QByteArray(" {\"tasks\" : [ ] } \n")).has_value());
}

// A number spelled with more digits than the fast reader takes: the run with it is not read on its
// own, so the import starts again with the document whole, and the tasks are written once.
TEST(JsonLayout, ARunTheFastReaderCannotReadSendsTheImportToTheWholeRead)
{
    QJsonObject document = DataGenerator(9000, 7, QDate(2026, 11, 28)).jobprepJson();
    QByteArray json = QJsonDocument(document).toJson(QJsonDocument::Compact);
    const QByteArray estimate = "\"estimate\":";
    qsizetype at = -1;
    for (int i = 0; i <= 6000; ++i)
        at = json.indexOf(estimate, at + 1); // the 6 001st task's estimate (tasks come last but for "version")
    ASSERT_GT(at, json.indexOf("\"tasks\""));
    const qsizetype valueEnd = json.indexOf(',', at);
    json.replace(at + estimate.size(), valueEnd - at - estimate.size(), "2.00000000000000000000000000000000000000000000001");
    TempDb db;
    const ImportSummary s = importJson(db.store(), json);
    EXPECT_EQ(s.tasks, 9000);
    EXPECT_EQ(db->tasks(true).size(), 9000);
    EXPECT_EQ(db->placementCacheProblems(), QStringList());
}

// What the layout cannot judge is judged in its run: an escape the fast reader leaves to Qt ("\q",
// which Qt reads as "q") sends the import to the whole read, which takes it; a byte that is no
// UTF-8 is a syntax error there, named by line and column, and nothing is written.
TEST(JsonLayout, ALaterRunTheFastReaderRefusesIsJudgedByTheWholeRead)
{
    const QByteArray json =
        QJsonDocument(DataGenerator(9000, 8, QDate(2026, 11, 28)).jobprepJson()).toJson(QJsonDocument::Indented);
    const qsizetype tasks = json.indexOf("\"tasks\"");
    qsizetype at = tasks;
    for (int i = 0; i <= 7000; ++i)
        at = json.indexOf("\"title\": \"", at + 1);
    ASSERT_GT(at, tasks);
    const qsizetype valueStart = at + qsizetype(strlen("\"title\": \""));

    QByteArray escaped = json;
    escaped.insert(valueStart, "\\q");
    TempDb db;
    EXPECT_EQ(importJson(db.store(), escaped).tasks, 9000);
    EXPECT_EQ(db->tasks(true).size(), 9000) << "each task once: the first, split read was rolled back";
    EXPECT_TRUE(db->task(7001)->title.startsWith(QLatin1Char('q'))) << db->task(7001)->title.toStdString();

    QByteArray broken = json;
    broken.insert(valueStart, "\xff");
    const int line = int(json.left(valueStart).count('\n')) + 1;
    TempDb empty;
    try {
        importJson(empty.store(), broken);
        FAIL() << "imported";
    } catch (const ImportError &e) {
        EXPECT_TRUE(e.message().startsWith(QStringLiteral("line %1, column").arg(line))) << e.message().toStdString();
    }
    EXPECT_TRUE(empty->tasks(true).isEmpty());
    EXPECT_TRUE(empty->companies().isEmpty());
}

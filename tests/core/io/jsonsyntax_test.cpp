// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// A file that is no JSON is refused with the line and column of the problem (counted in characters,
// from simdjson's byte offset), and the database is left exactly as it was.
#include "builders.h"
#include "core/io/datagenerator.h"
#include "core/io/jsonio.h"
#include "tempdb.h"

#include <gtest/gtest.h>
#include <QJsonDocument>

using namespace jobprep;
using namespace jobprep::test;

namespace {

const QDate kToday(2026, 11, 28);

struct Case
{
    const char *what;
    QByteArray json;
    QString message; // its beginning
};

} // namespace

TEST(JsonSyntax, EachProblemNamesItsPlaceAndTheDatabaseIsUnchanged)
{
    TempDb db(kToday);
    importGenerated(db.store(), 40, 3, kToday);
    const QJsonObject before = exportJson(db.store());
    const QByteArray deep = QByteArray(1030, '[') + QByteArray(1030, ']');
    const Case cases[] = {
        {"invalid UTF-8 on a Korean line", "{\n\"tasks\":[{\"title\":\"스터디 \xff\"}]}",
         QStringLiteral("line 2, column 24: ")},
        {"an encoded surrogate", "{\"tasks\":[{\"title\":\"a\xED\xA0\x80\"}]}",
         QStringLiteral("line 1, column 22: ")},
        {"a sequence cut short at the end", "{\"tasks\":[]} \xE4\xB8", QStringLiteral("line 1, column 14: ")},
        {"a raw tab inside a string", "{\"tasks\":[{\"title\":\"데이터\tSQL\"}]}",
         QStringLiteral("line 1, column 24: a control character (U+0009)")},
        {"a string that never closes", "{\"tasks\":[{\"title\":\"open}]}",
         QStringLiteral("line 1, column 20: ")},
        {"a string that runs past its line", "{\"tasks\":[{\"title\":\"open,\n\"notes\":\"x\"}]}",
         QStringLiteral("line 1, column 20: this string is never closed")},
        {"something after the object", "{\"tasks\":[]}\n\n  x", QStringLiteral("line 3, column 3: ")},
        {"a second closing brace", "{\"tasks\":[]}}", QStringLiteral("line 1, column 13: ")},
        {"a file cut short", "{\"tasks\":[{\"title\":\"a\"}\n", QStringLiteral("line 1, column 24: ")},
        {"a trailing comma", "{\"tasks\":[{\"title\":\"a\"},]}", QStringLiteral("line 1, column 25: ")},
        {"a misspelled literal", "{\"tasks\":[],\"x\":tru}", QStringLiteral("line 1, column 17: ")},
        {"a huge number where the import does not look", "{\"tasks\":[],\"x\":{\"y\":[1, 1e999]}}",
         QStringLiteral("line 1, column 26: ")},
        {"a huge number in a field", "{\"tasks\":[{\"title\":\"a\",\"estimate\":-1e400}]}",
         QStringLiteral("tasks[0].estimate: line 1, column 35: ")},
        {"a name twice at the top", "{\"tasks\":[],\n\"tasks\":[]}",
         QStringLiteral("line 2, column 1: \"tasks\" appears twice in the top-level object")},
        {"a name twice in an unused object", "{\"x\":{\"a\":1,\"a\":1}}",
         QStringLiteral("line 1, column 13: \"a\" appears twice in x")},
        {"nesting too deep", "{\"x\":" + deep + "}", QStringLiteral("line 1, column 1029: ")},
        {"an empty file", "  \n", QStringLiteral("the file holds no JSON")},
    };
    for (const Case &c : cases) {
        const QString error = importError(db.store(), c.json);
        EXPECT_TRUE(error.startsWith(c.message)) << c.what << ": " << error.toStdString();
    }
    EXPECT_EQ(exportJson(db.store()), before);
}

// Windows line ends and a Korean line: the \r is no column, and columns count characters.
TEST(JsonSyntax, CrLfLinesAndKoreanTextCountAsAnEditorShowsThem)
{
    const QByteArray json =
        "{\r\n  \"tasks\": [\r\n    {\"title\": \"데이터 파이프라인\" \"kind\": \"study\"}\r\n  ]\r\n}\r\n";
    TempDb db(kToday);
    // 4 spaces, {"title": "데이터 파이프라인" (21 characters) and a space: "kind" starts in column 27.
    EXPECT_TRUE(importError(db.store(), json).startsWith(QStringLiteral("line 3, column 27: ")))
        << importError(db.store(), json).toStdString();
    QByteArray fixed = json;
    fixed.replace("\" \"kind\"", "\", \"kind\"");
    EXPECT_EQ(importJson(db.store(), fixed).tasks, 1);
    EXPECT_EQ(db->tasks(true).at(0).title, QStringLiteral("데이터 파이프라인"));
}

// Thousands of tasks in, written by the store in batches already: the line is still right, and
// the batches are rolled back.
TEST(JsonSyntax, AProblemFarIntoALargeFileNamesItsLineAndWritesNothing)
{
    QByteArray json =
        QJsonDocument(DataGenerator(9000, 8, kToday).jobprepJson()).toJson(QJsonDocument::Indented);
    json.replace("\n", "\r\n");
    const qsizetype tasks = json.indexOf("\"tasks\"");
    qsizetype at = tasks;
    for (int i = 0; i <= 7000; ++i)
        at = json.indexOf("\"title\": \"", at + 1);
    ASSERT_GT(at, tasks);
    const qsizetype comma = json.indexOf(',', at);
    json.remove(comma, 1); // "title": "…"  "updated": … with no comma between
    const int line = int(json.left(comma).count('\n')) + 2;
    const int column = int(json.mid(json.lastIndexOf('\n', comma + 3) + 1).indexOf('"')) + 1;
    TempDb db(kToday);
    const QString error = importError(db.store(), json);
    EXPECT_TRUE(error.startsWith(QStringLiteral("line %1, column %2: ").arg(line).arg(column)))
        << error.toStdString();
    EXPECT_TRUE(db->tasks(true).isEmpty());
    EXPECT_TRUE(db->companies().isEmpty());
}

TEST(JsonSyntax, AByteOrderMarkAtTheStartIsNoProblem)
{
    TempDb db(kToday);
    EXPECT_EQ(importJson(db.store(), "\xEF\xBB\xBF{\"tasks\":[{\"title\":\"a\"}]}").tasks, 1);
    // The mark is no character of the line.
    const QString error = importError(db.store(), "\xEF\xBB\xBF{\"tasks\":[{\"title\":\"a\",}]}");
    EXPECT_TRUE(error.startsWith(QStringLiteral("line 1, column 24: "))) << error.toStdString();
}

TEST(JsonSyntax, TextsLongerThanTheirLimitAreRefusedByName)
{
    TempDb db(kToday);
    const QString title(301, QChar(u'가'));
    EXPECT_EQ(importError(db.store(), QStringLiteral(R"({"tasks":[{"title":"%1"}]})").arg(title).toUtf8()),
              QStringLiteral("tasks[0].title: is 301 characters long; at most 300 are allowed"));
    const QString name(201, QLatin1Char('n'));
    EXPECT_EQ(importError(db.store(), QStringLiteral(R"({"companies":[{"name":"%1"}]})").arg(name).toUtf8()),
              QStringLiteral("companies[0].name: is 201 characters long; at most 200 are allowed"));
    const QByteArray text(1024 * 1024 + 1, 'x');
    EXPECT_EQ(importError(db.store(),
                          R"({"companies":[{"name":"A"}],"postings":[{"company":"A","title":"p","text":")" +
                              text + "\"}]}"),
              QStringLiteral("postings[0].text: is 1048577 characters long; at most 1048576 are allowed"));
    EXPECT_TRUE(importError(db.store(), R"({"tasks":[{"title":"a","notes":"x\u0000y"}]})")
                    .startsWith(QStringLiteral("tasks[0].notes: contains a NUL character")));
    EXPECT_TRUE(db->companies().isEmpty());
    EXPECT_TRUE(db->tasks(true).isEmpty());
}

// With room after its end (as QFile::readAll() leaves) the file is read in place, without it from a
// copy: the same either way, also where simdjson reads past the last value.
TEST(JsonSyntax, ReadsInPlaceAndFromACopyAlike)
{
    const QByteArray documents[] = {
        R"({"tasks":[{"title":"a\"b","notes":"x\\y"},{"title":"스터디","estimate":1.5e0}]})",
        R"({"tasks":[{"title":"a","estimate":12345678901234567890123}]} )",
        R"({"tasks":[{"title":"a"}],"x":"\u00e9)",
        R"({"tasks":[{"title":"a"}],"x":tru)",
        "{\"tasks\":[{\"title\":\"a\"}],\"x\":1",
    };
    for (const QByteArray &document : documents) {
        QByteArray roomy = document;
        roomy.reserve(document.size() + 200);
        std::fill(roomy.data() + roomy.size() + 1, roomy.data() + roomy.capacity(), '"'); // past the end
        QByteArray tight(document.constData(), document.size());
        tight.squeeze();
        TempDb a(kToday), b(kToday);
        EXPECT_EQ(importError(a.store(), roomy), importError(b.store(), tight)) << document.toStdString();
        ASSERT_EQ(a->tasks(true).size(), b->tasks(true).size()) << document.toStdString();
        for (qsizetype i = 0; i < a->tasks(true).size(); ++i)
            EXPECT_EQ(a->tasks(true)[i].title, b->tasks(true)[i].title);
    }
}

// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// ImportReader goes through the document with simdjson's On-Demand reader, in file order where it
// can: whatever the order of the top-level members, the companies and postings come first, then
// every task, and every byte of the file is checked, also where the import does not look.
#include "core/io/datagenerator.h"
#include "core/io/importreader.h"
#include "core/io/jsonio.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace jobprep;

namespace {

struct Reading
{
    QStringList events; // "head", then a title per task
    ImportHead head;
    QString error;
};

Reading readAll(const QByteArray &json, const QSet<QString> &storeKeys = {})
{
    Reading r;
    try {
        ImportReader(json).read(
            storeKeys,
            [&](ImportHead &&head) {
                r.head = std::move(head);
                r.events << QStringLiteral("head");
            },
            [&](ImportedTask &&t) { r.events << t.task.title; });
    } catch (const ImportError &e) {
        r.error = e.message();
    }
    return r;
}

// The document with its top-level members in the order given, as compact JSON.
QByteArray inOrder(const QJsonObject &document, const QStringList &keys)
{
    QByteArray out = "{";
    for (const QString &key : keys) {
        if (out.size() > 1)
            out += ',';
        const QJsonValue v = document.value(key);
        const QByteArray value =
            v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                        : QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
        out += '"' + key.toUtf8() + "\":" + value;
    }
    return out + '}';
}

} // namespace

TEST(ImportReader, ReadsTheSameWhateverTheOrderOfTheTopLevelMembers)
{
    const QJsonObject document = DataGenerator(300, 5, QDate(2026, 11, 28)).jobprepJson();
    QStringList keys{QStringLiteral("companies"), QStringLiteral("format"), QStringLiteral("postings"),
                     QStringLiteral("tasks")};
    const Reading usual = readAll(inOrder(document, keys));
    ASSERT_TRUE(usual.error.isEmpty()) << usual.error.toStdString();
    ASSERT_EQ(usual.events.size(), 301);
    EXPECT_EQ(usual.events.first(), QStringLiteral("head"));
    EXPECT_EQ(usual.head.taskCount, 300);
    EXPECT_EQ(usual.head.companies.size(), document.value(QStringLiteral("companies")).toArray().size());
    EXPECT_EQ(usual.head.postings.size(), document.value(QStringLiteral("postings")).toArray().size());
    int orders = 0;
    std::sort(keys.begin(), keys.end());
    do {
        const Reading r = readAll(inOrder(document, keys));
        EXPECT_TRUE(r.error.isEmpty())
            << keys.join(QLatin1Char(',')).toStdString() << ": " << r.error.toStdString();
        EXPECT_EQ(r.events, usual.events) << keys.join(QLatin1Char(',')).toStdString();
        EXPECT_EQ(r.head.taskCount, 300);
        ASSERT_EQ(r.head.postings.size(), usual.head.postings.size());
        for (qsizetype i = 0; i < r.head.postings.size(); ++i) {
            EXPECT_EQ(r.head.postings[i].company, usual.head.postings[i].company);
            EXPECT_EQ(r.head.postings[i].posting.lines.size(), usual.head.postings[i].posting.lines.size());
        }
        ++orders;
    } while (std::next_permutation(keys.begin(), keys.end()));
    EXPECT_EQ(orders, 24);
}

// The postings name companies in the file or the database; with no companies member at all, the
// database's names are all there is.
TEST(ImportReader, PostingsBeforeOrWithoutCompaniesAreCheckedAgainstAllTheNames)
{
    const QByteArray before =
        R"({"postings":[{"company":"Toss","title":"p"}],"companies":[{"name":"toss"}]})";
    EXPECT_TRUE(readAll(before).error.isEmpty()) << readAll(before).error.toStdString();
    const QByteArray without =
        R"({"postings":[{"company":"Kakao","title":"p"}],"tasks":[{"title":"t","company":"kakao"}]})";
    EXPECT_TRUE(readAll(without, {QStringLiteral("kakao")}).error.isEmpty());
    EXPECT_EQ(readAll(without).error,
              QStringLiteral("postings[0].company: no company named \"Kakao\" in the file or the database"));
}

// Unused members are read through like the rest: a mistake anywhere is found, also after the tasks,
// where the store has already written them (the import then rolls back).
TEST(ImportReader, ProblemsWhereTheImportDoesNotLookAreFoundToo)
{
    const QByteArray json =
        R"({"companies":[],"postings":[],"tasks":[{"title":"a"},{"title":"b"}],"version":[1,2,}]})";
    const Reading late = readAll(json);
    EXPECT_EQ(late.events, (QStringList{QStringLiteral("head"), QStringLiteral("a"), QStringLiteral("b")}));
    EXPECT_TRUE(late.error.startsWith(QStringLiteral("line 1, column %1: ").arg(json.indexOf(",}") + 2)))
        << late.error.toStdString();
    const QByteArray unused = R"({"tasks":[{"title":"a","x":{"k":[nul]}}]})";
    EXPECT_TRUE(readAll(unused).error.startsWith(
        QStringLiteral("line 1, column %1: ").arg(unused.indexOf("nul") + 1)))
        << readAll(unused).error.toStdString();
    EXPECT_TRUE(readAll(R"({"tasks":[{"title":"a","x":"\uDE00"}]})")
                    .error.startsWith(QStringLiteral("line 1, column 28: ")));
}

// Counting the tasks only skips through them, which cannot tell a bracket that never closes from
// one much later: the message still names the first problem in file order.
TEST(ImportReader, ABracketThatNeverClosesIsNamedWhereItGoesWrong)
{
    const QByteArray json =
        R"({"companies":[],"postings":[],"tasks":[{"title":"a","lines":[1,2},{"title":"b"}],"v":1})";
    const Reading r = readAll(json);
    EXPECT_TRUE(r.error.startsWith(QStringLiteral("line 1, column %1: ").arg(json.indexOf("},{") + 1)))
        << r.error.toStdString();
    EXPECT_TRUE(r.events.isEmpty()) << "nothing is handed over";
}

// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// The fast JSON reader against QJsonDocument: whatever it accepts, Qt accepts and reads the same way.
#include "core/io/jsondom.h"

#include <QJsonArray>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace jobprep;

namespace {

QJsonValue qtValue(const QJsonDocument &doc)
{
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

// Parses with both; returns whether the fast reader took it. Fails the test when the two disagree.
bool agrees(const QByteArray &json)
{
    const std::optional<JsonDom> dom = JsonDom::parse(json);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (dom) {
        EXPECT_EQ(error.error, QJsonParseError::NoError) << json.toStdString() << ": Qt rejects what we accept";
        EXPECT_TRUE(JsonDom::sameReading(dom->toQJson(JsonDom::root()), qtValue(doc))) << json.toStdString();
    } else if (error.error == QJsonParseError::NoError) {
        // Left to Qt: the document read through fromQJson must be the same.
        EXPECT_TRUE(JsonDom::sameReading(JsonDom::fromQJson(doc).toQJson(JsonDom::root()), qtValue(doc)))
            << json.toStdString();
    }
    return dom.has_value();
}

QByteArray nested(int depth, const char *inner = "1")
{
    return QByteArray(depth, '[') + inner + QByteArray(depth, ']');
}

} // namespace

TEST(JsonDom, ReadsOrdinaryDocumentsLikeQt)
{
    const char *docs[] = {
        "{}",
        "[]",
        " \t\r\n{ \"a\" : [ 1 , 2 ] , \"b\" : { } } \n",
        "\xEF\xBB\xBF{\"bom\":true}",
        R"({"s":"plain","t":"탭\tand \"quotes\" \\ \/ \b\f\n\r"})",
        R"({"emoji":"\uD83D\uDE00","raw":"😀","mixed":"a\u00e9b\u4E2Dc"})",
        R"({"lone":"\uD800","low":"\uDC00x","nul":"a\u0000b"})",
        "{\"raw control\":\"a\x01\x1f\tb\nc\"}",
        "{\"noncharacter\":\"\xEF\xBF\xBF\xEF\xB7\x90\"}",
        R"([0, -0, 1, -1, 1.5, -2.25, 1e3, 1E+3, 2e-3, 0.1, 123456789012345678, 1234567890123456789,
            12345678901234567890, 9007199254740993, -9223372036854775808, 9223372036854775807,
            9223372036854775808, 1.7976931348623157e308, 2.2250738585072014e-308, 1.0, 3.000, 1e0])",
        R"([true, false, null, [null], {"k": null}])",
        R"({"a":1,"a":2,"b":{"a":3},"a":"last"})",
        R"({"ke\u0079":"escaped key","key":"plain key"})",
        // A byte order mark inside strings: QString::fromUtf8 drops one at the start of a plain
        // string (so does Qt's parser), but a string with escapes keeps them all.
        "{\"a\":\"\xEF\xBB\xBFx\",\"b\":\"\\u0041\xEF\xBB\xBF\",\"c\":\"\xEF\xBB\xBF\xEF\xBB\xBFy\","
        "\"d\":\"\\\\\xEF\xBB\xBF\xEF\xBB\xBF\\n\xEF\xBB\xBFz\"}",
    };
    for (const char *d : docs)
        EXPECT_TRUE(agrees(QByteArray(d))) << d;
    EXPECT_TRUE(agrees(nested(500)));
    EXPECT_TRUE(agrees(QByteArray("[\"a\0b\"]", 7))); // a raw NUL inside a string, as Qt reads it
}

TEST(JsonDom, LeavesErrorsAndOdditiesToQt)
{
    const char *docs[] = {
        "",
        "1",
        "\"top-level string\"",
        "null",
        "{",
        "{\"a\":1,}",
        "[1,]",
        "[1 2]",
        "{\"a\" 1}",
        "{\"a\":}",
        "[01]",
        "[1.]",
        "[.5]",
        "[+1]",
        "[-]",
        "[1e]",
        "[1e400]",
        "[-1e400]",
        "[1e-400]",
        "[4.9e-324]",
        "[NaN]",
        "[tru]",
        "[nul]",
        "[\"\\a\"]",
        "[\"\\u12\"]",
        "[\"\\uZZZZ\"]",
        "[\"unterminated]",
        "[\"\xC0\xAF\"]",         // overlong
        "[\"\xED\xA0\x80\"]",     // an encoded surrogate
        "[\"\xF4\x90\x80\x80\"]", // beyond U+10FFFF
        "[\"\xE4\xB8\"]",         // cut short
        "[\"\xFF\xFE\"]",
        "[] x",
        "{}{}",
        "[1]\xEF\xBB\xBF",
        "{\"\xEF\xBB\xBFk\":1,\"k\":2}", // a name starting with a byte order mark
    };
    for (const char *d : docs)
        EXPECT_FALSE(agrees(QByteArray(d))) << d;
    EXPECT_FALSE(agrees(QByteArray("[]\0", 3)));
    // Deeper than 512 levels goes to Qt, which reads up to 1024.
    EXPECT_FALSE(agrees(nested(600)));
    EXPECT_FALSE(agrees(nested(1100)));
    QJsonParseError error;
    QJsonDocument::fromJson(nested(1100), &error);
    EXPECT_EQ(error.error, QJsonParseError::DeepNesting);
}

TEST(JsonDom, MembersAndStrings)
{
    const QByteArray json(R"({"title":"Spark 스터디","n":2.5,"a":[1,{"x":1},[2,3],"s"],"title":"last","e":"a\"b"})");
    const auto dom = JsonDom::parse(json);
    ASSERT_TRUE(dom);
    const JsonDom::Index root = JsonDom::root();
    EXPECT_EQ(dom->size(root), 5);
    EXPECT_EQ(dom->string(dom->member(root, QLatin1String("title"))), QStringLiteral("last"));
    EXPECT_EQ(dom->number(dom->member(root, QLatin1String("n"))), 2.5);
    EXPECT_EQ(dom->member(root, QLatin1String("missing")), JsonDom::npos);
    EXPECT_TRUE(dom->isNull(JsonDom::npos));
    const JsonDom::Index a = dom->member(root, QLatin1String("a"));
    ASSERT_EQ(dom->type(a), JsonDom::Type::Array);
    EXPECT_EQ(dom->size(a), 4);
    JsonDom::Index e = JsonDom::first(a);
    EXPECT_EQ(dom->type(e), JsonDom::Type::Number);
    e = dom->next(e);
    EXPECT_EQ(dom->type(e), JsonDom::Type::Object);
    e = dom->next(e);
    EXPECT_EQ(dom->type(e), JsonDom::Type::Array);
    e = dom->next(e);
    EXPECT_EQ(dom->string(e), QStringLiteral("s"));
    QLatin1String view;
    EXPECT_TRUE(dom->ascii(e, &view));
    EXPECT_EQ(view, QLatin1String("s"));
    EXPECT_FALSE(dom->ascii(dom->member(root, QLatin1String("e")), &view)); // has an escape
    EXPECT_EQ(dom->string(dom->member(root, QLatin1String("e"))), QStringLiteral("a\"b"));
}

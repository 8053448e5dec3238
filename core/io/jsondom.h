// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonDocument>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <optional>
#include <vector>

namespace jobprep {

// A read-only JSON document for reading large files quickly (issue 7): one flat array of 16-byte
// nodes in document order, with strings left in the UTF-8 input until they are asked for.
//
// parse() accepts only what QJsonDocument::fromJson reads, and reads it to the same values (a
// top-level object or array; for a duplicate key the last value counts; lone \uD800 escapes are
// kept as they are). For everything else — syntax errors, but also spellings Qt tolerates and this
// reader does not bother with, such as "1.", "\a", very deep nesting or numbers out of range — it
// returns nullopt: the caller then asks QJsonDocument, which has the final word and the error text,
// and can carry on with fromQJson(). Tested and fuzzed against QJsonDocument.
class JsonDom
{
public:
    enum class Type : quint8 { Null, Bool, Number, String, Array, Object };
    using Index = quint32;
    static constexpr Index npos = ~Index(0);

    static std::optional<JsonDom> parse(const QByteArray &utf8);
    static JsonDom fromQJson(const QJsonDocument &doc);

    static constexpr Index root() { return 0; }
    Type type(Index i) const { return m_nodes[i].type; }
    bool isNull(Index i) const { return i == npos || m_nodes[i].type == Type::Null; } // missing or null
    bool boolean(Index i) const { return m_nodes[i].flag != 0; }
    double number(Index i) const { return m_nodes[i].flag ? double(m_nodes[i].integer) : m_nodes[i].number; }
    QString string(Index i) const;
    // The bytes of a string that is plain ASCII without escapes; false for any other string.
    bool ascii(Index i, QLatin1String *out) const;

    // The UTF-8 bytes of a string without escapes, as they are in the file; false for any other.
    bool plainBytes(Index i, QByteArrayView *out) const;
    // Whether the string's bytes in the file are the string itself (no escapes).
    bool plain(Index i) const { return m_nodes[i].flag == Ascii || m_nodes[i].flag == Utf8; }
    // Whether the string equals `text`, without making a QString when the string is plain.
    bool stringIs(Index i, QLatin1String text) const;

    // Arrays and objects: their element or member count; the first element (or first member's key,
    // followed by its value) is first(i), the one after e is next(e).
    int size(Index i) const { return int(m_nodes[i].count); }
    static constexpr Index first(Index i) { return i + 1; }
    Index next(Index i) const
    {
        const Node &n = m_nodes[i];
        return n.type == Type::Array || n.type == Type::Object ? n.span.end : i + 1;
    }
    // The value of the member named `key` (the last one if the name repeats), or npos.
    Index member(Index object, QLatin1String key) const;

    QJsonValue toQJson(Index i) const; // for tests and the fuzz target
    // Whether two values read the same through value(), toString(), toDouble() and toInteger(): the
    // comparison that matters to the import. (QJsonValue's operator== also compares how Qt stores a
    // string: "\xEF\xBB\xBFx" read from a file is stored as those bytes yet toString() gives "x".)
    static bool sameReading(const QJsonValue &a, const QJsonValue &b);

private:
    enum StringForm : quint8 { Ascii, Utf8, Escaped, Owned };
    struct Span
    {
        quint32 offset; // String: byte offset in m_json, or index in m_owned
        quint32 end;    // Array, Object: the index after the last descendant
    };
    struct Node
    {
        Type type = Type::Null;
        quint8 flag = 0; // Bool: the value; Number: 1 when held as an integer; String: its StringForm
        quint32 count = 0; // String: length in bytes; Array, Object: elements or members
        union {
            double number;
            qint64 integer; // a number spelled without fraction or exponent that fits, kept exact as Qt does
            Span span;
        };
        Node() : number(0) {}
    };
    friend class JsonDomParser;
    void addQJson(const QJsonValue &v);

    QByteArray m_json;
    QStringList m_owned;
    std::vector<Node> m_nodes;
};

} // namespace jobprep

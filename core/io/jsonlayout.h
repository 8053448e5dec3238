// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// Where the parts of a JSON object document lie, found in one pass over its bytes without reading
// any value: each top-level member's value, and each element of an array member. The import reads
// the companies and postings first and the tasks a run of elements at a time, so that the store can
// start writing before the whole file is parsed (importpipeline.cpp). It only finds boundaries: each
// part is then read by JsonDom::parse, which has the last word on whether it is JSON.
#pragma once

#include <QByteArray>
#include <optional>
#include <vector>

namespace jobprep {

struct JsonLayout
{
    struct Range
    {
        qsizetype begin = 0; // the value's first byte
        qsizetype end = 0;   // one past its last byte
    };
    struct Member
    {
        QByteArray key;
        Range value;
        std::vector<Range> elements; // when the value is an array
    };
    std::vector<Member> members;

    // nullopt for anything but an object whose keys are plain ASCII without escapes, each once, and
    // whose brackets and strings close where they should: such documents are read whole instead.
    static std::optional<JsonLayout> of(const QByteArray &json);

    const Member *member(const char *key) const;
    // The elements [from, to) of an array member as a document of their own: "[e1,e2,…]".
    static QByteArray elements(const QByteArray &json, const Member &array, std::size_t from, std::size_t to);
    // The bytes json[begin, end) inside brackets, as a document of their own: "[…]".
    static QByteArray inArray(const QByteArray &json, qsizetype begin, qsizetype end);
};

} // namespace jobprep

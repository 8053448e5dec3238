// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// The import file as simdjson's On-Demand reader goes through it (importreader.cpp): a padded copy,
// read from the start as often as needed, and the place of a problem as people look for it,
// "line 12, column 5", counted from simdjson's byte offset. Internal to core; only the import's
// sources include simdjson.
#pragma once

#include <optional>
#include <QByteArray>
#include <QString>
#include <simdjson.h>
#include <string_view>

namespace jobprep {

class JsonDocument
{
public:
    // Nesting beyond this many levels is refused (QJsonDocument's limit, which the import had).
    static constexpr int kMaxDepth = 1024;

    // Runs simdjson's first pass over json (without a UTF-8 byte order mark): in place when json has
    // the room simdjson reads past the end (QFile::readAll() leaves some), on a padded copy
    // otherwise. Throws ImportError, naming line and column, for what that pass rejects: bytes that
    // are no UTF-8, a string that never closes, a raw control character inside a string.
    explicit JsonDocument(const QByteArray &json);
    JsonDocument(const JsonDocument &) = delete;
    JsonDocument &operator=(const JsonDocument &) = delete;

    // The top-level object, read from the start of the document: each call starts again there, and
    // values read before become invalid. Throws ImportError when the document is no object, or
    // when it ends before the object closes or goes on after it.
    simdjson::ondemand::object root();
    // After the whole top-level object is read: throws ImportError if anything follows it.
    void expectEnd();

    // The text of a string without escapes: its bytes, which simdjson then need not copy; nullopt
    // when it has one. From just after its opening quote (short strings: names), or its token.
    static std::optional<std::string_view> plainString(const char *raw);
    static std::optional<std::string_view> plainString(std::string_view token);

    // "line L, column C" of a place in the padded copy; columns count characters, not bytes.
    QString lineColumn(const char *at) const;
    // What a simdjson error means to someone fixing the file.
    static QString describe(simdjson::error_code error);
    // Throws ImportError "line L, column C: what".
    [[noreturn]] void fail(const char *at, const QString &what) const;
    // Throws ImportError for a simdjson error at `at`, or where the reader stands when at is null.
    [[noreturn]] void fail(simdjson::error_code error, const char *at = nullptr);

private:
    const char *begin() const { return m_json.data(); }
    const char *end() const { return m_json.data() + m_json.size(); }
    [[noreturn]] void failFirstPass(simdjson::error_code error) const;
    [[noreturn]] void failUnclosedRoot() const;
    [[noreturn]] void failAtEnd() const; // just after the last token

    QByteArray m_source;                 // shared with the caller, unchanged while it is read
    simdjson::padded_string m_copy;      // when m_source has no room after its end
    simdjson::padded_string_view m_json; // what simdjson reads: one of the two
    simdjson::ondemand::parser m_parser;
    simdjson::ondemand::document m_doc;
};

} // namespace jobprep

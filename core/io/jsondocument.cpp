// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "jsondocument.h"
#include "jsonio.h"
#include "jsoniotext.h"

#include <string_view>

namespace jobprep {
namespace {

using simdjson::error_code;

const std::string_view kByteOrderMark("\xEF\xBB\xBF");

// simdjson's first pass says that the text has bytes that are no UTF-8, not where: the first one.
const char *invalidUtf8(const char *p, const char *end)
{
    while (p < end) {
        const auto c = uchar(*p);
        int length = 0;
        char32_t code = 0, least = 0;
        if (c < 0x80) {
            ++p;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            length = 2, code = c & 0x1F, least = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3, code = c & 0x0F, least = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4, code = c & 0x07, least = 0x10000;
        } else {
            return p;
        }
        if (end - p < length)
            return p;
        for (int i = 1; i < length; ++i) {
            if ((uchar(p[i]) & 0xC0) != 0x80)
                return p;
            code = code << 6 | (uchar(p[i]) & 0x3F);
        }
        if (code < least || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return p; // overlong, beyond Unicode, or a surrogate
        p += length;
    }
    return nullptr;
}

// Nor where a string holds a raw control character or never closes: the first such place. A line
// end inside a string most likely means that the string was not closed on its line.
struct StringProblem
{
    const char *at = nullptr; // the control character, or the quote that opens the unclosed string
    simdjson::error_code error = simdjson::SUCCESS;
};
StringProblem stringProblem(const char *p, const char *end)
{
    const char *open = nullptr;
    for (; p < end; ++p) {
        if (!open) {
            if (*p == '"')
                open = p;
        } else if (*p == '\\') {
            ++p; // whatever is escaped
        } else if (*p == '"') {
            open = nullptr;
        } else if (*p == '\n' || *p == '\r') {
            return {open, simdjson::UNCLOSED_STRING};
        } else if (uchar(*p) < 0x20) {
            return {p, simdjson::UNESCAPED_CHARS};
        }
    }
    return {open, open ? simdjson::UNCLOSED_STRING : simdjson::SUCCESS};
}

// Where the value that starts at p (an object) closes, with strings skipped: one past its closing
// brace, or nullptr when the text ends first. Brackets are only counted, as simdjson counts them.
const char *closingOf(const char *p, const char *end)
{
    int depth = 0;
    bool inString = false;
    for (; p < end; ++p) {
        if (inString) {
            if (*p == '\\')
                ++p;
            else if (*p == '"')
                inString = false;
        } else if (*p == '"') {
            inString = true;
        } else if (*p == '{' || *p == '[') {
            ++depth;
        } else if ((*p == '}' || *p == ']') && --depth == 0) {
            return p + 1;
        }
    }
    return nullptr;
}

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

} // namespace

JsonDocument::JsonDocument(const QByteArray &json) : m_source(json)
{
    std::string_view text(m_source.constData(), std::size_t(m_source.size()));
    if (text.substr(0, kByteOrderMark.size()) == kByteOrderMark)
        text.remove_prefix(kByteOrderMark.size()); // as editors on Windows save UTF-8
    // simdjson may read up to SIMDJSON_PADDING bytes past the end, whatever they hold. Reading in
    // place saves copying the file (30 MB for 100 000 tasks): 10-30 ms before the first task.
    // (capacity() counts from the start of the allocation, freeSpaceAtEnd() from the end of the data.)
    const qsizetype room = m_source.data_ptr().freeSpaceAtEnd();
    if (room >= qsizetype(simdjson::SIMDJSON_PADDING)) {
        m_json = simdjson::padded_string_view(text.data(), text.size(), text.size() + std::size_t(room));
    } else {
        m_copy = simdjson::padded_string(text);
        m_json = simdjson::padded_string_view(m_copy.data(), m_copy.size(),
                                              m_copy.size() + simdjson::SIMDJSON_PADDING);
    }
    // Deeper than kMaxDepth is refused before simdjson gets there (its debug builds assert on it).
    if (const error_code e = m_parser.allocate(m_json.size(), kMaxDepth + 8))
        failFirstPass(e);
    if (const error_code e = m_parser.iterate(m_json).get(m_doc))
        failFirstPass(e);
}

simdjson::ondemand::object JsonDocument::root()
{
    if (m_doc.is_alive())
        m_doc.rewind();
    else if (const error_code e = m_parser.iterate(m_json).get(m_doc)) // after an error it cannot rewind
        failFirstPass(e);
    simdjson::ondemand::object object;
    if (const error_code e = m_doc.get_object().get(object)) {
        if (e == simdjson::INCORRECT_TYPE)
            throw ImportError(
                JsonIo::tr("the document must be a JSON object with companies, postings and tasks"));
        if (e == simdjson::INCOMPLETE_ARRAY_OR_OBJECT)
            failUnclosedRoot(); // simdjson checks that the last token closes the first
        fail(e);
    }
    return object;
}

void JsonDocument::expectEnd()
{
    if (const auto at = m_doc.current_location(); !at.error())
        fail(at.value_unsafe(), describe(simdjson::TRAILING_CONTENT));
}

std::optional<std::string_view> JsonDocument::plainString(const char *raw)
{
    // The string closes (simdjson's first pass checked that): a quote comes, escaped or not.
    const char *p = raw;
    while (*p != '"' && *p != '\\')
        ++p;
    if (*p == '\\')
        return std::nullopt;
    return std::string_view(raw, std::size_t(p - raw));
}

std::optional<std::string_view> JsonDocument::plainString(std::string_view token)
{
    // The token runs from the opening quote to the next token, spaces included.
    while (!token.empty() && token.back() != '"')
        token.remove_suffix(1);
    const std::string_view text = token.substr(1, token.size() - 2);
    if (text.find('\\') != std::string_view::npos)
        return std::nullopt;
    return text;
}

QString JsonDocument::lineColumn(const char *at) const
{
    int line = 1, column = 1;
    for (const char *p = begin(); p < at && p < end(); ++p) {
        if (*p == '\n') {
            ++line;
            column = 1;
        } else if ((uchar(*p) & 0xC0) != 0x80 && *p != '\r') {
            ++column; // a character's first byte; the \r of a \r\n is no column of its own
        }
    }
    return JsonIo::tr("line %1, column %2").arg(line).arg(column);
}

QString JsonDocument::describe(simdjson::error_code error)
{
    switch (error) {
    case simdjson::TAPE_ERROR:
        return JsonIo::tr("a comma, colon, bracket or brace is missing or out of place");
    case simdjson::NUMBER_ERROR:
    case simdjson::NUMBER_OUT_OF_RANGE:
        return JsonIo::tr("not a number JSON can hold (a misspelled number, or one beyond ±1.8e308)");
    case simdjson::STRING_ERROR:
        return JsonIo::tr("an escape that is no character (such as \\q, or \\uD800 without its pair)");
    case simdjson::T_ATOM_ERROR:
    case simdjson::F_ATOM_ERROR:
    case simdjson::N_ATOM_ERROR:
    case simdjson::INCORRECT_TYPE:
        return JsonIo::tr("not a JSON value (true, false, null, a number, a string, an array or an object)");
    case simdjson::TRAILING_CONTENT:
        return JsonIo::tr("something follows the end of the top-level object");
    case simdjson::INCOMPLETE_ARRAY_OR_OBJECT:
        return JsonIo::tr("the file ends before its top-level object is closed");
    case simdjson::UTF8_ERROR:
        return JsonIo::tr("these bytes are no UTF-8 text (save the file as UTF-8)");
    case simdjson::UNESCAPED_CHARS:
        return JsonIo::tr("a control character inside a string (write it as an escape such as \\n or \\t)");
    case simdjson::UNCLOSED_STRING:
        return JsonIo::tr("this string is never closed");
    case simdjson::EMPTY:
        return JsonIo::tr("the file holds no JSON");
    case simdjson::DEPTH_ERROR:
        return JsonIo::tr("nested deeper than %1 levels").arg(kMaxDepth);
    case simdjson::CAPACITY:
        return JsonIo::tr("the file is larger than the 4 GiB the reader takes");
    case simdjson::MEMALLOC:
        return JsonIo::tr("not enough memory to read the file");
    default:
        return QString::fromUtf8(simdjson::error_message(error));
    }
}

void JsonDocument::fail(const char *at, const QString &what) const
{
    throw ImportError(QStringLiteral("%1: %2").arg(lineColumn(at), what));
}

void JsonDocument::fail(simdjson::error_code error, const char *at)
{
    if (!at) {
        const auto current = m_doc.current_location();
        at = current.error() ? end() : current.value_unsafe();
    }
    if (at >= end())
        failAtEnd(); // the reader ran out of tokens
    fail(at, describe(error));
}

void JsonDocument::failFirstPass(simdjson::error_code error) const
{
    const char *at = nullptr;
    if (error == simdjson::UTF8_ERROR) {
        at = invalidUtf8(begin(), end());
    } else if (error == simdjson::UNESCAPED_CHARS || error == simdjson::UNCLOSED_STRING) {
        const StringProblem problem = stringProblem(begin(), end());
        if (problem.error == simdjson::UNESCAPED_CHARS)
            fail(problem.at,
                 JsonIo::tr("a control character (U+%1) inside a string (write it as an escape such as "
                            "\\n or \\t)")
                     .arg(QString::number(uchar(*problem.at), 16).toUpper().rightJustified(4, u'0')));
        if (problem.at) {
            at = problem.at;
            error = problem.error;
        }
    }
    if (at)
        fail(at, describe(error));
    throw ImportError(describe(error)); // the place is the whole file (empty, too large)
}

void JsonDocument::failUnclosedRoot() const
{
    const char *first = begin();
    while (first < end() && isJsonSpace(*first))
        ++first;
    if (const char *close = closingOf(first, end())) {
        const char *next = close;
        while (next < end() && isJsonSpace(*next))
            ++next;
        if (next < end())
            fail(next, describe(simdjson::TRAILING_CONTENT));
    }
    failAtEnd();
}

void JsonDocument::failAtEnd() const
{
    const char *last = end();
    while (last > begin() && isJsonSpace(last[-1]))
        --last;
    fail(last, describe(simdjson::INCOMPLETE_ARRAY_OR_OBJECT));
}

} // namespace jobprep

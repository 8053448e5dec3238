// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// JsonDom::parse: the fast reader of a whole UTF-8 document into JsonDom's flat node array.
#include "jsondom.h"

#include <bit>
#include <cfloat>
#include <charconv>
#include <cmath>
#include <cstring>

namespace jobprep {

namespace {

// Deeper documents go to QJsonDocument (its limit is 1024); this keeps the recursion shallow.
constexpr int kMaxDepth = 512;
// Longer number spellings go to QJsonDocument too, so that its conversion has the final word.
constexpr qsizetype kMaxNumberLength = 40;

constexpr bool isDigit(char c) { return c >= '0' && c <= '9'; }
constexpr bool isHex(char c) { return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

// The length of the UTF-8 sequence at p, or 0 when it is not well formed (overlong, a surrogate,
// beyond U+10FFFF or cut short): the same sequences QUtf8Functions::fromUtf8 rejects.
int utf8Length(const unsigned char *p, const unsigned char *end)
{
    const unsigned char b = p[0];
    auto cont = [&](int i) { return p + i < end && (p[i] & 0xC0) == 0x80; };
    if (b >= 0xC2 && b <= 0xDF)
        return cont(1) ? 2 : 0;
    if (b >= 0xE0 && b <= 0xEF) {
        if (!cont(1) || !cont(2))
            return 0;
        if ((b == 0xE0 && p[1] < 0xA0) || (b == 0xED && p[1] > 0x9F))
            return 0;
        return 3;
    }
    if (b >= 0xF0 && b <= 0xF4) {
        if (!cont(1) || !cont(2) || !cont(3))
            return 0;
        if ((b == 0xF0 && p[1] < 0x90) || (b == 0xF4 && p[1] > 0x8F))
            return 0;
        return 4;
    }
    return 0;
}

} // namespace

// Recursive descent over the bytes; any doubt returns false (and the caller asks QJsonDocument).
class JsonDomParser
{
public:
    JsonDomParser(const QByteArray &json, std::vector<JsonDom::Node> &nodes)
        : m_begin(json.constData()), m_p(m_begin), m_end(m_begin + json.size()), m_nodes(nodes)
    {
    }

    bool document()
    {
        if (m_end - m_p > 3 && memcmp(m_p, "\xEF\xBB\xBF", 3) == 0)
            m_p += 3;
        skipSpace();
        if (m_p >= m_end || (*m_p != '{' && *m_p != '['))
            return false;
        if (!value(0))
            return false;
        skipSpace();
        return m_p == m_end;
    }

private:
    using Node = JsonDom::Node;
    using Type = JsonDom::Type;

    void skipSpace()
    {
        while (m_p < m_end && static_cast<unsigned char>(*m_p) <= ' ' &&
               (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }
    JsonDom::Index push(Type type)
    {
        m_nodes.emplace_back();
        m_nodes.back().type = type;
        return JsonDom::Index(m_nodes.size() - 1);
    }
    bool literal(const char *word, qsizetype n, Type type, bool value)
    {
        if (m_end - m_p < n || memcmp(m_p, word, size_t(n)) != 0)
            return false;
        m_p += n;
        m_nodes[push(type)].flag = value;
        return true;
    }

    bool value(int depth)
    {
        if (m_p >= m_end)
            return false;
        switch (*m_p) {
        case '{': return container(depth + 1, Type::Object, '}');
        case '[': return container(depth + 1, Type::Array, ']');
        case '"': return string();
        case 't': return literal("true", 4, Type::Bool, true);
        case 'f': return literal("false", 5, Type::Bool, false);
        case 'n': return literal("null", 4, Type::Null, false);
        default: return number();
        }
    }

    bool container(int depth, Type type, char close)
    {
        if (depth > kMaxDepth)
            return false;
        const JsonDom::Index self = push(type);
        ++m_p;
        skipSpace();
        quint32 count = 0;
        if (m_p < m_end && *m_p == close) {
            ++m_p;
        } else {
            for (;;) {
                if (type == Type::Object) {
                    if (m_p >= m_end || *m_p != '"' || !string())
                        return false;
                    // A name starting with a byte order mark reads as the name without it (QString::
                    // fromUtf8), yet QJsonObject keeps it apart from that name: leave it to Qt.
                    const Node &name = m_nodes.back();
                    if (name.flag != JsonDom::Escaped && name.count >= 3 &&
                        memcmp(m_begin + name.span.offset, "\xEF\xBB\xBF", 3) == 0)
                        return false;
                    skipSpace();
                    if (m_p >= m_end || *m_p != ':')
                        return false;
                    ++m_p;
                    skipSpace();
                }
                if (!value(depth))
                    return false;
                ++count;
                skipSpace();
                if (m_p >= m_end)
                    return false;
                if (*m_p == ',') {
                    ++m_p;
                    skipSpace();
                    continue;
                }
                if (*m_p != close)
                    return false;
                ++m_p;
                break;
            }
        }
        if (m_nodes.size() >= JsonDom::npos)
            return false;
        m_nodes[self].count = count;
        m_nodes[self].span.end = JsonDom::Index(m_nodes.size());
        return true;
    }

    // Skips bytes below 0x80 other than '"' and '\\', eight at a time where it can.
    void skipPlainAscii()
    {
        constexpr quint64 ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
        // A high bit on each byte that is zero; the lowest one found is exact, which is all we use.
        auto zeroBytes = [](quint64 v) { return (v - ones) & ~v & highs; };
        while (m_end - m_p >= 8) {
            quint64 w;
            memcpy(&w, m_p, 8);
            const quint64 special = (w & highs) | zeroBytes(w ^ (ones * '"')) | zeroBytes(w ^ (ones * '\\'));
            if (special) {
                if constexpr (std::endian::native == std::endian::little)
                    m_p += std::countr_zero(special) / 8;
                else
                    m_p += std::countl_zero(special) / 8;
                return;
            }
            m_p += 8;
        }
        while (m_p < m_end && static_cast<unsigned char>(*m_p) < 0x80 && *m_p != '"' && *m_p != '\\')
            ++m_p;
    }

    bool string()
    {
        ++m_p; // the opening quote
        const char *start = m_p;
        quint8 form = JsonDom::Ascii;
        for (;;) {
            skipPlainAscii();
            if (m_p >= m_end)
                return false;
            const char c = *m_p;
            if (c == '"')
                break;
            if (c == '\\') {
                form = JsonDom::Escaped;
                if (m_end - m_p < 2)
                    return false;
                const char e = m_p[1];
                if (e == 'u') {
                    if (m_end - m_p < 6 || !isHex(m_p[2]) || !isHex(m_p[3]) || !isHex(m_p[4]) || !isHex(m_p[5]))
                        return false;
                    m_p += 6;
                } else if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' || e == 'r' ||
                           e == 't') {
                    m_p += 2;
                } else {
                    return false; // Qt reads "\a" as "a"; leave such files to it
                }
                continue;
            }
            const auto *u = reinterpret_cast<const unsigned char *>(m_p);
            // Hangul and most of the BMP: three bytes, E1..EC or EE..EF, then two continuation bytes.
            if (m_end - m_p >= 3 && ((u[0] >= 0xE1 && u[0] <= 0xEC) || u[0] >= 0xEE) && u[0] <= 0xEF &&
                (u[1] & 0xC0) == 0x80 && (u[2] & 0xC0) == 0x80) {
                m_p += 3;
                if (form == JsonDom::Ascii)
                    form = JsonDom::Utf8;
                continue;
            }
            const int n = utf8Length(u, reinterpret_cast<const unsigned char *>(m_end));
            if (n == 0)
                return false;
            m_p += n;
            if (form == JsonDom::Ascii)
                form = JsonDom::Utf8;
        }
        Node &node = m_nodes[push(Type::String)];
        node.flag = form;
        node.count = quint32(m_p - start);
        node.span.offset = quint32(start - m_begin);
        ++m_p; // the closing quote
        return true;
    }

    // Strict JSON numbers only; the value is the one QJsonDocument gives (integers through qint64,
    // the rest correctly rounded, -0 read as 0).
    bool number()
    {
        const char *start = m_p;
        if (*m_p == '-')
            ++m_p;
        if (m_p >= m_end || !isDigit(*m_p))
            return false;
        qint64 n = 0;
        int digitCount = 0;
        if (*m_p == '0') {
            ++m_p;
        } else {
            for (; m_p < m_end && isDigit(*m_p); ++m_p, ++digitCount)
                if (digitCount < 18)
                    n = n * 10 + (*m_p - '0');
        }
        bool integer = true;
        if (m_p < m_end && *m_p == '.') {
            integer = false;
            ++m_p;
            if (m_p >= m_end || !isDigit(*m_p))
                return false;
            while (m_p < m_end && isDigit(*m_p))
                ++m_p;
        }
        if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
            integer = false;
            ++m_p;
            if (m_p < m_end && (*m_p == '+' || *m_p == '-'))
                ++m_p;
            if (m_p >= m_end || !isDigit(*m_p))
                return false;
            while (m_p < m_end && isDigit(*m_p))
                ++m_p;
        }
        if (m_p >= m_end || m_p - start > kMaxNumberLength)
            return false;
        if (integer && digitCount <= 18) { // cannot overflow
            Node &node = m_nodes[push(Type::Number)];
            node.flag = 1;
            node.integer = *start == '-' ? -n : n;
            return true;
        }
        if (integer) {
            const auto [ptr, ec] = std::from_chars(start, m_p, n);
            if (ec == std::errc() && ptr == m_p) {
                Node &node = m_nodes[push(Type::Number)];
                node.flag = 1;
                node.integer = n;
                return true;
            }
            // Beyond qint64: read as a double, as Qt does.
        }
        double d = 0;
        {
            const auto [ptr, ec] = std::from_chars(start, m_p, d);
            if (ec != std::errc() || ptr != m_p || !std::isfinite(d))
                return false;
            // Underflow (to zero or to a subnormal): Qt's own conversion decides.
            bool nonZeroDigit = false;
            for (const char *c = start; c < m_p && *c != 'e' && *c != 'E'; ++c)
                nonZeroDigit = nonZeroDigit || (*c >= '1' && *c <= '9');
            if ((d == 0 && nonZeroDigit) || (d != 0 && std::fabs(d) < DBL_MIN))
                return false;
        }
        if (d == 0)
            d = 0; // -0 reads as 0, as QJsonValue stores it as an integer
        m_nodes[push(Type::Number)].number = d;
        return true;
    }

    const char *m_begin;
    const char *m_p;
    const char *m_end;
    std::vector<JsonDom::Node> &m_nodes;
};

std::optional<JsonDom> JsonDom::parse(const QByteArray &utf8)
{
    if (utf8.size() >= qsizetype(1) << 31)
        return std::nullopt;
    JsonDom dom;
    dom.m_json = utf8;
    // Roughly one node per 8 bytes of a typical export; growing past it is fine.
    dom.m_nodes.reserve(size_t(utf8.size() / 8 + 16));
    JsonDomParser parser(utf8, dom.m_nodes);
    if (!parser.document())
        return std::nullopt;
    return dom;
}

} // namespace jobprep

// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "jsonlayout.h"

#include <cstring>

namespace jobprep {
namespace {

bool isSpace(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

class Scanner
{
public:
    explicit Scanner(const QByteArray &json) : m_begin(json.constData()), m_p(m_begin), m_end(m_begin + json.size()) {}

    std::optional<JsonLayout> document()
    {
        skipSpace();
        if (!take('{'))
            return std::nullopt;
        JsonLayout layout;
        skipSpace();
        if (!take('}')) {
            for (;;) {
                JsonLayout::Member m;
                if (!key(m.key))
                    return std::nullopt;
                for (const JsonLayout::Member &other : layout.members)
                    if (other.key == m.key)
                        return std::nullopt; // which one counts is QJsonDocument's business
                skipSpace();
                if (!take(':'))
                    return std::nullopt;
                skipSpace();
                m.value.begin = offset();
                if (m_p < m_end && *m_p == '[') {
                    if (!arrayElements(m.elements))
                        return std::nullopt;
                } else if (!skipValue()) {
                    return std::nullopt;
                }
                m.value.end = offset();
                layout.members.push_back(std::move(m));
                skipSpace();
                if (take(',')) {
                    skipSpace();
                    continue;
                }
                if (take('}'))
                    break;
                return std::nullopt;
            }
        }
        skipSpace();
        if (m_p != m_end)
            return std::nullopt;
        return layout;
    }

private:
    qsizetype offset() const { return m_p - m_begin; }
    void skipSpace()
    {
        while (m_p < m_end && isSpace(*m_p))
            ++m_p;
    }
    bool take(char c)
    {
        if (m_p < m_end && *m_p == c) {
            ++m_p;
            return true;
        }
        return false;
    }
    bool key(QByteArray &out)
    {
        if (!take('"'))
            return false;
        const char *start = m_p;
        while (m_p < m_end && *m_p != '"') {
            const auto c = static_cast<unsigned char>(*m_p);
            if (c == '\\' || c < 0x20 || c >= 0x80)
                return false;
            ++m_p;
        }
        if (m_p == m_end)
            return false;
        out = QByteArray(start, m_p - start);
        ++m_p;
        return true;
    }
    // Past the closing quote of the string starting at m_p.
    bool skipString()
    {
        ++m_p;
        for (;;) {
            const void *q = std::memchr(m_p, '"', size_t(m_end - m_p));
            if (!q)
                return false;
            const char *quote = static_cast<const char *>(q);
            // Escaped when an odd number of backslashes stand right before it.
            const char *b = quote;
            while (b > m_p && b[-1] == '\\')
                --b;
            m_p = quote + 1;
            if ((quote - b) % 2 == 0)
                return true;
        }
    }
    // Past one value of any kind, brackets matched by kind.
    bool skipValue()
    {
        char stack[64];
        int depth = 0;
        do {
            if (m_p >= m_end)
                return false;
            const char c = *m_p;
            if (c == '"') {
                if (!skipString())
                    return false;
            } else if (c == '{' || c == '[') {
                if (depth == int(sizeof stack))
                    return false; // deeper than any file of ours; read whole
                stack[depth++] = c == '{' ? '}' : ']';
                ++m_p;
            } else if (c == '}' || c == ']') {
                if (depth == 0 || stack[depth - 1] != c)
                    return false;
                --depth;
                ++m_p;
            } else if (depth == 0) {
                // A number or a literal: up to the next separator.
                while (m_p < m_end && !isSpace(*m_p) && *m_p != ',' && *m_p != '}' && *m_p != ']')
                    ++m_p;
                return true;
            } else {
                ++m_p;
            }
        } while (depth > 0);
        return true;
    }
    bool arrayElements(std::vector<JsonLayout::Range> &out)
    {
        ++m_p; // [
        skipSpace();
        if (take(']'))
            return true;
        for (;;) {
            JsonLayout::Range r;
            r.begin = offset();
            if (!skipValue())
                return false;
            r.end = offset();
            out.push_back(r);
            skipSpace();
            if (take(',')) {
                skipSpace();
                continue;
            }
            return take(']');
        }
    }

    const char *m_begin;
    const char *m_p;
    const char *m_end;
};

} // namespace

std::optional<JsonLayout> JsonLayout::of(const QByteArray &json) { return Scanner(json).document(); }

const JsonLayout::Member *JsonLayout::member(const char *key) const
{
    for (const Member &m : members)
        if (m.key == key)
            return &m;
    return nullptr;
}

QByteArray JsonLayout::elements(const QByteArray &json, const Member &array, std::size_t from, std::size_t to)
{
    if (from >= to)
        return inArray(json, 0, 0);
    return inArray(json, array.elements[from].begin, array.elements[to - 1].end);
}

QByteArray JsonLayout::inArray(const QByteArray &json, qsizetype begin, qsizetype end)
{
    QByteArray out;
    out.reserve(end - begin + 2);
    out += '[';
    out.append(json.constData() + begin, end - begin);
    out += ']';
    return out;
}

} // namespace jobprep

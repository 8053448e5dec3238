// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "phrasetrie.h"

#include <algorithm>

namespace jobprep {
namespace {

bool isLatinWord(QChar c)
{
    return c.isDigit() || (c.isLetter() && c.unicode() < 0x0250);
}

} // namespace

namespace {

// Letter or digit, and whether Latin: inline for ASCII and Hangul syllables, Qt's tables otherwise.
inline bool classify(QChar c, bool *latin)
{
    const char16_t u = c.unicode();
    if (u < 0x80) {
        *latin = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
        return *latin;
    }
    if (u >= 0xAC00 && u <= 0xD7A3) {
        *latin = false;
        return true;
    }
    *latin = isLatinWord(c);
    return c.isLetterOrNumber();
}

} // namespace

FoldedText::FoldedText(const QString &text) : source(text)
{
    const qsizetype n = text.size();
    letters.resize(n);
    QChar *out = letters.data();
    at.resize(std::size_t(n));
    qsizetype k = 0;
    bool previousLatin = false;
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        bool latin = false;
        const bool letter = classify(c, &latin);
        if (letter) {
            const char16_t u = c.unicode();
            out[k] = u < 0x80 ? QChar(char16_t(u >= u'A' && u <= u'Z' ? u + 32 : u)) : c.toCaseFolded();
            at[std::size_t(k)] = {i, latin && !previousLatin, false};
            ++k;
        }
        // The previous letter ended a Latin word when this character is not a Latin letter or digit.
        if (previousLatin && !latin && k > 0) {
            const std::size_t last = std::size_t(letter ? k - 2 : k - 1);
            if (letter ? k >= 2 : k >= 1)
                at[last].wordEnd = true;
        }
        previousLatin = latin;
    }
    if (previousLatin && k > 0)
        at[std::size_t(k - 1)].wordEnd = true;
    letters.truncate(k);
    at.resize(std::size_t(k));
}

bool PhraseTrie::add(const QString &phrase, int value, bool merge)
{
    QString p = phrase.trimmed();
    const bool wholeWord = p.endsWith(QLatin1Char('='));
    if (wholeWord)
        p.chop(1);
    const FoldedText f(p);
    if (f.letters.isEmpty())
        return false;
    int node = 0;
    for (const QChar c : f.letters) {
        int next = child(node, c.unicode());
        if (next < 0) {
            next = int(m_nodes.size());
            m_nodes.emplace_back();
            auto &edges = m_nodes[std::size_t(node)].next;
            edges.insert(std::lower_bound(edges.begin(), edges.end(), std::make_pair(c.unicode(), 0)),
                         {c.unicode(), next});
            if (node == 0)
                m_root[c.unicode()] = next;
        }
        node = next;
    }
    Node &end = m_nodes[std::size_t(node)];
    end.value = merge && end.value >= 0 ? (end.value | value) : value;
    end.latinStart = isLatinWord(f.letters.front());
    end.wholeWord = wholeWord;
    return true;
}

int PhraseTrie::child(int node, char16_t key) const
{
    if (node == 0)
        return m_root[key] ? m_root[key] : -1;
    const auto &edges = m_nodes[std::size_t(node)].next;
    if (edges.size() <= 8) {
        for (const auto &[k, n] : edges)
            if (k == key)
                return n;
        return -1;
    }
    const auto it = std::lower_bound(edges.begin(), edges.end(), std::make_pair(key, 0),
                                     [](const auto &a, const auto &b) { return a.first < b.first; });
    return it != edges.end() && it->first == key ? it->second : -1;
}

template <typename OnMatch>
void PhraseTrie::walk(const FoldedText &text, qsizetype start, OnMatch onMatch) const
{
    if (!canStart(text.letters[start]))
        return;
    int node = 0;
    for (qsizetype i = start; i < text.size(); ++i) {
        node = child(node, text.letters[i].unicode());
        if (node < 0)
            return;
        const Node &n = m_nodes[std::size_t(node)];
        if (n.value < 0 || (n.latinStart && !text.wordStart(start)) || (n.wholeWord && !text.wordEnd(i)))
            continue;
        onMatch(i - start + 1, n.value);
    }
}

qsizetype PhraseTrie::longestAt(const FoldedText &text, qsizetype start, int *value) const
{
    qsizetype best = 0;
    walk(text, start, [&](qsizetype length, int v) {
        best = length;
        *value = v;
    });
    return best;
}

std::vector<PhraseTrie::Match> PhraseTrie::scan(const FoldedText &text) const
{
    std::vector<Match> out;
    for (qsizetype i = 0; i < text.size();) {
        int value = 0;
        const qsizetype len = longestAt(text, i, &value);
        if (len > 0) {
            out.push_back({i, len, value});
            i += len;
        } else {
            ++i;
        }
    }
    return out;
}

int PhraseTrie::flags(const FoldedText &text) const
{
    int out = 0;
    for (qsizetype start = 0; start < text.size(); ++start)
        walk(text, start, [&](qsizetype, int value) { out |= value; });
    return out;
}

bool PhraseTrie::contains(const FoldedText &text) const
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        int value = 0;
        if (longestAt(text, i, &value) > 0)
            return true;
    }
    return false;
}

} // namespace jobprep

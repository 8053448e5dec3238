// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "phrasetrie.h"

#include <algorithm>

namespace jobprep {
namespace {

bool isLatinWord(QChar c) { return c.isDigit() || (c.isLetter() && c.unicode() < 0x0250); }

} // namespace

FoldedText::FoldedText(const QString &text) : source(text)
{
    letters.reserve(text.size());
    at.reserve(std::size_t(text.size()));
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (!c.isLetterOrNumber())
            continue;
        const bool latin = isLatinWord(c);
        letters += c.unicode() < 0x80 ? QChar(char16_t(c.unicode() | (c.isUpper() ? 0x20 : 0))) : c.toCaseFolded();
        at.push_back({i, latin && (i == 0 || !isLatinWord(text[i - 1])), latin && (i + 1 == n || !isLatinWord(text[i + 1]))});
    }
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
    m_starts[f.letters.front().unicode() / 64] |= quint64(1) << (f.letters.front().unicode() % 64);
    int node = 0;
    for (const QChar c : f.letters) {
        int next = child(node, c.unicode());
        if (next < 0) {
            next = int(m_nodes.size());
            m_nodes.emplace_back();
            auto &edges = m_nodes[std::size_t(node)].next;
            edges.insert(std::lower_bound(edges.begin(), edges.end(), std::make_pair(c.unicode(), 0)),
                         {c.unicode(), next});
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

qsizetype PhraseTrie::longestAt(const FoldedText &text, qsizetype start, int *value) const
{
    if (!canStart(text.letters[start]))
        return 0;
    qsizetype best = 0;
    int node = 0;
    for (qsizetype i = start; i < text.size(); ++i) {
        node = child(node, text.letters[i].unicode());
        if (node < 0)
            break;
        const Node &n = m_nodes[std::size_t(node)];
        if (n.value < 0)
            continue;
        if (n.latinStart && !text.wordStart(start))
            continue;
        if (n.wholeWord && !text.wordEnd(i))
            continue;
        best = i - start + 1;
        *value = n.value;
    }
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
    for (qsizetype start = 0; start < text.size(); ++start) {
        if (!canStart(text.letters[start]))
            continue;
        int node = 0;
        for (qsizetype i = start; i < text.size(); ++i) {
            node = child(node, text.letters[i].unicode());
            if (node < 0)
                break;
            const Node &n = m_nodes[std::size_t(node)];
            if (n.value < 0 || (n.latinStart && !text.wordStart(start)) ||
                (n.wholeWord && !text.wordEnd(i)))
                continue;
            out |= n.value;
        }
    }
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

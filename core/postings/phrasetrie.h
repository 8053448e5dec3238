// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <vector>

namespace jobprep {

// Text as the posting vocabulary compares it: letters and digits only, case-folded, with where each
// Latin word starts and ends. "What you'll do:" becomes "whatyoulldo"; "주요 업무" becomes "주요업무".
struct FoldedText
{
    struct Letter
    {
        qsizetype origin; // index of the letter in source
        bool wordStart;   // the first letter of a Latin word
        bool wordEnd;     // the last letter of a Latin word
    };
    QString source;         // the text as given
    QString letters;        // case-folded letters and digits
    std::vector<Letter> at; // per character of letters

    explicit FoldedText(const QString &text);
    qsizetype size() const { return letters.size(); }
    bool wordStart(qsizetype i) const { return at[std::size_t(i)].wordStart; }
    bool wordEnd(qsizetype i) const { return at[std::size_t(i)].wordEnd; }
};

// Phrases (stems, headings, markers) with a value each, found in FoldedText by a trie walk from every
// position: linear in the text, whatever the number of phrases. A phrase that starts with a Latin
// letter matches only at the start of a word; one written with a trailing '=' only at a whole word.
class PhraseTrie
{
public:
    struct Match
    {
        qsizetype start = 0;
        qsizetype length = 0;
        int value = 0;
    };

    // Adds a phrase; false when it has no letter or digit (nothing to match). With merge, a phrase
    // added again gets the bitwise OR of both values (values used as sets of flags).
    bool add(const QString &phrase, int value, bool merge = false);
    bool isEmpty() const { return m_nodes.size() <= 1; }
    // The longest phrase at each position, left to right, without overlaps.
    std::vector<Match> scan(const FoldedText &text) const;
    // Whether any phrase occurs.
    bool contains(const FoldedText &text) const;
    // The bitwise OR of the values of every phrase that occurs, overlapping ones included.
    int flags(const FoldedText &text) const;

private:
    struct Node
    {
        std::vector<std::pair<char16_t, int>> next; // sorted by key
        int value = -1;
        bool latinStart = false;
        bool wholeWord = false;
    };
    int child(int node, char16_t key) const;
    // Calls onMatch(length, value) for every phrase that starts at start, shortest first.
    template <typename OnMatch> void walk(const FoldedText &text, qsizetype start, OnMatch onMatch) const;
    // The longest match at start (its length, 0 if none) and its value.
    qsizetype longestAt(const FoldedText &text, qsizetype start, int *value) const;

    std::vector<Node> m_nodes{Node()};
    // The root's children by letter, one lookup per position of the text (0: no phrase starts so).
    std::vector<int> m_root = std::vector<int>(65536, 0);
    bool canStart(QChar c) const { return m_root[c.unicode()] != 0; }
};

} // namespace jobprep

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
    QString source; // the text as given
    QString letters;
    std::vector<bool> wordStart; // per character of letters: the first letter of a Latin word
    std::vector<bool> wordEnd;   // per character of letters: the last letter of a Latin word
    std::vector<qsizetype> origin; // per character of letters: its index in the text

    explicit FoldedText(QStringView text);
    qsizetype size() const { return letters.size(); }
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

    // Adds a phrase; false when it has no letter or digit (nothing to match).
    bool add(const QString &phrase, int value);
    bool isEmpty() const { return m_nodes.size() <= 1; }
    // The longest phrase at each position, left to right, without overlaps.
    std::vector<Match> scan(const FoldedText &text) const;
    // Whether any phrase occurs.
    bool contains(const FoldedText &text) const;

private:
    struct Node
    {
        std::vector<std::pair<char16_t, int>> next; // sorted by key
        int value = -1;
        bool latinStart = false;
        bool wholeWord = false;
    };
    int child(int node, char16_t key) const;
    // The longest match at start (its length, 0 if none) and its value.
    qsizetype longestAt(const FoldedText &text, qsizetype start, int *value) const;

    std::vector<Node> m_nodes{Node()};
};

} // namespace jobprep

// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/enums.h"
#include "phrasetrie.h"

#include <optional>
#include <QStringList>

namespace jobprep {

// Why a line is an eligibility condition rather than something to prepare.
enum class EligibilityKind
{
    None,
    Experience,
    Degree,
    Military,
    Travel,
    WorkPermit,
    Legal
};

// What the parser knows about the words of job postings, read once from
// resources/postings/vocabulary.json (its comment explains the format): heading families scored by
// stems and phrases, the wording inside an item that overrides its heading's section, and the words
// of eligibility conditions.
class PostingVocabulary
{
public:
    struct Heading
    {
        std::optional<Section> section; // empty when the words name no known family
        QString family;                 // "duty", "benefits", "process"…; empty when unknown
        int score = 0;
        double coverage = 0; // share of the letters that are heading wording (filler included)
        bool mixed = false;  // requirements and preferred named together ("자격요건 및 우대사항")
    };
    enum class Marker
    {
        Preferred,
        Requirement,
        Other
    };
    // What the words inside an item say, found in one pass.
    struct ItemWords
    {
        bool preferred = false;                              // "우대", "is a plus", "nice to have"…
        bool requirement = false;                            // "(필수)", "required"…
        bool other = false;                                  // a legal notice, a pay range
        EligibilityKind eligibility = EligibilityKind::None; // the strongest kind its words name
    };

    static const PostingVocabulary &builtIn();
    // Reads the JSON format of vocabulary.json; on failure returns an empty vocabulary and sets *error.
    static PostingVocabulary fromJson(const QByteArray &json, QString *error = nullptr);

    bool isEmpty() const { return m_families.isEmpty(); }
    // Scores a line, decoration already removed, as a heading.
    Heading heading(const FoldedText &text) const;
    Heading heading(const QString &text) const { return heading(FoldedText(text)); }
    ItemWords itemWords(const FoldedText &text) const;
    bool marks(const FoldedText &text, Marker marker) const;
    // The kind of eligibility condition the words name (years of experience are found by number, in
    // Eligibility, not here).
    EligibilityKind eligibilityWords(const FoldedText &text) const { return itemWords(text).eligibility; }

private:
    struct Family
    {
        QString name;
        std::optional<Section> section;
        int priority = 0; // breaks ties: requirement, preferred, duty, eligibility, then the rest
    };
    QList<Family> m_families;
    PhraseTrie m_headings;  // value: family * 1000 + weight
    PhraseTrie m_itemWords; // value: flags, 1 << Marker, and 1 << (8 + EligibilityKind)
    QStringList m_joiners;
};

} // namespace jobprep

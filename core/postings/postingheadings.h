// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/enums.h"

#include <optional>
#include <QString>

namespace jobprep {

class PostingVocabulary;
class SkillDictionary;

// Whether one line, on its own, is a section heading of a job posting, and of which section: the
// parser's rule for a line without neighbours (PostingParser also looks at the lines around it).
class PostingHeadings
{
public:
    // The heading text with its decoration removed: brackets [ ] 【 】 < > 《 》, symbols ■ ◆ ★ ▶,
    // emoji, numbering ("1.", "01", "Ⅱ.", "①"), Markdown and a trailing colon.
    static QString stripDecoration(const QString &line);
    // The section a whole line names when it is a heading, or nullopt when it is not one. A line
    // decorated like a heading needs one known heading word; a plain line must be made of heading
    // wording (at least 60 % of its letters), name no skill and not end a sentence. Families of other
    // sections (benefits, process, location…) give Section::Other.
    static std::optional<Section> classify(const QString &line);
    static std::optional<Section> classify(const QString &line, const PostingVocabulary &vocabulary,
                                           const SkillDictionary &skills);
};

} // namespace jobprep

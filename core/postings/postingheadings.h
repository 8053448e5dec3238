// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/enums.h"

#include <QString>
#include <optional>

namespace jobprep {

// Recognises the section headings of job postings as users paste them from Korean job boards
// (원티드, 잡코리아, 사람인, 토스·당근 style conversational headings), company career pages and
// LinkedIn, in Korean and English.
class PostingHeadings
{
public:
    // The heading text with its decoration removed: brackets [ ] 【 】 < > 《 》, symbols ■ ◆ ★ ▶,
    // emoji, numbering ("1.", "01", "Ⅱ.", "①") and a trailing colon.
    static QString stripDecoration(const QString &line);
    // The section a whole line names when it is a heading, or nullopt when it is not one.
    static std::optional<Section> classify(const QString &line);
    // The folded form headings are compared in: no spaces, apostrophes or trailing punctuation,
    // lower case.
    static QString normalize(const QString &text);
};

} // namespace jobprep

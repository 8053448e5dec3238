// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/domain.h"
#include "postingparser.h"

namespace jobprep {

// From what the parser read to the lines a posting stores, and back: a re-parse of a stored
// posting's text matched against the lines it has.
namespace LineMatch {

// The parsed lines as a posting stores them: section, text and the heading each was placed under.
QList<PostingLine> toPostingLines(const ParseResult &result);

struct Reparse
{
    QList<PostingLine> lines; // the new lines, in the new parse's order; kept ones carry their id
    QList<Id> removed;        // stored lines whose text the new parse no longer has
    int kept = 0;
    int added = 0;
    int sectionsChanged = 0; // kept lines whose section is now another
};

// A stored line whose text (white space simplified) the new parse has again keeps its id, and with
// it its tasks' links and its "I meet this" tick; when the text comes several times, the stored
// lines are taken in order, first those of the same section. A kept line takes the parser's new
// section and heading, unless the user chose its section (sectionByUser), which stays. New text
// comes in as new lines; stored lines whose text is gone are removed (their tasks keep everything
// else and lose only the link). Pure: the service writes the result.
Reparse reparse(const QList<PostingLine> &stored, const QList<PostingLine> &parsed);

} // namespace LineMatch

} // namespace jobprep

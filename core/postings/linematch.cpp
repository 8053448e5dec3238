// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "linematch.h"

#include <QHash>

namespace jobprep {

QList<PostingLine> LineMatch::toPostingLines(const ParseResult &result)
{
    QList<PostingLine> out;
    out.reserve(result.lines.size());
    for (const ParsedLine &l : result.lines)
        out.append(PostingLine(0, l.section, l.text, l.heading));
    return out;
}

LineMatch::Reparse LineMatch::reparse(const QList<PostingLine> &stored, const QList<PostingLine> &parsed)
{
    // Stored lines by text, in posting order; each is taken once.
    QHash<QString, QList<int>> byText;
    for (int i = 0; i < stored.size(); ++i)
        byText[stored[i].text.simplified()].append(i);
    QList<bool> taken(stored.size(), false);
    QList<int> match(parsed.size(), -1);
    auto take = [&](int p, bool sameSection) {
        QList<int> &candidates = byText[parsed[p].text.simplified()];
        for (qsizetype c = 0; c < candidates.size(); ++c) {
            const int s = candidates[c];
            if (sameSection && stored[s].section != parsed[p].section)
                continue;
            match[p] = s;
            taken[s] = true;
            candidates.removeAt(c);
            return;
        }
    };
    // First the lines whose text and section both stay (a skill line and its eligibility twin keep
    // their own ids), then the text alone.
    for (int p = 0; p < parsed.size(); ++p)
        take(p, true);
    for (int p = 0; p < parsed.size(); ++p)
        if (match[p] < 0)
            take(p, false);

    Reparse r;
    r.lines.reserve(parsed.size());
    for (int p = 0; p < parsed.size(); ++p) {
        PostingLine line = parsed[p];
        line.id = 0;
        line.met = false;
        line.sectionByUser = false;
        if (match[p] >= 0) {
            const PostingLine &was = stored[match[p]];
            line.id = was.id;
            line.met = was.met;
            if (was.sectionByUser) {
                line.section = was.section;
                line.sectionByUser = true;
            }
            r.sectionsChanged += line.section != was.section;
            ++r.kept;
        } else {
            ++r.added;
        }
        r.lines.append(line);
    }
    for (int s = 0; s < stored.size(); ++s)
        if (!taken[s])
            r.removed.append(stored[s].id);
    return r;
}

} // namespace jobprep

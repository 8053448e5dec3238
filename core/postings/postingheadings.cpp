// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "postingheadings.h"
#include "postinglines.h"
#include "postingvocabulary.h"
#include "skilldictionary.h"

namespace jobprep {

QString PostingHeadings::stripDecoration(const QString &line)
{
    return PostingLines::stripDecoration(line);
}

std::optional<Section> PostingHeadings::classify(const QString &line)
{
    return classify(line, PostingVocabulary::builtIn(), SkillDictionary::builtIn());
}

std::optional<Section> PostingHeadings::classify(const QString &line, const PostingVocabulary &vocabulary,
                                                 const SkillDictionary &skills)
{
    const PostingLineShape s = PostingLines::shape(line, 1);
    if (s.headingText.isEmpty() || s.headingText.size() > 60)
        return std::nullopt;
    const PostingVocabulary::Heading h = vocabulary.heading(s.headingText);
    if (!h.section)
        return std::nullopt;
    if (s.strongHeadingShape() || s.mark == PostingLineShape::Mark::Heading ||
        s.mark == PostingLineShape::Mark::Number)
        return h.coverage >= 0.5 || s.strongHeadingShape() ? h.section : std::nullopt;
    if (s.mark == PostingLineShape::Mark::Bullet || s.endsSentence || h.coverage < 0.6 ||
        s.headingText.size() > 40 || !skills.matches(s.headingText).isEmpty())
        return std::nullopt;
    return h.section;
}

} // namespace jobprep

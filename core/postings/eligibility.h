// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "postingvocabulary.h"

namespace jobprep {

// Conditions a person meets or not (years of experience, degree, military service, travel, work
// permit), told apart from what a person can prepare.
namespace Eligibility {

// "experience", "degree", "military", "travel", "work-permit", "legal"; empty for None.
QString name(EligibilityKind kind);

// The kind of condition a line states: what its words name (PostingVocabulary::itemWords), or a
// number of years of experience.
EligibilityKind kindOf(QStringView text, EligibilityKind words);
// Whether the line names a number of years or months of experience: "3년 이상", "경력 5년", "3~5년차",
// "6개월 이상", "4+ years", "2-3 yrs", "five years". Calendar years ("2026년") are not experience.
bool namesYears(QStringView text);
// The line without its years of experience, for a task title: "Python 3년 이상" -> "Python",
// "5+ years of experience with Kafka" -> "Kafka".
QString withoutYears(const QString &text);

} // namespace Eligibility

} // namespace jobprep

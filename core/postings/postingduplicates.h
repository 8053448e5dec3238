// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/domain.h"

namespace jobprep {

class Store;

// Stored postings that a new one would repeat: the same URL, or the same company and title. Asked
// before a pasted posting is added, so that pasting one twice is a decision, not an accident.
namespace PostingDuplicates {

// URLs compared without what does not change the page: the scheme's and host's case, a fragment,
// a trailing slash ("HTTPS://Careers.Kakao.com/jobs/1/#apply" is "https://careers.kakao.com/jobs/1").
QString urlKey(const QString &url);
// Titles compared with white space simplified and case folded.
QString titleKey(const QString &title);

// The stored postings (without their text and lines) that `url` or `companyName` and `title`
// repeat; the company is looked up by name as the store does (case-insensitively).
QList<Posting> find(Store &store, const QString &companyName, const QString &title, const QString &url);

} // namespace PostingDuplicates

} // namespace jobprep

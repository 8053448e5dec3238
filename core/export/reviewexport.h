// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/review/weeklyreview.h"

#include <QByteArray>
#include <QCoreApplication>
#include <optional>

namespace jobprep {

enum class ReviewFormat
{
    Markdown,
    Html,
    Json
};
std::optional<ReviewFormat> reviewFormatFromString(const QString &name); // md, html, json

// The weekly review for pasting into Notion or a blog, in the language of the app: GitHub-flavoured
// Markdown (headings, pipe tables, lists) or one HTML page (headings, tables, lists; its style
// inline in the head). The JSON keeps fixed English keys and minutes. All UTF-8.
QByteArray reviewToMarkdown(const WeeklyReview &review);
QByteArray reviewToHtml(const WeeklyReview &review);
QByteArray reviewToJson(const WeeklyReview &review);
QByteArray exportReview(const WeeklyReview &review, ReviewFormat format);

// The review's sentences, shared by its exports and the review dialog.
class ReviewText
{
    Q_DECLARE_TR_FUNCTIONS(jobprep::ReviewText)
public:
    static QString title(const WeeklyReview &r);
    static QString percent(double share);
    static QString scheduleLine(const WeeklyReview &r);
    static QString habitLine(const WeeklyReview::HabitKept &h);
    static QString readiness(int closed, int lines);
    static QString slippedLine(const ReviewInput::Due &d);
    static QString atRiskLine(const AtRiskItem &a);
};

} // namespace jobprep

// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/plan/weeklyplan.h"

#include <QByteArray>

namespace jobprep {

// GitHub-flavoured Markdown: a heading per day, a checklist item per block
// ("- [ ] 19:00–21:00 Spark 스터디 (2h) · Kakao"), then "At risk" and "Next week". UTF-8, LF.
QByteArray planToMarkdown(const WeeklyPlan &plan);
// Backslash-escapes what Markdown would otherwise read as formatting.
QString markdownEscaped(const QString &text);

} // namespace jobprep

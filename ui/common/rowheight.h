// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

class QWidget;

namespace jobprep::ui {

// The height of a row of one line of text in `view`'s font that holds Latin and Hangul alike. A
// row sized from the UI font alone is too short for Korean text, which comes from a CJK fallback
// font with a taller line and then overlaps the rows above and below.
int mixedScriptRowHeight(const QWidget *view);

} // namespace jobprep::ui

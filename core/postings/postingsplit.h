// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace jobprep {

// How one line of a posting becomes several items. Pure functions of their arguments.
namespace PostingSplit {

// "자격요건• Python• SQL" -> {"자격요건", "Python", "SQL"}: a section copied onto one line, split at its
// item marks. Returns the line alone when it holds no mark after some text.
QStringList flattened(const QString &line);
// Sentences of a prose paragraph (split after . ! ? before the next sentence's first letter, never
// inside parentheses or after e.g., i.e., etc., vs., Inc.). A paragraph of one sentence is returned alone.
QStringList sentences(const QString &paragraph);
// "Python, SQL(MySQL, PostgreSQL), Spark" -> {"Python", "SQL(MySQL, PostgreSQL)", "Spark"}: top-level
// commas and semicolons; a leading "and", "or", "및", "또는" is dropped.
QStringList items(const QString &text);
// Cuts an over-long line at white space into pieces of at most max characters.
QStringList cutLong(const QString &text, qsizetype max);

} // namespace PostingSplit

} // namespace jobprep

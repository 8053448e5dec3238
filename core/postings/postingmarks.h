// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

namespace jobprep::PostingMarks {

// The characters and numberings that mark a posting line as a heading, an item or decoration; the
// line's shape (postinglines.h) is read from them.
bool isEmoji(uint cp);
bool isHeadingMark(uint cp);
bool isBulletSymbol(uint cp);
bool isDecorationChar(uint cp);
bool isAsciiDigit(QChar c);
bool isRomanNumeral(QChar c);
bool isListHangul(QChar c);
qsizetype numberingLength(QStringView s);
QString numberingStyle(const QString &token);

} // namespace jobprep::PostingMarks

// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "postingmarks.h"

namespace jobprep::PostingMarks {

bool isEmoji(uint cp)
{
    return cp >= 0x1F000 || (cp >= 0x2600 && cp <= 0x27BF) || cp == 0xFE0F || cp == 0x200D || cp == 0x2B50 ||
           cp == 0x2B55;
}

// Marks that usually start a heading; the rest of the bullet marks usually start an item. Which one a
// line really is, the vocabulary and the lines around it decide.
bool isHeadingMark(uint cp)
{
    switch (cp) {
    case 0x2714:
    case 0x2713:
    case 0x2717:
    case 0x27A4:
    case 0x2794:
    case 0x279C:
        return false; // ✔ ✓ ✗ ➤ ➔ ➜: item marks inside the dingbat block
    case u'■':
    case u'□':
    case u'◆':
    case u'◇':
    case u'◈':
    case u'◎':
    case u'◉':
    case u'★':
    case u'☆':
    case u'▶':
    case u'►':
    case u'▷':
    case u'▸':
    case u'▹':
    case u'❖':
    case u'▣':
        return true;
    default:
        return isEmoji(cp);
    }
}

bool isBulletSymbol(uint cp)
{
    if (cp < 0x80)
        return cp == '-' || cp == '*' || cp == '>' || cp == '+' || cp == '#' || cp == '~';
    switch (cp) {
    case u'•':
    case u'‣':
    case u'◦':
    case u'·':
    case u'ㆍ':
    case u'∙':
    case u'⦁':
    case u'・':
    case u'–':
    case u'—':
    case u'―':
    case u'○':
    case u'●':
    case u'▪':
    case u'▫':
    case u'※':
    case u'»':
        return true;
    default:
        return (cp >= 0x2190 && cp <= 0x2BFF) || isHeadingMark(cp);
    }
}

bool isDecorationChar(uint cp)
{
    if (cp >= 0x1F000)
        return true;
    switch (QChar::category(char32_t(cp))) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
        return false;
    default:
        return true;
    }
}

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}
bool isRomanNumeral(QChar c)
{
    return c >= QChar(0x2160) && c <= QChar(0x2169);
} // Ⅰ..Ⅹ
bool isListHangul(QChar c)
{
    return c >= QChar(u'가') && c <= QChar(u'하');
}

// The length of the numbering that starts s ("(1)", "1)", "1.", "01.", "①", "a)", "a.", "가.", "나)",
// "Ⅱ.", "IV."), with the spaces after it; 0 when s starts otherwise (never for "1.5" or "3년").
qsizetype numberingLength(QStringView s)
{
    const qsizetype n = s.size();
    auto spaceAt = [&](qsizetype i) { return i < n && s[i].isSpace(); };
    auto withSpaces = [&](qsizetype i) {
        while (i < n && s[i].isSpace())
            ++i;
        return i;
    };
    if (n == 0)
        return 0;
    if (s[0] == QLatin1Char('(')) {
        qsizetype i = 1;
        while (i < n && i < 3 && isAsciiDigit(s[i]))
            ++i;
        return i > 1 && i < n && s[i] == QLatin1Char(')') ? withSpaces(i + 1) : 0;
    }
    if (isAsciiDigit(s[0])) {
        qsizetype i = 1;
        if (i < n && isAsciiDigit(s[i]))
            ++i;
        if (i < n && s[i] == QLatin1Char(')'))
            return withSpaces(i + 1);
        if (i < n && (s[i] == QLatin1Char('.') || s[i] == QChar(0xFF0E)) &&
            !(i + 1 < n && isAsciiDigit(s[i + 1])))
            return withSpaces(i + 1);
        return 0;
    }
    if (s[0] >= QChar(0x2460) && s[0] <= QChar(0x2473)) // ①..⑳
        return withSpaces(1);
    if (isRomanNumeral(s[0])) {
        qsizetype i = 1;
        if (i < n && (s[i] == QLatin1Char('.') || s[i] == QLatin1Char(')')))
            ++i;
        return spaceAt(i) ? withSpaces(i) : 0;
    }
    if ((s[0].isLetter() && s[0].unicode() < 0x80) || isListHangul(s[0])) {
        if (n >= 3 && (s[1] == QLatin1Char('.') || s[1] == QLatin1Char(')')) && s[2].isSpace())
            return withSpaces(2);
        qsizetype i = 0; // Roman numerals in Latin letters: "IV."
        while (i < n && i < 4 &&
               (s[i] == QLatin1Char('I') || s[i] == QLatin1Char('V') || s[i] == QLatin1Char('X')))
            ++i;
        if (i > 0 && i < n && (s[i] == QLatin1Char('.') || s[i] == QLatin1Char(')')) && spaceAt(i + 1))
            return withSpaces(i + 1);
    }
    return 0;
}

// The numbering style of a numbered line: what its siblings share ("1." for "3.", "가." for "다.").
QString numberingStyle(const QString &token)
{
    QString style;
    for (const QChar c : token) {
        if (c.isDigit())
            style += QLatin1Char('1');
        else if (c >= QChar(u'가') && c <= QChar(u'힣'))
            style += QChar(u'가');
        else if (c >= QChar(u'①') && c <= QChar(u'⑳'))
            style += QChar(u'①');
        else if (c >= QChar(u'Ⅰ') && c <= QChar(u'Ⅹ'))
            style += QChar(u'Ⅰ');
        else if (c.isLetter())
            style += QLatin1Char('a');
        else if (!c.isSpace())
            style += c;
    }
    style.replace(QStringLiteral("11"), QStringLiteral("1"));
    return style;
}

} // namespace jobprep::PostingMarks

// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "postinglines.h"

namespace jobprep {
namespace {

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

} // namespace

bool PostingLineShape::strongHeadingShape() const
{
    return markdown || wrapped || (endsWithColon && mark != Mark::Bullet && headingText.size() <= 40);
}

namespace PostingLines {

QStringList split(const QString &text)
{
    QStringList out;
    qsizetype start = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text[i].unicode();
        if (c != u'\n' && c != u'\r' && c != 0x2028 && c != 0x2029 && c != 0x0085)
            continue;
        out << text.mid(start, i - start);
        if (c == u'\r' && i + 1 < n && text[i + 1] == QLatin1Char('\n'))
            ++i;
        start = i + 1;
    }
    out << text.mid(start);
    return out;
}

QString clean(const QString &raw, int *indent)
{
    if (indent) {
        int width = 0;
        for (const QChar c : raw) {
            if (c == QLatin1Char('\t'))
                width += 4;
            else if (c == QChar(0x3000))
                width += 2;
            else if (c.isSpace())
                width += 1;
            else
                break;
        }
        *indent = width;
    }
    // Most lines need nothing done: no control character, no odd or doubled space, none at the ends.
    bool plain = !raw.isEmpty() && !raw.front().isSpace() && !raw.back().isSpace();
    for (qsizetype i = 0; plain && i < raw.size(); ++i) {
        const char16_t u = raw[i].unicode();
        const bool hangul = u >= 0xAC00 && u <= 0xD7A3; // most of a Korean posting: never a space
        plain = hangul || (u >= 0x20 && u != 0x7F && u != 0x200B && u != 0xFEFF &&
                           (u != u' ' || raw[i + 1] != QLatin1Char(' ')) && (u == u' ' || u < 0x80 || !raw[i].isSpace()));
    }
    if (plain)
        return raw;
    QString out;
    out.reserve(raw.size());
    bool space = false;
    for (const QChar c : raw) {
        const char16_t u = c.unicode();
        const bool isSpace = c.isSpace() || u < 0x20 || u == 0x7F || u == 0x200B || u == 0xFEFF;
        if (isSpace) {
            space = !out.isEmpty();
            continue;
        }
        if (space)
            out += QLatin1Char(' ');
        space = false;
        out += c;
    }
    return out;
}

// The code point at i of s, and its length in UTF-16 units.
uint codePointAt(QStringView s, qsizetype i, qsizetype *units)
{
    if (s[i].isHighSurrogate() && i + 1 < s.size() && s[i + 1].isLowSurrogate()) {
        *units = 2;
        return QChar::surrogateToUcs4(s[i], s[i + 1]);
    }
    *units = 1;
    return s[i].unicode();
}

// The code point that ends at e (exclusive), and its length.
uint codePointBefore(QStringView s, qsizetype e, qsizetype *units)
{
    if (s[e - 1].isLowSurrogate() && e >= 2 && s[e - 2].isHighSurrogate()) {
        *units = 2;
        return QChar::surrogateToUcs4(s[e - 2], s[e - 1]);
    }
    *units = 1;
    return s[e - 1].unicode();
}

QString stripBullet(const QString &line)
{
    QStringView s = QStringView(line).trimmed();
    for (int round = 0; round < 3; ++round) {
        const qsizetype before = s.size();
        qsizetype i = 0;
        // "+3년", "#1", "-5%" and "~2026" stay: these are bullets only when not glued to what follows.
        while (i < s.size()) {
            qsizetype units = 1;
            const uint cp = codePointAt(s, i, &units);
            if (!isBulletSymbol(cp))
                break;
            const QChar next = i + units < s.size() ? s[i + units] : QChar();
            if ((cp == '+' || cp == '#') && next.isLetterOrNumber())
                break;
            if ((cp == '-' || cp == '~') && next.isDigit())
                break;
            i += units;
        }
        // "ㄴ" alone before a space marks a sub-item in Korean lists.
        if (i == 0 && s.size() > 1 && s[0] == QChar(0x3134) && s[1] == QLatin1Char(' '))
            i = 1;
        s = s.mid(i).trimmed();
        s = s.mid(numberingLength(s)).trimmed();
        if (s.size() == before)
            break;
    }
    return s.size() == line.size() ? line : s.toString(); // unchanged: share the line
}

QString stripDecoration(const QString &line)
{
    // Most lines neither start nor end with decoration: nothing to strip.
    if (!line.isEmpty() && line.front().isLetter() && line.back().isLetterOrNumber() &&
        numberingLength(line) == 0)
        return line;
    QStringView s(line);
    auto trim = [](QStringView v) {
        qsizetype b = 0, e = v.size(), units = 1;
        while (b < e && isDecorationChar(codePointAt(v, b, &units)))
            b += units;
        while (e > b) {
            const uint cp = codePointBefore(v, e, &units);
            if (!isDecorationChar(cp) || cp == ')' || cp == 0xFF09)
                break;
            e -= units;
        }
        // A trailing parenthesis is kept only with its opening one: "자격요건 (필수)".
        if (e > b && (v[e - 1] == QLatin1Char(')') || v[e - 1] == QChar(0xFF09))) {
            const QStringView inner = v.mid(b, e - b);
            if (!inner.contains(QLatin1Char('(')) && !inner.contains(QChar(0xFF08))) {
                --e;
                while (e > b && isDecorationChar(codePointBefore(v, e, &units)))
                    e -= units;
            }
        }
        return v.mid(b, e - b);
    };
    s = trim(s);
    // Numbering left after the marks ("1. 주요업무", "02 필수 요건", "Ⅲ. 우대 사항").
    qsizetype numbering = numberingLength(s);
    if (numbering == 0 && s.size() > 2 && isAsciiDigit(s[0]) && isAsciiDigit(s[1]) && s[2].isSpace())
        numbering = 3;
    if (numbering > 0 && numbering < s.size())
        s = trim(s.mid(numbering));
    return s.trimmed().toString();
}

PostingLineShape shape(const QString &raw, int number)
{
    PostingLineShape s;
    s.number = number;
    s.clean = clean(raw, &s.indent);
    if (s.clean.isEmpty())
        return s;
    s.item = stripBullet(s.clean);
    s.headingText = stripDecoration(s.clean);
    const QChar last = s.clean.back();
    s.endsWithColon = last == QLatin1Char(':') || last == QChar(0xFF1A);
    const QChar itemLast = s.item.isEmpty() ? QChar() : s.item.back();
    s.endsSentence =
        itemLast == QLatin1Char('.') || itemLast == QChar(0x3002) || itemLast == QLatin1Char('!');

    QString body = s.clean;
    qsizetype hashes = 0;
    while (hashes < body.size() && hashes < 7 && body[hashes] == QLatin1Char('#'))
        ++hashes;
    if (hashes >= 1 && hashes <= 6 && hashes < body.size() && body[hashes] == QLatin1Char(' ')) {
        s.markdown = true;
        body = body.mid(hashes + 1);
    }
    // Wrapped: the whole text inside one pair ("**What you bring**", "[근무 환경]", "【모집부문】"), with or
    // without a bullet or numbering before it.
    auto wrappedText = [](QStringView w) {
        w = w.trimmed();
        while (!w.isEmpty() && (w.back() == QLatin1Char(':') || w.back() == QChar(0xFF1A)))
            w.chop(1);
        w = w.trimmed();
        if (w.size() < 3)
            return false;
        static const QList<QPair<QString, QString>> pairs{
            {QStringLiteral("**"), QStringLiteral("**")}, {QStringLiteral("__"), QStringLiteral("__")},
            {QStringLiteral("["), QStringLiteral("]")},   {QStringLiteral("【"), QStringLiteral("】")},
            {QStringLiteral("<"), QStringLiteral(">")},   {QStringLiteral("《"), QStringLiteral("》")},
            {QStringLiteral("〔"), QStringLiteral("〕")}, {QStringLiteral("「"), QStringLiteral("」")},
            {QStringLiteral("『"), QStringLiteral("』")}, {QStringLiteral("＜"), QStringLiteral("＞")},
            {QStringLiteral("〈"), QStringLiteral("〉")}, {QStringLiteral("［"), QStringLiteral("］")}};
        for (const auto &[open, close] : pairs) {
            if (w.front() != open.front() || w.back() != close.back())
                continue;
            if (w.size() > open.size() + close.size() && w.startsWith(open) && w.endsWith(close)) {
                const QStringView inner = w.mid(open.size(), w.size() - open.size() - close.size());
                const QStringView in = inner.trimmed();
                // "*** Spark ***" is emphasis around an item, not a bold heading.
                if (!inner.contains(close) && !inner.contains(open) && !in.isEmpty() &&
                    in.front() != open.back() && in.back() != close.front())
                    return true;
            }
        }
        return false;
    };
    if (wrappedText(body)) {
        s.wrapped = true;
        return s;
    }
    qsizetype firstUnits = 1;
    const uint first = body.isEmpty() ? 0 : codePointAt(body, 0, &firstUnits);
    if (const qsizetype numbering = numberingLength(body); numbering > 0) {
        s.mark = PostingLineShape::Mark::Number;
        s.markKey = numberingStyle(body.left(numbering));
        body = body.mid(numbering);
    } else if (!s.markdown && isHeadingMark(first)) {
        s.mark = PostingLineShape::Mark::Heading;
        s.markKey = QString::fromUcs4(reinterpret_cast<const char32_t *>(&first), 1);
    } else if (!s.markdown && isBulletSymbol(first) && s.item != s.clean) {
        s.mark = PostingLineShape::Mark::Bullet;
        s.markKey = QString::fromUcs4(reinterpret_cast<const char32_t *>(&first), 1);
    }
    if (s.mark == PostingLineShape::Mark::Bullet || s.mark == PostingLineShape::Mark::Heading)
        body = stripBullet(body);
    s.wrapped = wrappedText(body);
    return s;
}

bool isDecoration(const QString &text)
{
    return stripDecoration(text).isEmpty();
}

} // namespace PostingLines
} // namespace jobprep

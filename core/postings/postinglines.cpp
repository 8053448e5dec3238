// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "postinglines.h"
#include "postingmarks.h"

namespace jobprep {

using namespace PostingMarks;

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

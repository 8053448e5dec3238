// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "postingparser.h"
#include "postingheadings.h"

#include <QRegularExpression>

namespace jobprep {
namespace {

bool isBulletSymbol(uint cp)
{
    static const QString bullets = QStringLiteral("•‣◦·ㆍ∙⦁・-*–—―○●◎◉▶►▷▸▹▪▫■□◆◇◈★☆✔✓✅☑✗※→➔➜➤❖>»+#");
    if (cp >= 0x1F000 || (cp >= 0x2190 && cp <= 0x2BFF) || cp == 0xFE0F || cp == 0x200D)
        return true;
    return cp < 0x10000 && bullets.contains(QChar(char16_t(cp)));
}

// Cleans one raw line: control characters and odd spaces become plain spaces, runs collapse.
QString cleanLine(QStringView raw)
{
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

// A line made up to look like a heading, whatever it says.
bool looksLikeHeading(const QString &line)
{
    if (line.size() > 40)
        return false;
    static const QRegularExpression decorated(
        QStringLiteral("^\\s*(?:\\[[^\\]]+\\]|【[^】]+】|<[^>]+>|《[^》]+》|〔[^〕]+〕|#{1,4}\\s+\\S.*|"
                       "\\*\\*[^*]+\\*\\*)\\s*:?\\s*$"));
    return decorated.match(line).hasMatch();
}

// Splits "Python, SQL(MySQL, PostgreSQL), Spark" at top-level commas.
QStringList splitItems(const QString &text)
{
    QStringList out;
    QString cur;
    int depth = 0;
    for (const QChar c : text) {
        if (c == QLatin1Char('(') || c == QChar(0xFF08) || c == QLatin1Char('['))
            ++depth;
        else if ((c == QLatin1Char(')') || c == QChar(0xFF09) || c == QLatin1Char(']')) && depth > 0)
            --depth;
        if (depth == 0 && (c == QLatin1Char(',') || c == QChar(0xFF0C) || c == QChar(0x3001) || c == QLatin1Char(';'))) {
            out << cur;
            cur.clear();
            continue;
        }
        cur += c;
    }
    out << cur;
    static const QRegularExpression conjunction(QStringLiteral("^(?:and|or|및|그리고|또는)\\s+"),
                                                QRegularExpression::CaseInsensitiveOption);
    QStringList items;
    for (QString s : out) {
        s = PostingParser::stripBullet(s.trimmed());
        s.remove(conjunction);
        s = s.trimmed();
        if (!s.isEmpty())
            items << s;
    }
    return items;
}

// Cuts an over-long line at white space into pieces of at most max characters.
QStringList cutLong(const QString &text, qsizetype max)
{
    QStringList out;
    QString rest = text;
    while (rest.size() > max) {
        qsizetype cut = rest.lastIndexOf(QLatin1Char(' '), max);
        if (cut < max / 2)
            cut = max;
        if (cut < rest.size() && rest[cut - 1].isHighSurrogate())
            --cut;
        out << rest.left(cut).trimmed();
        rest = rest.mid(cut).trimmed();
    }
    if (!rest.isEmpty())
        out << rest;
    return out;
}

} // namespace

QStringList ParseResult::skillsIn(Section section) const
{
    QStringList out;
    for (const ParsedLine &l : lines)
        if (l.section == section)
            for (const QString &s : l.skills)
                if (!out.contains(s))
                    out << s;
    return out;
}

int ParseResult::count(Section section) const
{
    return int(std::count_if(lines.begin(), lines.end(), [section](const ParsedLine &l) { return l.section == section; }));
}

QString PostingParser::stripBullet(const QString &line)
{
    static const QRegularExpression numbering(QStringLiteral(
        "^(?:\\(\\d{1,2}\\)|\\d{1,2}\\)|\\d{1,2}[.．](?!\\d)|[①-⑳]|[a-zA-Z][.)](?=\\s)|[가-하][.)](?=\\s))\\s*"));
    QString s = line.trimmed();
    for (int round = 0; round < 3; ++round) {
        const QString before = s;
        const QList<uint> cps = s.toUcs4();
        qsizetype i = 0;
        // "+3년", "#1" and "-5%" stay: these symbols are bullets only when not glued to what follows.
        while (i < cps.size() && isBulletSymbol(cps[i])) {
            const uint next = i + 1 < cps.size() ? cps[i + 1] : 0;
            if ((cps[i] == '+' || cps[i] == '#') && QChar::isLetterOrNumber(char32_t(next)))
                break;
            if (cps[i] == '-' && QChar::isDigit(char32_t(next)))
                break;
            ++i;
        }
        s = QString::fromUcs4(reinterpret_cast<const char32_t *>(cps.constData() + i), cps.size() - i).trimmed();
        s.remove(numbering);
        s = s.trimmed();
        if (s == before)
            break;
    }
    return s;
}

qsizetype PostingParser::utf8Size(const QString &text)
{
    qsizetype n = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        n += u < 0x80 ? 1 : u < 0x800 ? 2 : c.isSurrogate() ? 2 : 3;
    }
    return n;
}

qsizetype PostingParser::invalidUtf8Offset(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        int len = 0;
        uint cp = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            cp = c & 0x07;
        } else {
            return i;
        }
        if (i + len > n)
            return i;
        for (int k = 1; k < len; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
            (cp >= 0xD800 && cp <= 0xDFFF))
            return i; // overlong form, beyond Unicode, or a surrogate
        i += len;
    }
    return -1;
}

ParseResult PostingParser::parseUtf8(const QByteArray &input) const
{
    QByteArray bytes = input;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    ParseResult r;
    if (bytes.size() > kMaxBytes) {
        r.error = QStringLiteral("the posting is %1 bytes long; at most %2 bytes (1 MB) can be parsed")
                      .arg(bytes.size())
                      .arg(kMaxBytes);
        return r;
    }
    if (const qsizetype bad = invalidUtf8Offset(bytes); bad >= 0) {
        const qsizetype lineStart = bytes.lastIndexOf('\n', bad) + 1;
        r.error = QStringLiteral("the posting is not valid UTF-8: byte 0x%1 at line %2, byte %3 (offset %4). "
                                 "Save the text as UTF-8 and try again.")
                      .arg(uint(uchar(bytes[bad])), 2, 16, QLatin1Char('0'))
                      .arg(bytes.left(bad).count('\n') + 1)
                      .arg(bad - lineStart + 1)
                      .arg(bad);
        return r;
    }
    return parse(QString::fromUtf8(bytes));
}

ParseResult PostingParser::parse(const QString &text) const
{
    ParseResult r;
    if (const qsizetype size = utf8Size(text); size > kMaxBytes) {
        r.error = QStringLiteral("the posting is %1 bytes long; at most %2 bytes (1 MB) can be parsed")
                      .arg(size)
                      .arg(kMaxBytes);
        return r;
    }
    static const QRegularExpression lineBreak(QStringLiteral("\\r\\n|[\\r\\n\\x{2028}\\x{2029}\\x{0085}]"));
    Section section = Section::Other;
    QString heading;
    int lineNo = 0;
    auto add = [&](Section s, const QString &h, const QString &item) {
        for (const QString &piece : cutLong(item, kMaxLineChars)) {
            ParsedLine l{s, piece, h, m_skills.find(piece), lineNo};
            for (const QString &skill : l.skills)
                if (!r.skills.contains(skill))
                    r.skills << skill;
            r.lines.append(std::move(l));
        }
    };
    const QStringList rawLines = text.split(lineBreak);
    for (const QString &raw : rawLines) {
        ++lineNo;
        const QString line = cleanLine(raw);
        if (line.isEmpty())
            continue;
        if (const auto s = PostingHeadings::classify(line)) {
            section = *s;
            heading = PostingHeadings::stripDecoration(line);
            continue;
        }
        // Inline form: "자격요건: Python, SQL".
        qsizetype colon = -1;
        for (qsizetype i = 0; i < std::min<qsizetype>(line.size(), 60); ++i)
            if (line[i] == QLatin1Char(':') || line[i] == QChar(0xFF1A)) {
                colon = i;
                break;
            }
        if (colon > 0) {
            const QString left = line.left(colon);
            if (const auto s = PostingHeadings::classify(left)) {
                const QString h = PostingHeadings::stripDecoration(left);
                for (const QString &item : splitItems(line.mid(colon + 1)))
                    add(*s, h, item);
                // A bullet item such as "- 우대: Spark" qualifies that line only.
                static const QString itemBullets = QStringLiteral("-•*·ㆍ∙◦○●▪✔✓");
                if (!itemBullets.contains(left.front())) {
                    section = *s;
                    heading = h;
                }
                continue;
            }
        }
        if (looksLikeHeading(line)) {
            section = Section::Other;
            heading = PostingHeadings::stripDecoration(line);
            continue;
        }
        const QString item = stripBullet(line);
        if (item.isEmpty() || PostingHeadings::stripDecoration(item).isEmpty())
            continue;
        add(section, heading, item);
    }
    return r;
}

} // namespace jobprep

// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "postingparser.h"
#include "postinglines.h"
#include "postingreader.h"
#include "tasktitle.h"

namespace jobprep {

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
    return int(std::count_if(lines.begin(), lines.end(),
                             [section](const ParsedLine &l) { return l.section == section; }));
}

QString PostingParser::stripBullet(const QString &line)
{
    return PostingLines::stripBullet(line);
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
    PostingReader reader(m_skills, m_vocabulary, r);
    reader.read(text);
    QStringList texts;
    texts.reserve(r.lines.size());
    for (const ParsedLine &l : std::as_const(r.lines))
        texts << l.text;
    r.language = TaskTitleWriter::languageOf(texts);
    const TaskTitleWriter &titles = TaskTitleWriter::builtIn();
    for (qsizetype i = 0; i < r.lines.size(); ++i) {
        ParsedLine &l = r.lines[i];
        if (l.section != Section::Requirement && l.section != Section::Preferred)
            continue;
        const TaskTitle t = titles.write(l.text, l.taskKind, l.skills.value(0), r.language, m_skills,
                                         reader.firstSkillSpellings().value(i));
        l.taskTitle = t.title;
        l.taskKind = t.kind;
    }
    return r;
}

} // namespace jobprep

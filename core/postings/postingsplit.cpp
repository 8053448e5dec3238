// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "postingsplit.h"
#include "postinglines.h"

#include <QRegularExpression>

namespace jobprep {
namespace {

// Marks a board uses between the items of a section copied onto one line.
bool isFlatItemMark(QChar c)
{
    switch (c.unicode()) {
    case u'•':
    case u'◦':
    case u'▪':
    case u'●':
    case u'■':
    case u'□':
    case u'◆':
    case u'◇':
    case u'✓':
    case u'✔':
    case u'➤':
    case u'▶':
    case u'►':
    case u'・':
        return true;
    default:
        return false;
    }
}

} // namespace

namespace PostingSplit {

QStringList flattened(const QString &line)
{
    QStringList pieces;
    QString cur;
    int marks = 0;
    for (const QChar c : line) {
        if (isFlatItemMark(c)) {
            if (!cur.trimmed().isEmpty() || !pieces.isEmpty())
                ++marks;
            pieces << cur.trimmed();
            cur.clear();
            continue;
        }
        cur += c;
    }
    pieces << cur.trimmed();
    pieces.removeAll(QString());
    if (marks < 1 || pieces.size() < 2)
        return {line};
    return pieces;
}

QStringList sentences(const QString &paragraph)
{
    static const QStringList abbreviations{
        QStringLiteral("e.g"),  QStringLiteral("i.e"), QStringLiteral("etc"), QStringLiteral("vs"),
        QStringLiteral("inc"),  QStringLiteral("ltd"), QStringLiteral("co"),  QStringLiteral("dr"),
        QStringLiteral("mr"),   QStringLiteral("ms"),  QStringLiteral("no"),  QStringLiteral("approx"),
        QStringLiteral("incl"), QStringLiteral("u.s"), QStringLiteral("st")};
    QStringList out;
    qsizetype start = 0, depth = 0;
    const qsizetype n = paragraph.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = paragraph[i];
        if (c == QLatin1Char('(') || c == QChar(0xFF08))
            ++depth;
        else if ((c == QLatin1Char(')') || c == QChar(0xFF09)) && depth > 0)
            --depth;
        if (depth > 0 ||
            !(c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?') || c == QChar(0x3002)))
            continue;
        qsizetype j = i + 1;
        if (j >= n || !paragraph[j].isSpace())
            continue;
        while (j < n && paragraph[j].isSpace())
            ++j;
        if (j >= n)
            break;
        const QChar next = paragraph[j];
        const bool startsSentence =
            next.isUpper() || next.isDigit() || (next.unicode() >= 0xAC00 && next.unicode() <= 0xD7A3) ||
            next == QLatin1Char('"') || next == QLatin1Char('(') || next == QChar(0x201C);
        if (!startsSentence)
            continue;
        if (c == QLatin1Char('.')) {
            qsizetype w = i;
            while (w > start && (paragraph[w - 1].isLetter() || paragraph[w - 1] == QLatin1Char('.')))
                --w;
            if (abbreviations.contains(paragraph.mid(w, i - w).toCaseFolded()))
                continue;
        }
        out << paragraph.mid(start, i + 1 - start).trimmed();
        start = j;
    }
    out << paragraph.mid(start).trimmed();
    out.removeAll(QString());
    return out;
}

QStringList items(const QString &text)
{
    QStringList out;
    QString cur;
    int depth = 0;
    for (const QChar c : text) {
        if (c == QLatin1Char('(') || c == QChar(0xFF08) || c == QLatin1Char('['))
            ++depth;
        else if ((c == QLatin1Char(')') || c == QChar(0xFF09) || c == QLatin1Char(']')) && depth > 0)
            --depth;
        if (depth == 0 &&
            (c == QLatin1Char(',') || c == QChar(0xFF0C) || c == QChar(0x3001) || c == QLatin1Char(';'))) {
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
        s = PostingLines::stripBullet(s.trimmed());
        s.remove(conjunction);
        s = s.trimmed();
        if (!s.isEmpty() && !PostingLines::isDecoration(s))
            items << s;
    }
    return items;
}

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

} // namespace PostingSplit
} // namespace jobprep

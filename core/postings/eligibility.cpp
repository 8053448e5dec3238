// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "eligibility.h"

#include <QRegularExpression>

namespace jobprep::Eligibility {
namespace {

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// The index just past a number written as digits ("3", "1.5", "3~5", "2-3", "10+"), or -1.
qsizetype afterNumber(QStringView t, qsizetype i, int *value)
{
    const qsizetype n = t.size();
    qsizetype j = i;
    int v = 0;
    while (j < n && isAsciiDigit(t[j])) {
        if (j - i == 2)
            return -1; // three digits or more: a calendar year such as 2026, or no count of years
        v = v * 10 + (t[j].unicode() - '0');
        ++j;
    }
    if (j == i)
        return -1;
    if (j + 1 < n && t[j] == QLatin1Char('.') && isAsciiDigit(t[j + 1]))
        j += 2;
    // A range: "3~5", "3-5", "3 ~ 5"; a "+": "4+", "4 +".
    qsizetype k = j;
    while (k < n && t[k] == QLatin1Char(' '))
        ++k;
    if (k < n && (t[k] == QLatin1Char('~') || t[k] == QLatin1Char('-') || t[k] == QChar(0x2013))) {
        qsizetype m = k + 1;
        while (m < n && t[m] == QLatin1Char(' '))
            ++m;
        if (m < n && isAsciiDigit(t[m])) {
            while (m < n && isAsciiDigit(t[m]))
                ++m;
            j = m;
        }
    }
    while (j < n && (t[j] == QLatin1Char(' ') || t[j] == QLatin1Char('+')))
        ++j;
    *value = v;
    return j;
}

bool startsWithWord(QStringView t, qsizetype i, QLatin1StringView word)
{
    if (t.size() - i < word.size() || t.mid(i, word.size()).compare(word, Qt::CaseInsensitive) != 0)
        return false;
    return i + word.size() == t.size() || !t[i + word.size()].isLetter();
}

} // namespace

QString name(EligibilityKind kind)
{
    switch (kind) {
    case EligibilityKind::None:
        return {};
    case EligibilityKind::Experience:
        return QStringLiteral("experience");
    case EligibilityKind::Degree:
        return QStringLiteral("degree");
    case EligibilityKind::Military:
        return QStringLiteral("military");
    case EligibilityKind::Travel:
        return QStringLiteral("travel");
    case EligibilityKind::WorkPermit:
        return QStringLiteral("work-permit");
    case EligibilityKind::Legal:
        return QStringLiteral("legal");
    }
    return {};
}

bool namesYears(QStringView t)
{
    const qsizetype n = t.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (!isAsciiDigit(t[i]) || (i > 0 && (isAsciiDigit(t[i - 1]) || t[i - 1] == QLatin1Char('.'))))
            continue;
        int value = 0;
        const qsizetype j = afterNumber(t, i, &value);
        if (j < 0 || j >= n || value > 40)
            continue;
        if (t[j] == QChar(u'년')) {
            // "3년 이상", "3년차", "3년의", "3년 경력" — not "2026년도", "3년 뒤".
            const QStringView rest = t.mid(j + 1).trimmed();
            if (!rest.startsWith(u"도") && !rest.startsWith(u"뒤") && !rest.startsWith(u"후") &&
                !rest.startsWith(u"전"))
                return true;
        }
        if (t.mid(j).startsWith(u"개월"))
            return true;
        if (startsWithWord(t, j, QLatin1StringView("years")) ||
            startsWithWord(t, j, QLatin1StringView("year")) ||
            startsWithWord(t, j, QLatin1StringView("yrs")) || startsWithWord(t, j, QLatin1StringView("yr")) ||
            startsWithWord(t, j, QLatin1StringView("years'")) ||
            t.mid(j).startsWith(u"years’", Qt::CaseInsensitive) ||
            startsWithWord(t, j, QLatin1StringView("YOE")))
            return true;
    }
    static const QRegularExpression words(QStringLiteral("\\b(?:one|two|three|four|five|six|seven|eight|nine|"
                                                         "ten|several|many)\\+?\\s+(?:\\+\\s*)?years?\\b"),
                                          QRegularExpression::CaseInsensitiveOption);
    // Number words ("five years"): only worth a regex when the line has a "y" at all.
    if (!t.contains(QLatin1Char('y')) && !t.contains(QLatin1Char('Y')))
        return false;
    return t.contains(QLatin1String("year"), Qt::CaseInsensitive) && words.match(t).hasMatch();
}

EligibilityKind kindOf(QStringView text, EligibilityKind words)
{
    if (words != EligibilityKind::None && words != EligibilityKind::Experience)
        return words;
    if (words == EligibilityKind::Experience || namesYears(text))
        return EligibilityKind::Experience;
    return EligibilityKind::None;
}

QString withoutYears(const QString &text)
{
    static const QRegularExpression korean(
        QStringLiteral("(?:(?:관련\\s*)?(?:실무\\s*)?(?:경력|경험|업무)\\s*(?:이|은|는)?\\s*)?"
                       "\\d{1,2}(?:\\.\\d)?\\s*(?:[~\\-–]\\s*\\d{1,2}\\s*)?(?:년|개월)\\s*(?:차)?\\s*"
                       "(?:이상|이하|미만|내외|정도)?\\s*(?:의|인|이신|이상인|되신)?\\s*(?:분|자)?"));
    static const QRegularExpression english(
        QStringLiteral(
            "(?:(?:at\\s+least|minimum\\s+(?:of\\s+)?|min\\.?)\\s*)?"
            "(?:\\d{1,2}(?:\\s*[-–~]\\s*\\d{1,2})?\\s*\\+?\\s*|(?:one|two|three|four|five|six|seven|eight|"
            "nine|"
            "ten|several)\\+?\\s+)(?:years?|yrs?)['’]?(?:\\s+of)?"
            "(?:\\s+(?:professional|industry|relevant|hands-on|practical|work|working|production))?"
            "(?:\\s+experience)?(?:\\s+(?:with|in|using|as|of|on))?"),
        QRegularExpression::CaseInsensitiveOption);
    QString out = text;
    out.replace(korean, QStringLiteral(" "));
    out.replace(english, QStringLiteral(" "));
    static const QRegularExpression spaces(QStringLiteral("\\s{2,}"));
    out.replace(spaces, QStringLiteral(" "));
    out = out.trimmed();
    // Left-over joints: "Python 또는 Java로 데이터 파이프라인을" keeps its words; "( )" and a dangling
    // "," or "and" go.
    static const QRegularExpression dangling(
        QStringLiteral("^(?:[,;:·]|and\\b|of\\b)\\s*|\\s*(?:[,;:·(]|and|with|in)$|\\(\\s*\\)"),
        QRegularExpression::CaseInsensitiveOption);
    for (int i = 0; i < 3; ++i)
        out = out.remove(dangling).trimmed();
    return out;
}

} // namespace jobprep::Eligibility

// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "dates.h"

#include <QRegularExpression>

namespace jobprep {

QDate gregorianDate(int year, int month, int day)
{
    if (year < 1 || year > 9999)
        return QDate(year, month, day);
    if (month < 1 || month > 12 || day < 1)
        return {};
    static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    if (day > kDays[month - 1] + (month == 2 && leap ? 1 : 0))
        return {};
    // Days from 1970-01-01 by whole 400-year eras (Howard Hinnant's days_from_civil); Julian day
    // 2440588 is 1970-01-01.
    const int y = month <= 2 ? year - 1 : year;
    const int era = y / 400; // y >= 0 here
    const int yearOfEra = y - era * 400;
    const int dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    const int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return QDate::fromJulianDay(qint64(era) * 146097 + dayOfEra - 719468 + 2440588);
}

std::optional<QDate> parseIsoDate(QStringView text)
{
    // The usual "YYYY-MM-DD" without a regular expression: an import reads two dates per task.
    if (text.size() == 10 && text[4] == u'-' && text[7] == u'-') {
        int parts[3] = {0, 0, 0};
        bool digits = true;
        for (int i = 0, part = 0; i < 10 && digits; ++i) {
            if (i == 4 || i == 7) {
                ++part;
                continue;
            }
            const char16_t c = text[i].unicode();
            digits = c >= u'0' && c <= u'9';
            parts[part] = parts[part] * 10 + (c - u'0');
        }
        if (digits) {
            const QDate d = gregorianDate(parts[0], parts[1], parts[2]);
            return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
        }
        return std::nullopt;
    }
    static const QRegularExpression re(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QDate d(m.capturedView(1).toInt(), m.capturedView(2).toInt(), m.capturedView(3).toInt());
    if (!d.isValid())
        return std::nullopt;
    return d;
}

QString isoDateTimeText(const QDateTime &dt)
{
    const QDate d = dt.date();
    const QTime t = dt.time();
    const Qt::TimeSpec spec = dt.timeSpec();
    if (!dt.isValid() || (spec != Qt::LocalTime && spec != Qt::UTC) || d.year() < 1000 || d.year() > 9999)
        return dt.toString(Qt::ISODate);
    // Digit by digit: QDateTime::toString and snprintf each cost thousands of instructions per stamp.
    char16_t text[20];
    auto put = [&text](int at, int value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            text[at + i] = char16_t(u'0' + value % 10);
    };
    put(0, d.year(), 4);
    text[4] = u'-';
    put(5, d.month(), 2);
    text[7] = u'-';
    put(8, d.day(), 2);
    text[10] = u'T';
    put(11, t.hour(), 2);
    text[13] = u':';
    put(14, t.minute(), 2);
    text[16] = u':';
    put(17, t.second(), 2);
    text[19] = u'Z';
    return QString(reinterpret_cast<const QChar *>(text), spec == Qt::UTC ? 20 : 19);
}

QString dDay(const QDate &deadline, const QDate &today)
{
    if (!deadline.isValid() || !today.isValid())
        return {};
    const qint64 days = today.daysTo(deadline);
    if (days == 0)
        return QStringLiteral("D-day");
    if (days > 0)
        return QStringLiteral("D-%1").arg(days);
    return QStringLiteral("D+%1").arg(-days);
}

std::optional<QDate> parseIsoWeek(QStringView text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})-W(\\d{2})$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const int year = m.capturedView(1).toInt();
    const int week = m.capturedView(2).toInt();
    // January 4th is always in week 1.
    const QDate jan4(year, 1, 4);
    const QDate monday = jan4.addDays(1 - jan4.dayOfWeek()).addDays(7 * (week - 1));
    int y = 0;
    if (week < 1 || monday.weekNumber(&y) != week || y != year)
        return std::nullopt;
    return monday;
}

QString isoWeekName(const QDate &day)
{
    int year = 0;
    const int week = day.weekNumber(&year);
    return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
}

} // namespace jobprep

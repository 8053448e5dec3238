// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "icstimezone.h"

namespace jobprep {

QString icsUtcOffset(int seconds)
{
    const QChar sign = seconds < 0 ? QLatin1Char('-') : QLatin1Char('+');
    const int abs = std::abs(seconds);
    QString s = QStringLiteral("%1%2%3").arg(sign).arg(abs / 3600, 2, 10, QLatin1Char('0')).arg((abs / 60) % 60, 2, 10,
                                                                                                  QLatin1Char('0'));
    if (abs % 60)
        s += QStringLiteral("%1").arg(abs % 60, 2, 10, QLatin1Char('0'));
    return s;
}

namespace {

QString localStamp(const QDateTime &utc, int offsetSeconds)
{
    // DTSTART of an observance is the wall-clock time in the offset in force before it.
    return utc.toUTC().addSecs(offsetSeconds).toString(QStringLiteral("yyyyMMdd'T'HHmmss")).left(15);
}

void appendObservance(QStringList &out, const QTimeZone &zone, const QTimeZone::OffsetData &t)
{
    const int before = zone.offsetFromUtc(t.atUtc.addSecs(-1));
    const QString kind = t.daylightTimeOffset != 0 ? QStringLiteral("DAYLIGHT") : QStringLiteral("STANDARD");
    out << QStringLiteral("BEGIN:") + kind << QStringLiteral("DTSTART:") + localStamp(t.atUtc, before)
        << QStringLiteral("TZOFFSETFROM:") + icsUtcOffset(before)
        << QStringLiteral("TZOFFSETTO:") + icsUtcOffset(t.offsetFromUtc);
    if (!t.abbreviation.isEmpty())
        out << QStringLiteral("TZNAME:") + t.abbreviation;
    out << QStringLiteral("END:") + kind;
}

} // namespace

QStringList vtimezoneLines(const QTimeZone &zone, const QDateTime &fromUtc, const QDateTime &toUtc)
{
    QStringList out{QStringLiteral("BEGIN:VTIMEZONE"), QStringLiteral("TZID:") + QString::fromUtf8(zone.id())};
    int observances = 0;
    if (zone.hasTransitions()) {
        const QTimeZone::OffsetData first = zone.previousTransition(fromUtc.addSecs(1));
        if (first.atUtc.isValid()) {
            appendObservance(out, zone, first);
            ++observances;
        }
        for (const QTimeZone::OffsetData &t : zone.transitions(fromUtc, toUtc))
            if (!first.atUtc.isValid() || t.atUtc > first.atUtc) {
                appendObservance(out, zone, t);
                ++observances;
            }
    }
    if (observances == 0) {
        // A fixed zone (UTC, or one Qt knows no history for): one observance since the epoch.
        const int offset = zone.offsetFromUtc(fromUtc);
        const QString name = zone.abbreviation(fromUtc);
        out << QStringLiteral("BEGIN:STANDARD") << QStringLiteral("DTSTART:19700101T000000")
            << QStringLiteral("TZOFFSETFROM:") + icsUtcOffset(offset) << QStringLiteral("TZOFFSETTO:") + icsUtcOffset(offset);
        if (!name.isEmpty())
            out << QStringLiteral("TZNAME:") + name;
        out << QStringLiteral("END:STANDARD");
    }
    out << QStringLiteral("END:VTIMEZONE");
    return out;
}

} // namespace jobprep

// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "clock.h"

#include <algorithm>
#include <QAbstractEventDispatcher>
#include <QTimer>

namespace jobprep {

Clock::Clock(QObject *parent)
    : QObject(parent), m_source([] { return QDateTime::currentDateTime(); }), m_midnight(new QTimer(this))
{
    m_midnight->setSingleShot(true);
    connect(m_midnight, &QTimer::timeout, this, [this] {
        checkDay();
        armMidnight();
    });
    m_seen = today();
    armMidnight();
}

Clock::~Clock() = default;

void Clock::setSource(Source source)
{
    m_source = std::move(source);
    m_seen = today();
    armMidnight();
}

void Clock::startOn(const QDate &day)
{
    m_offsetDays = 0;
    m_offsetDays = m_source().date().daysTo(day);
    m_seen = today();
    armMidnight();
}

QDateTime Clock::now() const
{
    const QDateTime t = m_source();
    return m_offsetDays ? t.addDays(m_offsetDays) : t;
}

bool Clock::checkDay()
{
    const QDate day = today();
    if (day == m_seen)
        return false;
    m_seen = day;
    Q_EMIT dayChanged(day);
    return true;
}

void Clock::armMidnight()
{
    if (!QAbstractEventDispatcher::instance(thread()))
        return; // no event loop to fire it (a fuzzer, a tool): checkDay() by hand

    // A little after midnight, so that the new day has begun when the timer fires; at most an hour
    // away, so that a clock set forward or a suspended machine is noticed within the hour anyway.
    const QDateTime t = now();
    const qint64 ms = t.msecsTo(QDateTime(t.date().addDays(1), QTime(0, 0))) + 200;
    m_midnight->start(int(std::clamp<qint64>(ms, 1000, 3600 * 1000)));
}

} // namespace jobprep

// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <QDateTime>
#include <QObject>

class QTimer;

namespace jobprep {

// The one clock of the app: what "now" and "today" are for every write (created and updated stamps,
// done dates, stage changes) and every view (the board's urgency, D-days, the week plan). Today
// moves at midnight while the app runs: dayChanged() is emitted then, and the views follow.
//
// --today DATE (GUI and CLI alike) moves the calendar to that day and keeps the wall clock's time
// of day; the day still changes at the next midnight. Tests inject the time with setSource().
class Clock : public QObject
{
    Q_OBJECT
public:
    using Source = std::function<QDateTime()>;

    explicit Clock(QObject *parent = nullptr); // the system clock
    ~Clock() override;

    void setSource(Source source);    // where the time comes from (tests)
    void startOn(const QDate &today); // --today: the calendar shifted by whole days
    QDateTime now() const;
    QDate today() const { return now().date(); }

    // Emits dayChanged() when today is no longer the day last seen; returns whether it did. Called
    // at each midnight, and by the window when it is activated (after a suspend the timer is late).
    bool checkDay();

Q_SIGNALS:
    void dayChanged(const QDate &today);

private:
    void armMidnight();

    Source m_source;
    qint64 m_offsetDays = 0;
    QDate m_seen;
    QTimer *m_midnight;
};

} // namespace jobprep

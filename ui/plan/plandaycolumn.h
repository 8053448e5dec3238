// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/plan/weeklyplan.h"

#include <QFrame>

class QLabel;
class QProgressBar;
class QVBoxLayout;

namespace jobprep {

// One day of the plan view: the date, a bar of hours used against the day's capacity, the blocks.
class PlanDayColumn : public QFrame
{
    Q_OBJECT
public:
    explicit PlanDayColumn(QWidget *parent = nullptr);
    void setDay(const PlanDay &day, bool isToday);
    QProgressBar *capacityBar() const { return m_bar; }

Q_SIGNALS:
    void taskActivated(jobprep::Id taskId);

private:
    QWidget *busyWidget(const BusyBlock &busy);

    QLabel *m_title;
    QProgressBar *m_bar;
    QVBoxLayout *m_blocks;
};

} // namespace jobprep

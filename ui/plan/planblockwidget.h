// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/plan/weeklyplan.h"

#include <QFrame>

namespace jobprep {

// One block of the plan: task, company, hours, with a stripe in its quadrant's colour.
// Double-click, Enter or Space activates it (opens the task).
class PlanBlockWidget : public QFrame
{
    Q_OBJECT
public:
    explicit PlanBlockWidget(const PlanBlock &block, QWidget *parent = nullptr);
    const PlanBlock &block() const { return m_block; }

Q_SIGNALS:
    void activated(jobprep::Id taskId);

protected:
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    PlanBlock m_block;
};

} // namespace jobprep

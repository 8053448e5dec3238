// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/domain.h"

#include <QWidget>
#include <functional>

class QDialog;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace jobprep {
struct ChangeSet;
}

namespace jobprep::ui {

class HabitSyncer;
class HeatmapWidget;
class TaskController;

// The Habits tab: each open habit with its current and longest streak, the repositories that give
// its evidence (with a note when one cannot be read), and its heatmap, where a click ticks or
// un-ticks a day by hand (one undoable command). Follows the service's change sets and its clock;
// while hidden it only notes that it is out of date.
class HabitsView : public QWidget
{
    Q_OBJECT
public:
    HabitsView(TaskController &controller, HabitSyncer *syncer, QWidget *parent = nullptr);

    // Test and screenshot seam: how the link dialog runs (default: exec()).
    void setDialogRunner(std::function<int(QDialog &)> runner) { m_runDialog = std::move(runner); }
    HeatmapWidget *heatmap(Id taskId) const;
    QLabel *summary(Id taskId) const;
    QStringList sourceTexts(Id taskId) const;
    int habitCount() const;

public Q_SLOTS:
    void refresh();
    void linkRepository(jobprep::Id taskId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void apply(const ChangeSet &changes);
    QWidget *card(const Task &habit);

    TaskController &m_controller;
    HabitSyncer *m_syncer;
    QVBoxLayout *m_cards;
    QLabel *m_status;
    QPushButton *m_sync;
    bool m_outOfDate = false;
    std::function<int(QDialog &)> m_runDialog;
};

} // namespace jobprep::ui

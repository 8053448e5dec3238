// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/domain.h"

#include <QWidget>
#include <array>

class QListView;
class QSplitter;

namespace jobprep::ui {

class BoardState;
class QuadrantModel;
class QuadrantPane;
class TaskController;

// The 2×2 board: 1 Do first top left, 2 Schedule top right, 3 Limit bottom left, 4 Drop / later
// bottom right, in splitters the user can resize. One selection at a time: selecting in a pane
// clears the others, so "the selection" is always the cards of one pane.
class BoardView : public QWidget
{
    Q_OBJECT
public:
    BoardView(BoardState &state, TaskController *controller, QWidget *parent = nullptr);

    QuadrantModel *model(Quadrant q) const;
    QuadrantPane *pane(Quadrant q) const;
    QList<Id> selectedIds() const;
    Id currentId() const; // the focused card, or the first selected one
    void selectIds(const QList<Id> &ids);

    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

Q_SIGNALS:
    void selectionChanged();
    void activated(jobprep::Id id); // double click or Enter on a card

private:
    void onSelectionChanged(QListView *from);

    std::array<QuadrantPane *, 4> m_panes{};
    QSplitter *m_rows;
    std::array<QSplitter *, 2> m_columns{};
    bool m_clearing = false;
};

} // namespace jobprep::ui

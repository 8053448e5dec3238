// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "companiesmodel.h"
#include "core/domain/domain.h"

#include <QWidget>
#include <functional>

class QListWidget;
class QTableView;
class QDialog;
class QUndoStack;

namespace jobprep {

class Store;

// The companies tab: the companies table, the selected company's stage history, and buttons to
// change the stage or delete (tasks stay, links removed). Every change is a command on the given
// undo stack, so it shares Undo/Redo with the board.
class CompaniesView : public QWidget
{
    Q_OBJECT
public:
    CompaniesView(Store &store, QUndoStack *undoStack, QWidget *parent = nullptr,
                  CompaniesModel::NextTasks nextTasks = {});
    CompaniesModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    Id currentCompany() const;
    void setStage(Stage stage); // of the current company
    void deleteCurrent();
    void editCurrent(); // name, interest, website, notes; one undoable command
    void addCompany();
    // Test seam: how the edit dialog runs (default: QDialog::exec).
    void setDialogRunner(std::function<int(QDialog &)> runner) { m_runDialog = std::move(runner); }

private:
    void showHistory();

    Store &m_store;
    QUndoStack *m_undo;
    CompaniesModel *m_model;
    QTableView *m_table;
    QListWidget *m_history;
    std::function<int(QDialog &)> m_runDialog; // empty: QDialog::exec
};

} // namespace jobprep

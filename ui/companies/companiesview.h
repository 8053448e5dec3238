// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "companiesmodel.h"
#include "core/domain/domain.h"

#include <QWidget>
#include <functional>

class QComboBox;
class QListWidget;
class QTableView;
class QDialog;

namespace jobprep {

class Store;
namespace ui {
class TaskController;
}

// The companies tab: the companies table, the selected company's stage history and stage, and
// buttons to change the stage, edit, add or delete (tasks stay, links removed). Every change goes
// through the controller, a command on the window's undo stack, so it shares Undo/Redo with the board.
class CompaniesView : public QWidget
{
    Q_OBJECT
public:
    CompaniesView(ui::TaskController &controller, QWidget *parent = nullptr, CompaniesModel::NextTasks nextTasks = {});
    CompaniesModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QComboBox *stageBox() const { return m_stage; }
    Id currentCompany() const;
    void setStage(Stage stage); // of the current company
    void deleteCurrent();
    void editCurrent(); // name, interest, website, notes; one undoable command
    void addCompany();
    // Test seam: how the edit dialog runs (default: QDialog::exec).
    void setDialogRunner(std::function<int(QDialog &)> runner) { m_runDialog = std::move(runner); }

private:
    int currentRow() const; // -1: none
    void showHistory();

    ui::TaskController &m_controller;
    CompaniesModel *m_model;
    QTableView *m_table;
    QListWidget *m_history;
    QComboBox *m_stage;
    QList<QWidget *> m_forCurrent; // what acts on the selected company: disabled while there is none
    std::function<int(QDialog &)> m_runDialog; // empty: QDialog::exec
};

} // namespace jobprep

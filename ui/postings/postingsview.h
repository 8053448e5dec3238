// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/domain.h"

#include <functional>
#include <QWidget>

class QDialog;
class QLabel;
class QMenu;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTreeView;

namespace jobprep::ui {

class PostingLinesModel;
class PostingsFilter;
class PostingsModel;
class TaskController;

// The Postings tab: every stored posting (company, title, role, deadline with its D-day,
// readiness, URL), filtered to the company chosen in the companies dock; under it the selected
// posting's lines by section, each requirement and preferred line with the task that closes it
// and that task's status, one-of lines as such, and the eligibility checklist ("I meet this").
// Actions: edit, re-parse from the stored text, delete, open the URL, make a task for a line that
// has none, move a line to another section, paste a new posting. Every change is a command on the
// window's undo stack (TaskController).
class PostingsView : public QWidget
{
    Q_OBJECT
public:
    explicit PostingsView(TaskController &controller, QWidget *parent = nullptr);

    PostingsModel *model() const { return m_model; }
    PostingsFilter *filter() const { return m_filter; }
    PostingLinesModel *linesModel() const { return m_lines; }
    QTableView *table() const { return m_table; }
    QTreeView *linesView() const { return m_linesView; }
    // Test and screenshot seam: how the edit dialog runs (default: QDialog::exec).
    void setDialogRunner(std::function<int(QDialog &)> runner) { m_runDialog = std::move(runner); }

    void setCompany(Id companyId); // the companies dock's choice (0: all)
    Id currentPosting() const;
    void selectPosting(Id id);
    Id currentLine() const; // 0: none, or a section's heading row
    void selectLine(Id lineId);

    void editCurrent();
    void reparseCurrent();
    void deleteCurrent();
    bool openUrl();
    void makeTaskForCurrentLine();
    void moveCurrentLine(Section section);

Q_SIGNALS:
    void pasteRequested(jobprep::Id companyId);
    // A task to make for a line: the window opens it in the task editor (prefilled) and adds it.
    void makeTaskRequested(const jobprep::Task &task);
    void taskActivated(jobprep::Id taskId);
    void message(const QString &text); // for the status bar

private:
    void buildActions();
    void showCurrent();
    void updateHeader();
    void updateActions();
    void ensureSelection();
    void lineActivated(const QModelIndex &index);
    void linesMenu(const QPoint &pos);
    int runDialog(QDialog &dialog);

    TaskController &m_controller;
    PostingsModel *m_model;
    PostingsFilter *m_filter;
    PostingLinesModel *m_lines;
    QTableView *m_table;
    QTreeView *m_linesView;
    QLabel *m_header;
    QStackedWidget *m_details;
    QPushButton *m_edit = nullptr;
    QPushButton *m_reparse = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_makeTask = nullptr;
    QPushButton *m_moveLine = nullptr;
    QMenu *m_moveMenu = nullptr;
    std::function<int(QDialog &)> m_runDialog;
};

} // namespace jobprep::ui

// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/domain.h"

#include <QMainWindow>
#include <functional>

class QDialog;
class QMenu;
class QTabWidget;

namespace jobprep {
class Service;
class Store;
}

namespace jobprep::ui {

class BoardState;
class BoardView;
class CalendarSyncController;
class CompaniesDock;
class FilterBar;
class PostingsView;
class HabitSyncer;
class TaskController;

// The window a user lives in. The central area is a tab widget whose first tab is the board (filter
// bar above the 2×2 quadrants); other views add their own tabs with addView(). Menus are built one
// per function so a new view can add its actions without touching the rest. Every change goes
// through the controller and the service; "today" is the service's clock, so --today and tests see
// the same dates everywhere, and it moves at midnight. Writes of other processes on the same file
// (jobprep-cli) are looked for twice a second and whenever the window is activated, and every view
// follows them.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // How often the window looks for writes of other processes (jobprep-cli on the same file).
    static constexpr int kOtherWritersMs = 500;

    explicit MainWindow(Service &service, QWidget *parent = nullptr);
    ~MainWindow() override;

    Store &store() { return m_store; }
    Service &service() { return m_service; }
    BoardView *board() const { return m_board; }
    BoardState *boardState() const { return m_state; }
    TaskController *controller() const { return m_controller; }
    CompaniesDock *companiesDock() const { return m_companies; }
    FilterBar *filterBar() const { return m_filterBar; }
    int addView(QWidget *view, const QString &title);
    // The Postings tab's view, shown (and so built) first.
    PostingsView *postingsView();
    QMenu *viewMenu() const { return m_viewMenu; }
    CalendarSyncController *calendarSync() const { return m_calendarSync; }

    // Test and screenshot seam: how modal dialogs run (default: QDialog::exec).
    void setDialogRunner(std::function<int(QDialog &)> runner) { m_runDialog = std::move(runner); }
    // Habits (mainwindowhabits.cpp): the repositories' reader; whether a new week offers its review.
    HabitSyncer *habitSyncer() const { return m_habitSync; }
    void setOffersReview(bool offer) { m_offerReview = offer; }
    void reviewWeek();

Q_SIGNALS:
    // Once, after the board's first rows are painted: work that can wait starts here.
    void firstPainted();

public Q_SLOTS:
    void newTask();
    // The task editor on `task` (a task proposed for a posting line); OK adds it.
    void addTaskFor(const jobprep::Task &task);
    void editTask(jobprep::Id id);
    void editCurrentTask();
    void moveSelection(jobprep::Quadrant target); // None unpins
    void completeSelection();
    void deleteSelection();
    void focusFilter();
    void editSettings();
    void addPosting();
    // Starts JobPrep on another database file (a new one when create) and closes this window.
    void switchDatabase(const QString &path, bool create);
    bool importFile(const QString &path); // all or nothing, with a cancellable progress dialog

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildCentral();
    void addViews();
    void createPostingMenu();
    void createFileMenu();
    void createEditMenu();
    void createTaskMenu();
    void createViewMenu();
    void createHelpMenu();
    void addHabits();
    void recordTodaysPlan();
    void offerReview();
    void createCalendarSync(QMenu *fileMenu); // mainwindowcalendar.cpp
    QAction *makeAction(const char *objectName, const QString &text, const QList<QKeySequence> &keys,
                        bool boardOnly = false);
    void applyFilter();
    void updateActions();
    void saveSettings() const;
    void restoreSettings();

    Service &m_service;
    Store &m_store;
    TaskController *m_controller;
    BoardState *m_state;
    QTabWidget *m_tabs = nullptr;
    BoardView *m_board = nullptr;
    FilterBar *m_filterBar = nullptr;
    CompaniesDock *m_companies = nullptr;
    PostingsView *m_postings = nullptr; // built with its tab, when first shown
    QMenu *m_viewMenu = nullptr;
    CalendarSyncController *m_calendarSync = nullptr;
    QList<QAction *> m_selectionActions; // enabled only with a selection
    std::function<int(QDialog &)> m_runDialog;
    HabitSyncer *m_habitSync = nullptr;
    bool m_offerReview = true;
};

} // namespace jobprep::ui

// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// MainWindow's menus, actions and the commands behind them (construction and settings are in
// mainwindow.cpp).
#include "core/store/store.h"
#include "mainwindow.h"
#include "plannerhelp.h"
#include "settingsdialog.h"
#include "ui/calendar/calendarsettingspage.h"
#include "taskeditordialog.h"
#include "ui/board/boardstate.h"
#include "ui/board/boardview.h"
#include "ui/board/filterbar.h"
#include "ui/commands/taskcontroller.h"
#include "ui/companies/companiesdock.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenuBar>
#include <QUndoStack>

namespace jobprep::ui {

QAction *MainWindow::makeAction(const char *objectName, const QString &text, const QList<QKeySequence> &keys,
                                bool boardOnly)
{
    auto *a = new QAction(text, this);
    a->setObjectName(QString::fromLatin1(objectName));
    QString plain = text;
    a->setIconText(plain.remove(QLatin1Char('&')).remove(QStringLiteral("…")));
    a->setShortcuts(keys);
    // Screen readers read menu items from their text; the tool tip and status tip carry the key too.
    const QString key = keys.isEmpty() ? QString() : keys.first().toString(QKeySequence::NativeText);
    a->setToolTip(key.isEmpty() ? a->iconText() : QStringLiteral("%1 (%2)").arg(a->iconText(), key));
    a->setStatusTip(a->toolTip());
    // Keys a text field needs (Space, Delete, Enter) act on cards only while the board has focus.
    if (boardOnly) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_board->addAction(a);
    } else {
        addAction(a);
    }
    return a;
}

void MainWindow::createFileMenu()
{
    QMenu *m = menuBar()->addMenu(tr("&File"));
    m->setObjectName(QStringLiteral("fileMenu"));
    QAction *settings = makeAction("actionSettings", tr("&Settings…"), {QKeySequence::Preferences});
    connect(settings, &QAction::triggered, this, &MainWindow::editSettings);
    m->addAction(settings);
    createCalendarSync(m);
    m->addSeparator();
    QAction *quit = makeAction("actionQuit", tr("&Quit"), {QKeySequence::Quit});
    connect(quit, &QAction::triggered, this, &QWidget::close);
    m->addAction(quit);
}

void MainWindow::createEditMenu()
{
    QMenu *m = menuBar()->addMenu(tr("&Edit"));
    m->setObjectName(QStringLiteral("editMenu"));
    QUndoStack *stack = m_controller->undoStack();
    QAction *undo = stack->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    QAction *redo = stack->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    for (QAction *a : {undo, redo}) {
        addAction(a);
        m->addAction(a);
    }
    m->addSeparator();
    QAction *find = makeAction("actionFilter", tr("&Filter…"), {QKeySequence(Qt::CTRL | Qt::Key_F)});
    connect(find, &QAction::triggered, this, &MainWindow::focusFilter);
    m->addAction(find);
}

void MainWindow::createTaskMenu()
{
    QMenu *m = menuBar()->addMenu(tr("&Task"));
    m->setObjectName(QStringLiteral("taskMenu"));
    QAction *add = makeAction("actionNewTask", tr("&New task…"), {QKeySequence(Qt::CTRL | Qt::Key_N)});
    connect(add, &QAction::triggered, this, &MainWindow::newTask);
    QAction *edit = makeAction("actionEditTask", tr("&Edit task…"), {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)}, true);
    connect(edit, &QAction::triggered, this, &MainWindow::editCurrentTask);
    QAction *done = makeAction("actionMarkDone", tr("Mark &done"), {QKeySequence(Qt::Key_Space)}, true);
    connect(done, &QAction::triggered, this, &MainWindow::completeSelection);
    QAction *del = makeAction("actionDeleteTask", tr("De&lete"), {QKeySequence(Qt::Key_Delete)}, true);
    connect(del, &QAction::triggered, this, &MainWindow::deleteSelection);
    m->addActions({add, edit, done, del});
    m->addSeparator();
    m_selectionActions = {edit, done, del};
    for (int q = 1; q <= 4; ++q) {
        const QByteArray name = "actionMoveTo" + QByteArray::number(q);
        QAction *move = makeAction(name.constData(), tr("Move to &%1 %2").arg(q).arg(displayName(Quadrant(q))),
                                   {QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + q))});
        connect(move, &QAction::triggered, this, [this, q] { moveSelection(Quadrant(q)); });
        m->addAction(move);
        m_selectionActions << move;
    }
    QAction *unpin = makeAction("actionUnpin", tr("Let the &planner place it"), {QKeySequence(Qt::CTRL | Qt::Key_0)});
    connect(unpin, &QAction::triggered, this, [this] { moveSelection(Quadrant::None); });
    m->addAction(unpin);
    m_selectionActions << unpin;
}

void MainWindow::createViewMenu()
{
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    QAction *dock = m_companies->toggleViewAction();
    dock->setObjectName(QStringLiteral("actionShowCompanies"));
    m_viewMenu->addAction(dock);
}

void MainWindow::createHelpMenu()
{
    QMenu *m = menuBar()->addMenu(tr("&Help"));
    m->setObjectName(QStringLiteral("helpMenu"));
    QAction *how = makeAction("actionPlannerHelp", tr("How the planner &decides"), {QKeySequence::HelpContents});
    connect(how, &QAction::triggered, this, [this] {
        PlannerHelpDialog dialog(m_store.settings(), this);
        m_runDialog(dialog);
    });
    m->addAction(how);
}

void MainWindow::editSettings()
{
    SettingsDialog dialog(*m_controller, this);
    dialog.addCalendarPage(new CalendarSettingsPage(m_service, *m_calendarSync, &dialog));
    connect(&dialog, &SettingsDialog::databaseChangeRequested, this, &MainWindow::switchDatabase);
    m_runDialog(dialog); // it saves on OK, through the controller; the change set moves the cards
}

void MainWindow::updateActions()
{
    const bool any = !m_board->selectedIds().isEmpty();
    for (QAction *a : std::as_const(m_selectionActions))
        a->setEnabled(any);
}

void MainWindow::focusFilter()
{
    m_filterBar->textEdit()->setFocus(Qt::ShortcutFocusReason);
    m_filterBar->textEdit()->selectAll();
}

void MainWindow::moveSelection(Quadrant target)
{
    const QList<Id> ids = m_board->selectedIds();
    if (m_controller->moveTasks(ids, target))
        m_board->selectIds(ids); // the selection follows the cards to their new pane
}

void MainWindow::completeSelection() { m_controller->completeTasks(m_board->selectedIds()); }
void MainWindow::deleteSelection() { m_controller->deleteTasks(m_board->selectedIds()); }
void MainWindow::editCurrentTask() { editTask(m_board->currentId()); }

void MainWindow::editTask(Id id)
{
    const auto task = m_store.task(id);
    if (!task)
        return;
    TaskEditorDialog dialog(m_store, m_controller->today(), *task, this);
    if (m_runDialog(dialog) == QDialog::Accepted && m_controller->editTask(dialog.task()))
        m_board->selectIds({id});
}

void MainWindow::newTask()
{
    Task t;
    t.title = tr("New task");
    t.companyId = m_state->filter().companyId; // filtered to a company: the new task is for it
    addTaskFor(t);
}

void MainWindow::addTaskFor(const Task &task)
{
    TaskEditorDialog dialog(m_store, m_controller->today(), task, this);
    dialog.titleEdit()->selectAll();
    if (m_runDialog(dialog) != QDialog::Accepted)
        return;
    if (const Id id = m_controller->addTask(dialog.task()))
        m_board->selectIds({id});
}

} // namespace jobprep::ui

// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "storecommand.h"

#include <QObject>

class QUndoStack;
class QWidget;

namespace jobprep {
class Store;
}

namespace jobprep::ui {

// The one path every change takes: drag and drop, keyboard, menus and the editor all call here, and
// each call becomes one command on the undo stack. Write failures are shown in a message box (see
// MessageBox for the test seam) and leave the data and the app as they were.
class TaskController : public QObject
{
    Q_OBJECT
public:
    TaskController(Store &store, const QDate &today, QObject *parent = nullptr);

    Store &store() { return m_store; }
    const QDate &today() const { return m_today; }
    QUndoStack *undoStack() const { return m_undo; }
    void setDialogParent(QWidget *parent) { m_dialogParent = parent; }

    // Each returns false when nothing changed (invalid ids, or the store refused the write).
    bool moveTasks(const QList<Id> &ids, Quadrant target); // None unpins
    bool reorder(const QList<Id> &paneOrder);
    bool editTask(const Task &after);
    bool deleteTasks(const QList<Id> &ids);
    bool completeTasks(const QList<Id> &ids);
    Id addTask(const Task &task); // 0 when refused

Q_SIGNALS:
    void failed(const QString &what, const QString &message);

private:
    bool push(StoreCommand *command);
    ErrorSink sink();
    QList<Id> existing(const QList<Id> &ids, bool openOnly);

    Store &m_store;
    QDate m_today;
    QUndoStack *m_undo;
    QWidget *m_dialogParent = nullptr;
    bool m_lastFailed = false;
};

} // namespace jobprep::ui

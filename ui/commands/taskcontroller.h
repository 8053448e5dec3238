// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/settings.h"
#include "core/habits/habitrecord.h"
#include "core/postings/postingintake.h"
#include "core/service/postingservice.h"
#include "storecommand.h"

#include <optional>
#include <QObject>

class QUndoStack;
class QWidget;

namespace jobprep {
class Service;
class Store;
} // namespace jobprep

namespace jobprep::ui {

// The one path every change made in the window takes: drag and drop, keyboard, menus, the task
// editor and the company, posting and settings dialogs all call here, and each call becomes one
// command on the undo stack, run through the service. Write failures are shown in a message box
// (see MessageBox for the test seam) and leave the data and the app as they were.
class TaskController : public QObject
{
    Q_OBJECT
public:
    explicit TaskController(Service &service, QObject *parent = nullptr);

    Service &service() { return m_service; }
    Store &store();
    QDate today() const; // the service's clock, asked each time (it moves at midnight)
    QUndoStack *undoStack() const { return m_undo; }
    void setDialogParent(QWidget *parent) { m_dialogParent = parent; }

    // Each returns false when nothing changed (invalid ids, or the service refused the write).
    bool moveTasks(const QList<Id> &ids, Quadrant target); // None unpins
    bool reorder(const QList<Id> &paneOrder);
    bool editTask(const Task &after);
    bool deleteTasks(const QList<Id> &ids);
    bool completeTasks(const QList<Id> &ids);
    Id addTask(const Task &task); // 0 when refused

    Id addCompany(const Company &company); // 0 when refused
    bool editCompany(const Company &after);
    bool setCompanyStage(Id id, Stage stage);
    bool deleteCompany(Id id);
    // A pasted posting and its ticked proposals; nullopt when refused.
    std::optional<IntakeResult> addPosting(const QString &companyName, const Posting &posting,
                                           const QList<ProposedTask> &proposals);
    // A stored posting (the Postings view).
    bool editPosting(Id id, const PostingDetails &details);
    bool deletePosting(Id id);
    std::optional<ReparseResult> reparsePosting(Id id);
    bool setLineSection(Id postingId, Id lineId, Section section);
    bool setEligibilityMet(const QList<Id> &lineIds, bool met);
    bool saveSettings(const Settings &settings);

    // Habits: a day ticked or un-ticked by hand, a repository linked or unlinked.
    bool setHabitDay(Id taskId, const QDate &day, bool done);
    bool linkRepository(const HabitLink &link);
    bool unlinkRepository(Id taskId, const QString &repo);

    // Runs a command (its first redo) and keeps it on the stack; false when it failed.
    bool push(StoreCommand *command);
    ErrorSink sink();

Q_SIGNALS:
    void failed(const QString &what, const QString &message);

private:
    // One step named `text`: `apply` makes the change through the service (StoreCommand).
    bool change(const QString &text, StoreCommand::Apply apply);
    QList<Id> existing(const QList<Id> &ids, bool openOnly);

    Service &m_service;
    QUndoStack *m_undo;
    QWidget *m_dialogParent = nullptr;
    bool m_lastFailed = false;
};

} // namespace jobprep::ui

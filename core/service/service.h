// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "changeset.h"
#include "core/store/storewriter.h"

#include <functional>
#include <memory>
#include <QObject>

class QTimer;

namespace jobprep {

class CalendarService;
class Clock;
class CompanyService;
class DataService;
class HabitService;
class PlanService;
class PostingService;
class SettingsService;
class TaskService;

// The only way anything changes data. The GUI's commands and dialogs and the CLI's commands call
// the transitions of tasks(), companies(), postings(), settings(), data() and calendar(); each runs in one
// transaction, and its commit is announced once, with what it changed, by changed(). Views read
// through store(), whose write functions are closed to them (StoreWriter).
//
// Every transition can hand back the rows it changed (a Change); revert() writes them back as
// they were, with the same ids, stamps and links, and reapply() writes them again: the undo stack's
// steps are exact inverses.
//
// Writes of other processes (jobprep-cli on the same file) are noticed by checkForOtherWriters(),
// which watchOtherWriters() runs on a timer.
class Service : public QObject
{
    Q_OBJECT
public:
    explicit Service(Store &store, QObject *parent = nullptr);
    ~Service() override;

    Store &store() const { return m_store; }
    Clock &clock() const { return *m_clock; }

    TaskService &tasks() const { return *m_tasks; }
    CompanyService &companies() const { return *m_companies; }
    PostingService &postings() const { return *m_postings; }
    SettingsService &settings() const { return *m_settings; }
    DataService &data() const { return *m_data; }
    HabitService &habits() const { return *m_habits; }
    PlanService &plans() const { return *m_plans; }
    CalendarService &calendar() const { return *m_calendar; }

    // Undo and redo of a recorded change. Throw DbError (Conflict: a row was changed elsewhere
    // since) and then write nothing.
    void revert(const Change &change);
    void reapply(const Change &change);

    // Whether another connection has committed since the last look (PRAGMA data_version); if so,
    // changed() announces that anything may differ.
    bool checkForOtherWriters();
    void watchOtherWriters(int intervalMs);

Q_SIGNALS:
    void changed(const jobprep::ChangeSet &changes);

private:
    friend class TaskService;
    friend class CompanyService;
    friend class PostingService;
    friend class SettingsService;
    friend class DataService;
    friend class HabitService;
    friend class PlanService;
    friend class CalendarService;

    StoreWriter &writer() { return m_writer; }
    // Runs fn in one recorded transaction (or inside the one already running), then announces it.
    void write(const std::function<void()> &fn, Change *recorded);
    // A write too large to record (an import): fn opens its own transaction; afterwards
    // everything is announced as possibly changed.
    void writeUnrecorded(const std::function<void()> &fn);
    void announce(const ChangeSet &changes);

    Store &m_store;
    StoreWriter m_writer;
    Clock *m_clock;
    int m_depth = 0;
    int m_dataVersion = 0;
    QTimer *m_watch = nullptr;
    std::unique_ptr<TaskService> m_tasks;
    std::unique_ptr<CompanyService> m_companies;
    std::unique_ptr<PostingService> m_postings;
    std::unique_ptr<SettingsService> m_settings;
    std::unique_ptr<DataService> m_data;
    std::unique_ptr<HabitService> m_habits;
    std::unique_ptr<PlanService> m_plans;
    std::unique_ptr<CalendarService> m_calendar;
};

} // namespace jobprep

// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/calendar.h"
#include "core/domain/domain.h"
#include "core/domain/settings.h"
#include "core/habits/habitrecord.h"
#include "core/placement/placement.h"
#include "core/sqlite/backup.h"
#include "core/sqlite/database.h"
#include "core/sqlite/dberror.h"
#include "core/sqlite/rowsource.h"
#include "core/domain/plannedblock.h"
#include "taskrows.h"

#include <QObject>
#include <functional>
#include <optional>

namespace jobprep {

namespace test {
class StoreTestAccess;
}
class BoardQueries;

// The SQLite store: the only place that reads or writes the database file. Every write is one
// transaction; every failure throws DbError with SQLite's message, and nothing is half-written.
// Its writes are open to the service only (StoreWriter), which announces each committed change.
class Store : public QObject
{
    Q_OBJECT
public:
    static constexpr int kSchemaVersion = 7;
    static constexpr int kApplicationId = 0x4A505250; // "JPRP"

    struct Options
    {
        bool readOnly;
        int busyTimeoutMs;
        Options(bool ro = false, int busyMs = 5000) : readOnly(ro), busyTimeoutMs(busyMs) {}
        // Test seam: called inside the upgrade transaction after each schema step; throw to fail it.
        std::function<void(int step)> migrationStepHook;
    };

    // Opens (creating if needed) and migrates. Throws DbError: NewerSchema, NotADatabase, Busy…
    Store(const QString &path, Options options, QObject *parent = nullptr);
    explicit Store(const QString &path, QObject *parent = nullptr) : Store(path, Options(), parent) {}
    ~Store() override;

    const QString &path() const { return m_db.path(); }

    // Reads. Writes are below, private: only a StoreWriter reaches them, and only the service
    // (core/service) makes one.
    std::optional<Company> company(Id id);
    std::optional<Company> companyByName(const QString &name); // case-insensitive
    QList<Company> companies();

    std::optional<Posting> posting(Id id); // with its lines
    QList<Posting> postings(Id companyId = 0);
    // Every posting without its text and lines (a list of them), by deadline (none last), then id.
    QList<Posting> postingHeads();
    // The tasks linked to a posting's lines, done or not, in line order.
    struct LineTask
    {
        Id lineId = 0;
        Id taskId = 0;
        QString title;
        Kind kind = Kind::Other;
        Status status = Status::Todo;
    };
    QList<LineTask> lineTasks(Id postingId);
    // Each posting's company, deadline, requirement lines and those of them a done task closes
    // (readiness), in one pass.
    struct PostingCoverage
    {
        Id postingId = 0;
        Id companyId = 0;
        QDate deadline;
        int requirementLines = 0;
        int requirementLinesDone = 0;
    };
    void forEachPostingCoverage(const std::function<void(const PostingCoverage &)> &fn);

    std::optional<Task> task(Id id);
    QList<Task> tasks(bool includeDone = true);
    QList<LinkFacts> linkFacts(); // for all open tasks
    QList<LinkFacts> linkFacts(Id taskId); // for one task, open or not
    // Open tasks with only what placement and the pane order read (id, kind, due, estimate, status,
    // company, repeat, pinned, manual order); titles, notes, stamps and links are left empty.
    // Called once per task, in id order, without holding them all in memory.
    void forEachPlacementTask(const std::function<void(const Task &)> &fn);
    // Each open task's id and title in id order, until fn returns false (proposing tasks for a posting).
    void forEachOpenTaskTitle(const std::function<bool(Id, const QString &)> &fn);
    // Every task, done or not, with only id, title, status and links (skill demand); in id order,
    // without holding them all in memory.
    void forEachTaskTitle(const std::function<void(const Task &)> &fn);

    Settings settings();

    // Habits (storehabits.cpp). The open habits, in id order.
    QList<Task> openHabits();
    // A habit's record: every day with commits or a mark, from `from` to `to` (invalid: no bound),
    // in date order.
    QList<HabitDay> habitDays(Id taskId, const QDate &from = {}, const QDate &to = {});
    QList<QDate> habitDoneDays(Id taskId); // in date order
    // The commits of one day that count for a habit, newest first, at most `max`.
    QList<EvidenceCommit> habitCommits(Id taskId, const QDate &day, int max);
    QList<HabitLink> habitLinks(Id taskId = 0); // 0: every habit's
    std::optional<HabitLink> habitLink(Id linkId);
    // The plans recorded on the days from `from` to `to` (storeplans.cpp), by day recorded then
    // position; and whether one was recorded on `day`.
    QList<PlannedBlock> plannedBlocks(const QDate &from, const QDate &to);
    bool hasRecordedPlan(const QDate &day);
    // The weekly review's reads: tasks done, or due, from `from` to `to`; and every requirement line
    // of a posting with its company and the day a task closing it was first done (invalid: open).
    QList<Task> tasksDoneBetween(const QDate &from, const QDate &to);
    QList<Task> tasksDueBetween(const QDate &from, const QDate &to);
    struct RequirementLine
    {
        Id companyId = 0;
        QString company;
        Stage stage = Stage::Interested;
        QDate postingDeadline;
        QDate closedOn;
    };
    QList<RequirementLine> requirementLines();
    // The calendar sync (storecalendar.cpp). The random id this database was given at creation or
    // upgrade, from which its calendar events' UIDs are built.
    QString databaseId();
    CalendarAccount calendarAccount();
    QList<CalendarRecord> calendarRecords(const QString &calendar); // by UID
    QList<CalendarObject> calendarObjects();                         // by href
    // Busy events that may reach into the dates from..to (invalid: open ends), by start.
    QList<BusyEvent> busyEvents(const QDate &from = {}, const QDate &to = {});
    // The status of each of `ids` that is a task; a deleted task is missing.
    QHash<Id, Status> taskStatuses(const QList<Id> &ids);

    // What differs between the stored placement inputs and groups and what the rules give now:
    // empty when none. Only reads (it works on a read-only store).
    QStringList placementCacheProblems(int max = 20);
    // PRAGMA data_version: changes when another connection commits (not when this one does).
    int dataVersion();
    // A backup of this file into `folder` with SQLite's backup API (BackupFolder::take), and one
    // only when the newest there is older than a day (BackupFolder::takeIfDue).
    BackupFile backUp(BackupFolder &folder, const QDateTime &now, bool rotate = true);
    std::optional<BackupFile> backUpIfDue(BackupFolder &folder, const QDateTime &now);

    static QString validate(const Task &task);
    static QString validate(const Company &company);
    static QString validate(const Posting &posting);

private:
    friend class StoreWriter;
    friend class test::StoreTestAccess;
    friend class BoardQueries;
    friend class StoreSnapshot;

    // Writes: each is one transaction (or part of the one running), and throws DbError with
    // nothing written when it fails. See StoreWriter for who may call them.
    // Replaces the wall clock for created/updated stamps and stage-change dates (the service's clock).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    QDate today() const { return m_clock().date(); }

    Id addCompany(Company company);
    void updateCompany(const Company &company); // records a stage change dated today
    void deleteCompany(Id id);                  // postings go with it; tasks stay, unlinked

    Id addPosting(Posting posting);
    void updatePosting(const Posting &posting); // lines matched by id; new ones inserted
    void deletePosting(Id id);
    // The "I meet this" tick of eligibility lines; any other line, or one that does not exist, is
    // refused (DbError Invalid, NotFound) and nothing is written.
    void setLinesMet(const QList<Id> &lineIds, bool met);

    Id addTask(Task task);
    // Adds them all or none, in order, calling afterEach after each one (it may throw to cancel).
    // Faster than addTask() one by one: the rows go in with a few INSERT … SELECT statements, and a
    // large batch counts task_groups once at the end instead of row by row.
    QList<Id> addTasks(const QList<Task> &tasks, const std::function<void()> &afterEach = {});
    // addTasks() in two halves, so that another thread can prepare the next tasks (TaskRowFacts)
    // while the store writes the last ones. Both inside one transaction: taskRowFacts() copies
    // what preparing needs once the companies and postings are written; addPreparedTasks() writes
    // the batches `next` puts in place of the one it gets (the last one written, or empty), each
    // task valid (validate()), until it returns false. `expected` is how many come in all: more is
    // an error, and a large number sets the task_groups triggers aside.
    TaskRowFacts taskRowFacts();
    QList<Id> addPreparedTasks(qsizetype expected, const std::function<bool(std::vector<PreparedTask> &)> &next,
                               const std::function<void()> &afterEach = {});
    void updateTask(const Task &task);
    void deleteTask(Id id);
    // Marks done; a habit stays open instead, with `today` ticked in its record (its next
    // occurrence follows from it).
    void completeTask(Id id, const QDate &today);
    void reopenTask(Id id);
    void pinTasks(const QList<Id> &ids, Quadrant quadrant); // None unpins (and forgets manual order)
    void setManualOrder(const QList<Id> &orderedIds);       // positions 0..n-1 in that order

    // Schema 3 keeps each task's day-independent placement inputs (importance, important, effective
    // deadline, project/study) on its row, and the open tasks counted in task_groups, so that the board
    // reads only the rows it shows. Every write keeps them current; these recompute them.
    void refreshPlacement(const QList<Id> &taskIds);
    QList<Id> refreshAllPlacement(); // every open task; returns their ids
    // Recomputes every open task's stored inputs and counts task_groups again, in one transaction:
    // the repair for what placementCacheProblems() finds (`jobprep-cli check --repair`).
    void rebuildPlacementCache();

    void saveSettings(const Settings &settings);

    // Habits (storehabits.cpp). A mark of None removes the user's mark and lets the evidence decide.
    void setHabitMark(Id taskId, const QDate &day, HabitDay::Mark mark);
    // Adds the link, or replaces the folder, authors and subfolder of the habit's link to the same
    // repository; either way the evidence is read again from the start at the next scan.
    Id putHabitLink(const HabitLink &link);
    void removeHabitLink(Id linkId);
    // Writes what a scan found; false (nothing written) when the link is gone or was scanned since.
    bool applyLinkScan(const LinkScan &scan);
    // The habit's streak and next occurrence (tasks.streak, tasks.due) from its record.
    void refreshHabit(Id taskId);
    // Ticks the days the streak number of new habits stood for (carryStreaksSql), for the tasks
    // from `firstId` on that have no record yet.
    void carryStreaks(Id firstId);
    // Keeps the plan as computed on `day` (storeplans.cpp); a plan already kept for it stays.
    void recordPlan(const QDate &day, const QDateTime &at, const QList<PlannedBlock> &blocks);
    void saveCalendarAccount(const CalendarAccount &account);
    void putCalendarRecord(const CalendarRecord &record); // inserts or replaces by calendar and UID
    void removeCalendarRecord(const QString &calendar, const QString &uid);
    void replaceCalendarObjects(const QList<CalendarObject> &objects);
    void replaceBusyEvents(BusySource source, const QList<BusyEvent> &events);

    // Runs fn inside one transaction; on any exception everything is rolled back.
    void transaction(const std::function<void()> &fn);
    // transaction() that records every row fn inserts, updates or deletes (foreign-key actions
    // included) and returns them as a changeset (core/sqlite/changeset.h), empty when nothing
    // changed. Inside another transaction fn just runs, and the outer one records.
    QByteArray recordedTransaction(const std::function<void()> &fn);
    // Writes the rows of a changeset recorded by recordedTransaction() (or its inverse) back, in
    // one transaction, with their ids: undo and redo. Throws DbError Conflict, and writes nothing,
    // when a row is not as the changeset expects (changed by another process since).
    void applyChangeset(const QByteArray &changeset);
    // transaction() for a large write whose references the store checks itself (an import).
    // SQLite's foreign-key enforcement is off while fn runs: in a 100 000-task import it was a
    // fifth of the time (a lookup per task and per link, and a search of task_lines for every new
    // task). Instead addTasks() checks each task's company and posting lines against what is in the
    // file, and before the commit `PRAGMA foreign_key_check` must find nothing in the other tables
    // with references (stage_changes, postings, posting_lines); anything found rolls it all back.
    // When no other connection has the file open, the write goes through a rollback journal instead
    // of the WAL (store.cpp, RollbackJournalIfAlone). Inside another transaction it is just transaction().
    void bulkTransaction(const std::function<void()> &fn);

    void openAndMigrate(const Options &options);
    void migrateFrom(int version, const Options &options);
    void writeLinks(Id taskId, const QList<Id> &lineIds, bool replace = true);
    // addPreparedTasks() with the ids from firstId on (storebulk.cpp), or, near the end of the id
    // range, one statement per task with the ids SQLite picks.
    void insertInBulk(const std::vector<PreparedTask> &batch, Id firstId, QList<Id> &ids);
    void insertOneByOne(const std::vector<PreparedTask> &batch, QList<Id> &ids);
    void recountTaskGroups(); // from the open tasks, replacing every row of task_groups
    void writeLines(Id postingId, const QList<PostingLine> &lines, bool newPosting = false);
    QList<Id> readLinks(Id taskId);
    // Placement inputs (storeplacement.cpp)
    const Placer &placer();
    void forgetPlacementFacts(); // at the start of a transaction and after a company, posting or settings write
    void loadPlacementFacts();
    std::optional<LinkInfo> lineInfo(Id lineId);
    int companyInterest(Id companyId);
    PlacementInputs placementInputs(const Task &task); // throws NotFound for a missing posting line
    void bindPlacementInputs(Statement &st, int firstColumn, const Task &task);
    QList<Id> tasksServingCompany(Id companyId);
    QList<Id> tasksServingPosting(Id postingId);

    Database m_db;
    std::function<QDateTime()> m_clock;
    int m_txDepth = 0;
    int m_busyTimeoutMs = 5000;
    bool m_checkingReferences = false; // inside bulkTransaction(): SQLite does not enforce them
    std::optional<Placer> m_placer;
    QHash<Id, LinkInfo> m_lineInfo;
    QHash<Id, int> m_interest;
    bool m_factsLoaded = false;
    int m_factLookups = 0;
    // The in-memory tables insertInBulk() inserts from; registered on the connection on first use.
    std::optional<RowSourceTable> m_bulkTasks;
    std::optional<RowSourceTable> m_bulkLinks;
};

// Every read made while it lives sees one state of the file (one WAL read lock), also from a
// worker's own read-only store. Nothing when a transaction is already open.
class StoreSnapshot
{
public:
    explicit StoreSnapshot(Store &store) : m_snapshot(store.m_db) {}

private:
    ReadSnapshot m_snapshot;
};

} // namespace jobprep

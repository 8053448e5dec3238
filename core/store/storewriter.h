// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "store.h"

namespace jobprep {

class Service;

// The one door to the store's writes. Only the service (core/service) makes one, and tests through
// test::StoreTestAccess: no view, dialog or CLI command can change data behind the service's back,
// because none can get hold of a writer. The few core functions that write a larger whole for the
// service (the JSON import, the example plan, a posting's intake) take the service's writer as a
// parameter, so they run only when the service runs them.
class StoreWriter
{
public:
    Store &store() const { return m_store; }

    void transaction(const std::function<void()> &fn) { m_store.transaction(fn); }
    void bulkTransaction(const std::function<void()> &fn) { m_store.bulkTransaction(fn); }
    QByteArray recordedTransaction(const std::function<void()> &fn)
    {
        return m_store.recordedTransaction(fn);
    }
    void applyChangeset(const QByteArray &changeset) { m_store.applyChangeset(changeset); }
    // Where created and updated stamps and stage-change dates come from (the service's clock).
    void setClock(std::function<QDateTime()> clock) { m_store.setClock(std::move(clock)); }

    Id addCompany(Company company) { return m_store.addCompany(std::move(company)); }
    void updateCompany(const Company &company) { m_store.updateCompany(company); }
    void deleteCompany(Id id) { m_store.deleteCompany(id); }

    Id addPosting(Posting posting) { return m_store.addPosting(std::move(posting)); }
    void updatePosting(const Posting &posting) { m_store.updatePosting(posting); }
    void deletePosting(Id id) { m_store.deletePosting(id); }
    void setLinesMet(const QList<Id> &lineIds, bool met) { m_store.setLinesMet(lineIds, met); }

    Id addTask(Task task) { return m_store.addTask(std::move(task)); }
    QList<Id> addTasks(const QList<Task> &tasks, const std::function<void()> &afterEach = {})
    {
        return m_store.addTasks(tasks, afterEach);
    }
    TaskRowFacts taskRowFacts() { return m_store.taskRowFacts(); }
    QList<Id> addPreparedTasks(qsizetype expected,
                               const std::function<bool(std::vector<PreparedTask> &)> &next,
                               const std::function<void()> &afterEach = {})
    {
        return m_store.addPreparedTasks(expected, next, afterEach);
    }
    void updateTask(const Task &task) { m_store.updateTask(task); }
    void deleteTask(Id id) { m_store.deleteTask(id); }
    void completeTask(Id id, const QDate &today) { m_store.completeTask(id, today); }
    void reopenTask(Id id) { m_store.reopenTask(id); }
    void pinTasks(const QList<Id> &ids, Quadrant quadrant) { m_store.pinTasks(ids, quadrant); }
    void setManualOrder(const QList<Id> &orderedIds) { m_store.setManualOrder(orderedIds); }
    void refreshPlacement(const QList<Id> &taskIds) { m_store.refreshPlacement(taskIds); }
    QList<Id> refreshAllPlacement() { return m_store.refreshAllPlacement(); }
    void rebuildPlacementCache() { m_store.rebuildPlacementCache(); }
    void saveSettings(const Settings &settings) { m_store.saveSettings(settings); }
    void saveCalendarAccount(const CalendarAccount &account) { m_store.saveCalendarAccount(account); }
    void putCalendarRecord(const CalendarRecord &record) { m_store.putCalendarRecord(record); }
    void removeCalendarRecord(const QString &calendar, const QString &uid) { m_store.removeCalendarRecord(calendar, uid); }
    void replaceCalendarObjects(const QList<CalendarObject> &objects) { m_store.replaceCalendarObjects(objects); }
    void replaceBusyEvents(BusySource source, const QList<BusyEvent> &events) { m_store.replaceBusyEvents(source, events); }

    void setHabitMark(Id taskId, const QDate &day, HabitDay::Mark mark) { m_store.setHabitMark(taskId, day, mark); }
    Id putHabitLink(const HabitLink &link) { return m_store.putHabitLink(link); }
    void removeHabitLink(Id linkId) { m_store.removeHabitLink(linkId); }
    bool applyLinkScan(const LinkScan &scan) { return m_store.applyLinkScan(scan); }
    void recordPlan(const QDate &day, const QDateTime &at, const QList<PlannedBlock> &blocks)
    {
        m_store.recordPlan(day, at, blocks);
    }

    // The reads the writing functions need on the way (they are the store's own).
    std::optional<Company> company(Id id) { return m_store.company(id); }
    std::optional<Company> companyByName(const QString &name) { return m_store.companyByName(name); }
    QList<Company> companies() { return m_store.companies(); }
    std::optional<Posting> posting(Id id) { return m_store.posting(id); }
    std::optional<Task> task(Id id) { return m_store.task(id); }

private:
    friend class Service;
    friend class test::StoreTestAccess;
    explicit StoreWriter(Store &store) : m_store(store) {}

    Store &m_store;
};

} // namespace jobprep

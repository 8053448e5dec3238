// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "service.h"
#include "calendarservice.h"
#include "clock.h"
#include "companyservice.h"
#include "core/sqlite/changeset.h"
#include "dataservice.h"
#include "habitservice.h"
#include "planservice.h"
#include "postingservice.h"
#include "settingsservice.h"
#include "taskservice.h"

#include <QTimer>

namespace jobprep {

Service::Service(Store &store, QObject *parent)
    : QObject(parent), m_store(store), m_writer(store), m_clock(new Clock(this)),
      m_tasks(std::make_unique<TaskService>(*this)), m_companies(std::make_unique<CompanyService>(*this)),
      m_postings(std::make_unique<PostingService>(*this)),
      m_settings(std::make_unique<SettingsService>(*this)), m_data(std::make_unique<DataService>(*this)),
      m_habits(std::make_unique<HabitService>(*this)), m_plans(std::make_unique<PlanService>(*this)),
      m_calendar(std::make_unique<CalendarService>(*this))
{
    qRegisterMetaType<jobprep::ChangeSet>();
    m_writer.setClock([clock = m_clock] { return clock->now(); });
    m_dataVersion = m_store.dataVersion();
}

Service::~Service() = default;

void Service::write(const std::function<void()> &fn, Change *recorded)
{
    if (m_depth > 0) {
        fn();
        return;
    }
    ++m_depth;
    Change change;
    try {
        change.rows = m_writer.recordedTransaction(fn);
    } catch (...) {
        --m_depth;
        throw;
    }
    --m_depth;
    change.changes = ChangeSet::fromRows(change.rows);
    if (recorded)
        *recorded = change;
    announce(change.changes);
}

void Service::writeUnrecorded(const std::function<void()> &fn)
{
    ++m_depth;
    try {
        fn();
    } catch (...) {
        --m_depth;
        throw;
    }
    --m_depth;
    announce(ChangeSet::ofEverything(ChangeSet::Origin::Here));
}

void Service::revert(const Change &change)
{
    const QByteArray inverse = invertChangeset(change.rows);
    m_writer.applyChangeset(inverse);
    announce(ChangeSet::fromRows(inverse, ChangeSet::Origin::Undo));
}

void Service::reapply(const Change &change)
{
    m_writer.applyChangeset(change.rows);
    announce(ChangeSet::fromRows(change.rows, ChangeSet::Origin::Redo));
}

void Service::announce(const ChangeSet &changes)
{
    if (!changes.isEmpty())
        Q_EMIT changed(changes);
}

bool Service::checkForOtherWriters()
{
    int version = 0;
    try {
        version = m_store.dataVersion();
    } catch (const DbError &) {
        return false; // the file is busy or gone for a moment: look again next time
    }
    if (version == m_dataVersion)
        return false;
    m_dataVersion = version;
    announce(ChangeSet::ofEverything(ChangeSet::Origin::OtherProcess));
    return true;
}

void Service::watchOtherWriters(int intervalMs)
{
    if (!m_watch) {
        m_watch = new QTimer(this);
        connect(m_watch, &QTimer::timeout, this, &Service::checkForOtherWriters);
    }
    m_watch->start(intervalMs);
}

} // namespace jobprep

// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "companiesmodel.h"
#include "core/board/board.h"
#include "core/domain/dates.h"
#include "core/postings/readiness.h"
#include "core/service/clock.h"
#include "core/service/service.h"
#include "core/store/store.h"
#include "ui/common/rowsync.h"

#include <QTimer>

namespace jobprep {

using ui::RowSyncer;

CompaniesModel::CompaniesModel(Service &service, QObject *parent, NextTasks nextTasks)
    : QAbstractTableModel(parent), m_store(service.store()), m_today(service.clock().today()),
      m_nextTasks(std::move(nextTasks)), m_afterTaskChanges(new QTimer(this))
{
    m_afterTaskChanges->setSingleShot(true);
    m_afterTaskChanges->setInterval(kTaskChangesPauseMs);
    connect(m_afterTaskChanges, &QTimer::timeout, this, &CompaniesModel::reload);
    connect(&service, &Service::changed, this, &CompaniesModel::apply);
    connect(&service.clock(), &Clock::dayChanged, this, &CompaniesModel::setToday);
    reload();
}

void CompaniesModel::apply(const ChangeSet &changes)
{
    // A company, posting or setting change is shown at once (the tasks it moved with it too); task
    // changes alone wait until they pause: readiness reads every posting line and its tasks.
    if (changes.beyondTasks())
        reload();
    else if (!changes.tasks.isEmpty())
        m_afterTaskChanges->start();
}

void CompaniesModel::setToday(const QDate &today)
{
    if (today == m_today)
        return;
    m_today = today;
    reload();
    if (!m_rows.isEmpty()) // every D-day reads differently, whether its deadline moved or not
        Q_EMIT dataChanged(index(0, Deadline), index(int(m_rows.size()) - 1, Deadline), {Qt::DisplayRole});
}

QHash<Id, QString> CompaniesModel::nextTasks()
{
    return m_nextTasks ? m_nextTasks() : Board::compute(m_store, m_today).nextTaskTitles();
}

void CompaniesModel::reload()
{
    m_afterTaskChanges->stop();
    const ReadinessReport report = ReadinessReport::compute(m_store, m_today);
    const QHash<Id, QString> next = nextTasks();
    QList<Row> rows;
    for (const Company &c : m_store.companies()) {
        const CompanyReadiness r = report.company(c.id);
        rows.append({c, r.postings, r.nearestDeadline, r.requirementLines, r.requirementLinesDone, next.value(c.id)});
    }
    setRows(rows);
}

bool CompaniesModel::sameRow(const Row &a, const Row &b)
{
    const Company &x = a.company, &y = b.company;
    bool sameHistory = x.history.size() == y.history.size();
    for (int i = 0; sameHistory && i < x.history.size(); ++i)
        sameHistory = x.history[i].stage == y.history[i].stage && x.history[i].date == y.history[i].date;
    return sameHistory && x.name == y.name && x.stage == y.stage && x.interest == y.interest &&
           x.website == y.website && x.notes == y.notes && x.codingTestNotes == y.codingTestNotes &&
           a.postings == b.postings && a.deadline == b.deadline && a.lines == b.lines && a.done == b.done &&
           a.nextTask == b.nextTask;
}

void CompaniesModel::setRows(const QList<Row> &next)
{
    RowSyncer::apply(*this, m_rows, next, [](const Row &r) { return r.company.id; }, &CompaniesModel::sameRow);
}

int CompaniesModel::rowOf(Id companyId) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows[row].company.id == companyId)
            return row;
    return -1;
}

void CompaniesModel::refreshNextTasks()
{
    const QHash<Id, QString> next = nextTasks();
    for (int row = 0; row < m_rows.size(); ++row) {
        QString &title = m_rows[row].nextTask;
        if (title == next.value(m_rows[row].company.id))
            continue;
        title = next.value(m_rows[row].company.id);
        Q_EMIT dataChanged(index(row, NextTask), index(row, NextTask), {Qt::DisplayRole});
    }
}

int CompaniesModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }
int CompaniesModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant CompaniesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows[index.row()];
    if (role == IdRole)
        return r.company.id;
    if (role == Qt::ToolTipRole && index.column() == StageColumn) {
        QStringList h;
        for (const StageChange &s : r.company.history)
            h << s.date.toString(Qt::ISODate) + QStringLiteral("  ") + displayName(s.stage);
        return h.join(QLatin1Char('\n'));
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name: return r.company.name;
    case StageColumn: return displayName(r.company.stage);
    case Interest: return r.company.interest;
    case Postings: return r.postings;
    case Deadline: return r.deadline.isValid() ? dDay(r.deadline, m_today) : QStringLiteral("-");
    case Readiness:
        return r.lines ? QStringLiteral("%1% (%2/%3)").arg(qRound(100.0 * r.done / r.lines)).arg(r.done).arg(r.lines)
                       : QStringLiteral("-");
    case NextTask: return r.nextTask;
    }
    return {};
}

QVariant CompaniesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Company");
    case StageColumn: return tr("Stage");
    case Interest: return tr("Interest");
    case Postings: return tr("Postings");
    case Deadline: return tr("Deadline");
    case Readiness: return tr("Readiness");
    case NextTask: return tr("Next open task");
    }
    return {};
}

} // namespace jobprep

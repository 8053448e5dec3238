// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "companiesmodel.h"
#include "core/board/board.h"
#include "core/domain/dates.h"
#include "core/postings/readiness.h"
#include "core/store/store.h"

#include <QTimer>

namespace jobprep {

CompaniesModel::CompaniesModel(Store &store, QObject *parent, NextTasks nextTasks)
    : QAbstractTableModel(parent), m_store(store), m_today(store.today()), m_nextTasks(std::move(nextTasks)),
      m_afterTaskChanges(new QTimer(this))
{
    m_afterTaskChanges->setSingleShot(true);
    m_afterTaskChanges->setInterval(kTaskChangesPauseMs);
    connect(m_afterTaskChanges, &QTimer::timeout, this, &CompaniesModel::reload);
    // A company or posting change is shown at once. The store announces it with a task change right
    // after (their tasks may move); that one is already covered.
    auto now = [this] {
        reload();
        m_coveredTaskChange = true;
    };
    connect(&m_store, &Store::companiesChanged, this, now);
    connect(&m_store, &Store::postingsChanged, this, now);
    connect(&m_store, &Store::tasksChanged, this, [this] {
        if (!std::exchange(m_coveredTaskChange, false))
            m_afterTaskChanges->start();
    });
    reload();
}

void CompaniesModel::setToday(const QDate &today)
{
    if (today == m_today)
        return;
    m_today = today;
    reload();
}

QHash<Id, QString> CompaniesModel::nextTasks()
{
    return m_nextTasks ? m_nextTasks() : Board::compute(m_store, m_today).nextTaskTitles();
}

void CompaniesModel::reload()
{
    m_afterTaskChanges->stop();
    beginResetModel();
    m_rows.clear();
    const ReadinessReport report = ReadinessReport::compute(m_store, m_today);
    const QHash<Id, QString> next = nextTasks();
    for (const Company &c : m_store.companies()) {
        const CompanyReadiness r = report.company(c.id);
        m_rows.append({c, r.postings, r.nearestDeadline, r.requirementLines, r.requirementLinesDone, next.value(c.id)});
    }
    endResetModel();
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

// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "companiesmodel.h"
#include "board.h"
#include "dates.h"
#include "readiness.h"
#include "store.h"

namespace jobprep {

CompaniesModel::CompaniesModel(Store &store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store), m_today(store.today())
{
    connect(&m_store, &Store::companiesChanged, this, &CompaniesModel::reload);
    connect(&m_store, &Store::tasksChanged, this, &CompaniesModel::reload);
    reload();
}

void CompaniesModel::setToday(const QDate &today)
{
    m_today = today;
    reload();
}

void CompaniesModel::reload()
{
    beginResetModel();
    m_rows.clear();
    const ReadinessReport report = ReadinessReport::compute(m_store, m_today);
    const Board board = Board::compute(m_store, m_today);
    for (const Company &c : m_store.companies()) {
        const CompanyReadiness r = report.company(c.id);
        Row row{c, r.postings, r.nearestDeadline, r.requirementLines, r.requirementLinesDone, {}};
        for (Quadrant q : {Quadrant::DoFirst, Quadrant::Schedule, Quadrant::Limit, Quadrant::Drop}) {
            for (const PlacedTask &t : board.pane(q))
                if (t.task.companyId == c.id) {
                    row.nextTask = t.task.title;
                    break;
                }
            if (!row.nextTask.isEmpty())
                break;
        }
        m_rows.append(row);
    }
    endResetModel();
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

// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "postingsmodel.h"
#include "core/domain/dates.h"
#include "core/postings/readiness.h"
#include "core/service/clock.h"
#include "core/service/service.h"
#include "core/store/store.h"
#include "ui/common/rowsync.h"

#include <QApplication>
#include <QPalette>
#include <QTimer>

namespace jobprep::ui {

PostingsModel::PostingsModel(Service &service, QObject *parent)
    : QAbstractTableModel(parent), m_store(service.store()), m_today(service.clock().today()),
      m_afterTaskChanges(new QTimer(this))
{
    m_afterTaskChanges->setSingleShot(true);
    m_afterTaskChanges->setInterval(kTaskChangesPauseMs);
    connect(m_afterTaskChanges, &QTimer::timeout, this, &PostingsModel::reload);
    connect(&service, &Service::changed, this, &PostingsModel::apply);
    connect(&service.clock(), &Clock::dayChanged, this, &PostingsModel::setToday);
    reload();
}

void PostingsModel::apply(const ChangeSet &changes)
{
    if (changes.everything || !changes.postings.isEmpty() || !changes.companies.isEmpty() ||
        !changes.lines.isEmpty())
        reload();
    else if (!changes.tasks.isEmpty()) // readiness reads every requirement line and its tasks
        m_afterTaskChanges->start();
}

void PostingsModel::setToday(const QDate &today)
{
    if (today == m_today)
        return;
    m_today = today;
    if (!m_rows.isEmpty()) // every D-day reads differently
        Q_EMIT dataChanged(index(0, Deadline), index(int(m_rows.size()) - 1, Deadline));
}

void PostingsModel::reload()
{
    m_afterTaskChanges->stop();
    const StoreSnapshot snapshot(m_store);
    const ReadinessReport report = ReadinessReport::compute(m_store, m_today);
    QHash<Id, QString> names;
    for (const Company &c : m_store.companies())
        names.insert(c.id, c.name);
    QList<Row> rows;
    for (const Posting &p : m_store.postingHeads()) {
        const PostingReadiness r = report.posting(p.id);
        rows.append({p, names.value(p.companyId), r.requirementLines, r.requirementLinesDone});
    }
    RowSyncer::apply(
        *this, m_rows, rows, [](const Row &r) { return r.posting.id; }, &PostingsModel::sameRow);
}

bool PostingsModel::sameRow(const Row &a, const Row &b)
{
    const Posting &x = a.posting, &y = b.posting;
    return x.companyId == y.companyId && x.title == y.title && x.role == y.role && x.url == y.url &&
           x.deadline == y.deadline && a.company == b.company && a.lines == b.lines && a.done == b.done;
}

bool PostingsModel::isOpen(int row) const
{
    const QDate &deadline = m_rows.at(row).posting.deadline;
    return !deadline.isValid() || deadline >= m_today;
}

int PostingsModel::rowOf(Id postingId) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows[row].posting.id == postingId)
            return row;
    return -1;
}

Id PostingsModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].posting.id : 0;
}

int PostingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}
int PostingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PostingsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows[index.row()];
    const Posting &p = r.posting;
    switch (role) {
    case IdRole:
        return p.id;
    case CompanyIdRole:
        return p.companyId;
    case Qt::ToolTipRole:
        if (index.column() == Url && !p.url.isEmpty())
            return tr("%1\nDouble-click or press Open URL to open it in the browser.").arg(p.url);
        if (index.column() == Readiness && r.lines)
            return tr("%1 of %2 requirement lines are closed by a done task.").arg(r.done).arg(r.lines);
        return index.column() == Title ? QVariant(p.title) : QVariant();
    case SortRole:
        switch (index.column()) {
        case Deadline:
            return p.deadline.isValid() ? p.deadline : QDate(9999, 12, 31); // none: last
        case Readiness:
            return r.lines ? double(r.done) / r.lines : -1.0;
        default:
            return data(index, Qt::DisplayRole).toString().toCaseFolded();
        }
    case Qt::ForegroundRole:
        // A posting whose deadline has passed stays listed (its tasks and lines are still there), dimmed.
        if (p.deadline.isValid() && p.deadline < m_today)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case CompanyColumn:
            return r.company;
        case Title:
            return p.title;
        case RoleColumn:
            return displayName(p.role);
        case Deadline:
            return p.deadline.isValid() ? QStringLiteral("%1 (%2)").arg(p.deadline.toString(Qt::ISODate),
                                                                        dDay(p.deadline, m_today))
                                        : QStringLiteral("-");
        case Readiness:
            return PostingReadiness{r.lines, r.done}.text();
        case Url:
            return p.url;
        }
        return {};
    default:
        return {};
    }
}

QVariant PostingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CompanyColumn:
        return tr("Company");
    case Title:
        return tr("Title");
    case RoleColumn:
        return tr("Role");
    case Deadline:
        return tr("Deadline");
    case Readiness:
        return tr("Readiness");
    case Url:
        return tr("URL");
    }
    return {};
}

} // namespace jobprep::ui

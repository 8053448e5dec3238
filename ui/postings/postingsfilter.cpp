// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "postingsfilter.h"
#include "postingsmodel.h"

namespace jobprep::ui {

PostingsFilter::PostingsFilter(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(PostingsModel::SortRole);
    setDynamicSortFilter(true);
}

void PostingsFilter::setCompany(Id companyId)
{
    if (companyId == m_company)
        return;
    m_company = companyId;
    invalidateRowsFilter();
}

bool PostingsFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_company)
        return true;
    return sourceModel()->index(sourceRow, 0, sourceParent).data(PostingsModel::CompanyIdRole).toLongLong() ==
           m_company;
}

} // namespace jobprep::ui

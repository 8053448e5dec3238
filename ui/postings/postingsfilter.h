// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/domain.h"

#include <QSortFilterProxyModel>

namespace jobprep::ui {

// The postings of the company chosen in the companies dock (all of them for 0), sorted by the
// column the user clicked (PostingsModel::SortRole: deadlines as dates, readiness as a fraction).
class PostingsFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit PostingsFilter(QObject *parent = nullptr);
    void setCompany(Id companyId);
    Id company() const { return m_company; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Id m_company = 0;
};

} // namespace jobprep::ui

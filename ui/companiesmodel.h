// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "domain.h"

#include <QAbstractTableModel>
#include <QDate>

namespace jobprep {

class Store;

// The companies table: name, stage, interest, postings, nearest deadline (D-day), readiness and
// the next open task (the first of the company's tasks in board order). Follows the store's signals.
class CompaniesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, StageColumn, Interest, Postings, Deadline, Readiness, NextTask, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit CompaniesModel(Store &store, QObject *parent = nullptr);
    void setToday(const QDate &today);
    void reload();
    const Company &companyAt(int row) const { return m_rows[row].company; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        Company company;
        int postings = 0;
        QDate deadline;
        int lines = 0;
        int done = 0;
        QString nextTask;
    };
    Store &m_store;
    QDate m_today;
    QList<Row> m_rows;
};

} // namespace jobprep

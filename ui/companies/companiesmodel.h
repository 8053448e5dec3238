// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/domain.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <functional>

class QTimer;

namespace jobprep {

class Store;

// The companies table: name, stage, interest, postings, nearest deadline (D-day), readiness and
// the next open task (the first of the company's tasks in board order). Follows the store's signals:
// company and posting changes at once, task changes once they pause (a drag at 100 000 tasks does
// not wait for a readiness pass).
class CompaniesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, StageColumn, Interest, Postings, Deadline, Readiness, NextTask, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int kTaskChangesPauseMs = 300;
    // Each company's next task title by company id. The main window reads them off the board it
    // already holds; without one the model places every task itself (Board::compute).
    using NextTasks = std::function<QHash<Id, QString>()>;

    explicit CompaniesModel(Store &store, QObject *parent = nullptr, NextTasks nextTasks = {});
    void setToday(const QDate &today); // reloads when it differs
    void reload();
    void refreshNextTasks(); // the next-task column again, from the source
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
    QHash<Id, QString> nextTasks();

    Store &m_store;
    QDate m_today;
    NextTasks m_nextTasks;
    QTimer *m_afterTaskChanges;
    bool m_coveredTaskChange = false;
    QList<Row> m_rows;
};

} // namespace jobprep

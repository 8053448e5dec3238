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

class Service;
class Store;
struct ChangeSet;
namespace ui {
struct RowSyncer;
}

// The companies table: name, stage, interest, postings, nearest deadline (D-day), readiness and
// the next open task (the first of the company's tasks in board order). Follows the service's
// change sets: company, posting and settings changes at once, task changes once they pause (a drag
// at 100 000 tasks does not wait for a readiness pass). Rows are never reset: the ones that come
// and go are inserted and removed, the ones that changed are announced with dataChanged(), so a
// view keeps its selection across a change.
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

    explicit CompaniesModel(Service &service, QObject *parent = nullptr, NextTasks nextTasks = {});
    void setToday(const QDate &today); // reads again when it differs
    void reload();           // every row read again; only what differs is announced
    void refreshNextTasks(); // the next-task column again, from the source
    const Company &companyAt(int row) const { return m_rows[row].company; }
    int rowOf(Id companyId) const; // -1: none

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    friend struct ui::RowSyncer;
    struct Row
    {
        Company company;
        int postings = 0;
        QDate deadline;
        int lines = 0;
        int done = 0;
        QString nextTask;
    };
    static bool sameRow(const Row &a, const Row &b);
    void apply(const ChangeSet &changes);
    void setRows(const QList<Row> &next);
    QHash<Id, QString> nextTasks();

    Store &m_store;
    QDate m_today;
    NextTasks m_nextTasks;
    QTimer *m_afterTaskChanges;
    QList<Row> m_rows;
};

} // namespace jobprep

// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/domain.h"

#include <QAbstractTableModel>
#include <QDate>

class QTimer;

namespace jobprep {
class Service;
class Store;
struct ChangeSet;
} // namespace jobprep

namespace jobprep::ui {

struct RowSyncer;

// Every stored posting: company, title, role, deadline with its D-day, readiness and URL, by
// deadline (none last). Follows the service's change sets as the companies table does: posting,
// company and line changes at once, task changes (readiness) once they pause; a tick changes
// nothing here. Rows are never reset: the ones that come and go are inserted and removed, the
// ones that read differently are announced with dataChanged(), so a view keeps its selection.
class PostingsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        CompanyColumn,
        Title,
        RoleColumn,
        Deadline,
        Readiness,
        Url,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int CompanyIdRole = Qt::UserRole + 2;
    static constexpr int SortRole = Qt::UserRole + 3; // what a column sorts by (dates, fractions)
    static constexpr int kTaskChangesPauseMs = 300;

    explicit PostingsModel(Service &service, QObject *parent = nullptr);
    void reload(); // every row read again; only what differs is announced
    void setToday(const QDate &today);
    int rowOf(Id postingId) const; // -1: none
    Id idAt(int row) const;
    bool isOpen(int row) const; // its deadline is today or later, or it has none

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    friend struct RowSyncer;
    struct Row
    {
        Posting posting; // without text and lines
        QString company;
        int lines = 0;
        int done = 0;
    };
    static bool sameRow(const Row &a, const Row &b);
    void apply(const ChangeSet &changes);

    Store &m_store;
    QDate m_today;
    QTimer *m_afterTaskChanges;
    QList<Row> m_rows;
};

} // namespace jobprep::ui

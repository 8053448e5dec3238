// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/board/board.h"

#include <QAbstractListModel>

namespace jobprep::ui {

class BoardState;
class TaskController;
struct RowSyncer;

// One pane of the board as a list model. It copies the pane from BoardState and, when the board
// changes, adapts with remove/insert/layout signals (persistent indexes follow their task id), so a
// selection survives a recompute. Drag and drop carries task ids and is decided here, not in a view.
class QuadrantModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        TaskIdRole = Qt::UserRole + 1,
        TitleRole,
        KindRole,          // int(Kind)
        KindNameRole,
        CompanyRole,
        DueRole,           // the task's own due date
        DeadlineRole,      // the effective deadline (own or the postings')
        DDayRole,          // "D-3", "D-day", "D+2"; empty without a deadline
        EstimateRole,      // hours, double
        PinnedRole,        // int(Quadrant), 0 when placed by the planner
        AutoQuadrantRole,  // int(Quadrant) the planner would choose
        RepeatRole,        // int(Repeat)
        StreakRole,
        TopKindRole,       // project or study: the kinds that come first
        DoneRole,
        ImportanceRole,
        UrgencyRole,
        NotesRole,
    };

    static QString mimeType() { return QStringLiteral("application/x-jobprep-task-ids"); }
    static QByteArray encodeIds(const QList<Id> &ids);
    static std::optional<QList<Id>> decodeIds(const QByteArray &data);

    QuadrantModel(Quadrant quadrant, BoardState &state, TaskController *controller, QObject *parent = nullptr);
    // Whether a card shows the same in both (what dataChanged() is emitted for when it does not).
    static bool sameCard(const PlacedTask &a, const PlacedTask &b);

    Quadrant quadrant() const { return m_quadrant; }
    Id taskId(int row) const { return m_rows.value(row).task.id; }
    int rowOf(Id id) const;
    // The open tasks of the pane and their hours, as its title shows them. While the board is still
    // loading (BoardState::isComplete()) these are the whole pane's when no filter narrows it, and
    // summaryKnown() is false when one does.
    int openCount() const;
    double openHours() const;
    bool summaryKnown() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

Q_SIGNALS:
    void summaryChanged(); // count or hours may differ

private:
    friend struct RowSyncer;
    void sync();
    // The dropped ids when every one is an open task on the board; nullopt otherwise.
    std::optional<QList<Id>> acceptableIds(const QMimeData *data, Qt::DropAction action) const;
    bool allInThisPane(const QList<Id> &ids) const;
    QList<Id> reorderedPane(const QList<Id> &moved, int visibleRow) const;

    Quadrant m_quadrant;
    BoardState &m_state;
    TaskController *m_controller;
    QList<PlacedTask> m_rows;
    QDate m_shownOn; // the day the rows' D-days were shown for
};

} // namespace jobprep::ui

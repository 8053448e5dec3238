// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "boardview.h"
#include "quadrantmodel.h"
#include "quadrantpane.h"

#include <QDataStream>
#include <QIODevice>
#include <QItemSelectionModel>
#include <QListView>
#include <QSplitter>
#include <QVBoxLayout>

namespace jobprep::ui {

BoardView::BoardView(BoardState &state, TaskController *controller, QWidget *parent)
    : QWidget(parent), m_rows(new QSplitter(Qt::Vertical, this))
{
    setObjectName(QStringLiteral("boardView"));
    m_rows->setObjectName(QStringLiteral("boardRowsSplitter"));
    for (int r = 0; r < 2; ++r) {
        m_columns[r] = new QSplitter(Qt::Horizontal, m_rows);
        m_columns[r]->setObjectName(QStringLiteral("boardRowSplitter%1").arg(r + 1));
        m_rows->addWidget(m_columns[r]);
    }
    for (int q = 1; q <= 4; ++q) {
        auto *model = new QuadrantModel(Quadrant(q), state, controller, this);
        auto *pane = new QuadrantPane(model, this);
        m_panes[q - 1] = pane;
        m_columns[(q - 1) / 2]->addWidget(pane); // 1 2 on top, 3 4 below
        QListView *view = pane->view();
        connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                [this, view] { onSelectionChanged(view); });
        connect(view, &QListView::doubleClicked, this,
                [this, model](const QModelIndex &i) { Q_EMIT activated(model->taskId(i.row())); });
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_rows);
}

QuadrantModel *BoardView::model(Quadrant q) const { return m_panes.at(std::size_t(int(q) - 1))->model(); }
QuadrantPane *BoardView::pane(Quadrant q) const { return m_panes.at(std::size_t(int(q) - 1)); }

void BoardView::onSelectionChanged(QListView *from)
{
    if (m_clearing)
        return;
    if (from->selectionModel()->hasSelection()) {
        m_clearing = true;
        for (QuadrantPane *p : m_panes)
            if (p->view() != from)
                p->view()->selectionModel()->clearSelection();
        m_clearing = false;
    }
    Q_EMIT selectionChanged();
}

QList<Id> BoardView::selectedIds() const
{
    QList<Id> ids;
    for (QuadrantPane *p : m_panes) {
        QModelIndexList rows = p->view()->selectionModel()->selectedRows();
        std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
        for (const QModelIndex &i : rows)
            ids << p->model()->taskId(i.row());
    }
    return ids;
}

Id BoardView::currentId() const
{
    for (QuadrantPane *p : m_panes) {
        const QModelIndex cur = p->view()->currentIndex();
        if (p->view()->hasFocus() && cur.isValid() && p->view()->selectionModel()->isSelected(cur))
            return p->model()->taskId(cur.row());
    }
    const QList<Id> ids = selectedIds();
    return ids.isEmpty() ? 0 : ids.first();
}

void BoardView::selectIds(const QList<Id> &ids)
{
    // Select in the pane that holds the first id (cards of one selection share a pane after a move).
    for (QuadrantPane *p : m_panes) {
        QItemSelection sel;
        QModelIndex first;
        for (Id id : ids)
            if (const int row = p->model()->rowOf(id); row >= 0) {
                const QModelIndex i = p->model()->index(row);
                sel.select(i, i);
                if (!first.isValid())
                    first = i;
            }
        if (!first.isValid())
            continue;
        p->view()->selectionModel()->select(sel, QItemSelectionModel::ClearAndSelect);
        p->view()->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        p->view()->scrollTo(first);
        p->view()->setFocus(Qt::OtherFocusReason);
        return;
    }
}

QByteArray BoardView::saveState() const
{
    QByteArray out;
    QDataStream s(&out, QIODevice::WriteOnly);
    s << m_rows->saveState() << m_columns[0]->saveState() << m_columns[1]->saveState();
    return out;
}

void BoardView::restoreState(const QByteArray &state)
{
    QDataStream s(state);
    QByteArray rows, top, bottom;
    s >> rows >> top >> bottom;
    if (s.status() != QDataStream::Ok)
        return;
    m_rows->restoreState(rows);
    m_columns[0]->restoreState(top);
    m_columns[1]->restoreState(bottom);
}

} // namespace jobprep::ui

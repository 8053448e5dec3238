// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "quadrantpane.h"
#include "quadrantmodel.h"
#include "taskcarddelegate.h"

#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QVBoxLayout>
#include <cmath>

namespace jobprep::ui {

QuadrantPane::QuadrantPane(QuadrantModel *model, QWidget *parent)
    : QFrame(parent), m_model(model), m_title(new QLabel(this)), m_view(new QListView(this))
{
    const int q = int(model->quadrant());
    setObjectName(QStringLiteral("quadrantPane%1").arg(q));
    setFrameShape(QFrame::StyledPanel);
    m_title->setObjectName(QStringLiteral("paneTitle%1").arg(q));
    QFont f = m_title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.1);
    m_title->setFont(f);

    m_view->setObjectName(QStringLiteral("paneView%1").arg(q));
    m_view->setAccessibleName(displayName(model->quadrant()));
    m_view->setModel(model);
    m_view->setItemDelegate(new TaskCardDelegate(m_view));
    m_view->setUniformItemSizes(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setDragDropMode(QAbstractItemView::DragDrop);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_view, 1);
    connect(model, &QuadrantModel::summaryChanged, this, &QuadrantPane::updateTitle);
    updateTitle();
}

QString QuadrantPane::title() const { return m_title->text(); }

void QuadrantPane::updateTitle()
{
    const int q = int(m_model->quadrant());
    if (!m_model->summaryKnown()) { // a filter narrows a pane that is still being read
        m_title->setText(tr("%1 %2 · loading…").arg(q).arg(displayName(m_model->quadrant())));
        return;
    }
    const int n = m_model->openCount();
    const QString count = n == 1 ? tr("1 task") : tr("%1 tasks").arg(n);
    m_title->setText(tr("%1 %2 · %3 · %4 h")
                         .arg(q)
                         .arg(displayName(m_model->quadrant()), count,
                              paneHoursText(m_model->openHours())));
}

QString QuadrantPane::paneHoursText(double hours)
{
    // Small sums as they are ("0.25", "9.5"); from 100 on whole hours ("67,370"), never "6.737e+04".
    if (hours < 100)
        return QLocale().toString(hours, 'g', 3);
    return QLocale().toString(qint64(std::llround(hours)));
}

} // namespace jobprep::ui

// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "planblockwidget.h"
#include "core/export/planformat.h"

#include <QKeyEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace jobprep {

using namespace planformat;

PlanBlockWidget::PlanBlockWidget(const PlanBlock &block, QWidget *parent) : QFrame(parent), m_block(block)
{
    setObjectName(QStringLiteral("planBlock"));
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::StyledPanel);
    // The stripe is the quadrant's colour, the same one the HTML and PDF exports use.
    setStyleSheet(QStringLiteral("QFrame#planBlock { border: 1px solid palette(mid); border-left: 5px solid %1;"
                                 " border-radius: 3px; background: palette(base); }"
                                 " QFrame#planBlock:focus { border-color: palette(highlight); border-left-color: %1; }")
                      .arg(quadrantColor(block.quadrant)));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 3, 4, 3);
    layout->setSpacing(1);
    auto *title = new QLabel(block.title, this);
    title->setObjectName(QStringLiteral("planBlockTitle"));
    title->setWordWrap(true);
    title->setTextFormat(Qt::PlainText);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    QStringList meta{timeRange(block), hoursText(block.minutes)};
    if (!block.company.isEmpty())
        meta << block.company;
    auto *details = new QLabel(meta.join(QStringLiteral(" · ")), this);
    details->setObjectName(QStringLiteral("planBlockDetails"));
    details->setWordWrap(true);
    details->setTextFormat(Qt::PlainText);
    layout->addWidget(title);
    layout->addWidget(details);

    QStringList tip{block.title, displayName(block.quadrant) + QStringLiteral(" · ") + displayName(block.kind)};
    if (!block.company.isEmpty())
        tip << block.company;
    if (!block.posting.isEmpty())
        tip << block.posting;
    if (block.deadline.isValid())
        tip << tr("Deadline %1").arg(dateText(block.deadline));
    tip << tr("Double-click or press Enter to open the task.");
    setToolTip(tip.join(QLatin1Char('\n')));
    setAccessibleName(QStringLiteral("%1, %2, %3").arg(block.title, timeRange(block), hoursText(block.minutes)));
}

void PlanBlockWidget::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        Q_EMIT activated(m_block.taskId);
    QFrame::mouseDoubleClickEvent(event);
}

void PlanBlockWidget::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space) {
        Q_EMIT activated(m_block.taskId);
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace jobprep

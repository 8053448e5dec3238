// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "plandaycolumn.h"
#include "core/export/planformat.h"
#include "planblockwidget.h"

#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QVBoxLayout>

namespace jobprep {

PlanDayColumn::PlanDayColumn(QWidget *parent)
    : QFrame(parent), m_title(new QLabel(this)), m_bar(new QProgressBar(this)), m_blocks(new QVBoxLayout)
{
    setFrameShape(QFrame::NoFrame);
    setMinimumWidth(110);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(4);
    m_title->setObjectName(QStringLiteral("planDayTitle"));
    m_title->setAlignment(Qt::AlignCenter);
    m_bar->setObjectName(QStringLiteral("planDayCapacity"));
    m_bar->setTextVisible(true);
    m_bar->setMaximumHeight(18);
    m_blocks->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_bar);
    layout->addLayout(m_blocks);
    layout->addStretch(1);
}

void PlanDayColumn::setDay(const PlanDay &day, bool isToday)
{
    while (QLayoutItem *item = m_blocks->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    setObjectName(QStringLiteral("planDay-%1").arg(day.date.toString(Qt::ISODate)));
    const QString name = QLocale().toString(day.date, QStringLiteral("ddd M/d"));
    m_title->setText(isToday ? QStringLiteral("<b>%1</b> · %2").arg(name.toHtmlEscaped(), tr("today")) : name.toHtmlEscaped());
    m_bar->setRange(0, std::max(1, day.capacityMinutes));
    m_bar->setValue(std::min(day.usedMinutes, std::max(1, day.capacityMinutes)));
    m_bar->setFormat(QStringLiteral("%1 / %2").arg(planformat::hoursText(day.usedMinutes),
                                                   planformat::hoursText(day.capacityMinutes)));
    m_bar->setToolTip(tr("%1 planned of %2 available").arg(planformat::hoursText(day.usedMinutes),
                                                         planformat::hoursText(day.capacityMinutes)));
    setEnabled(!day.past);
    if (day.past) {
        auto *past = new QLabel(tr("Past"), this);
        past->setAlignment(Qt::AlignCenter);
        m_blocks->addWidget(past);
    }
    for (const PlanBlock &b : day.blocks) {
        auto *w = new PlanBlockWidget(b, this);
        connect(w, &PlanBlockWidget::activated, this, &PlanDayColumn::taskActivated);
        m_blocks->addWidget(w);
    }
}

} // namespace jobprep

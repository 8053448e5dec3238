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
    // Busy time and blocks in the order of the day: a class at 19:00 above the block after it.
    qsizetype next = 0;
    for (const PlanBlock &b : day.blocks) {
        for (; next < day.busy.size() && day.busy[next].startMinute <= b.startMinute; ++next)
            m_blocks->addWidget(busyWidget(day.busy[next]));
        auto *w = new PlanBlockWidget(b, this);
        connect(w, &PlanBlockWidget::activated, this, &PlanDayColumn::taskActivated);
        m_blocks->addWidget(w);
    }
    for (; next < day.busy.size(); ++next)
        m_blocks->addWidget(busyWidget(day.busy[next]));
    if (day.busyMinutes > 0)
        m_bar->setToolTip(m_bar->toolTip() + QLatin1Char('\n') +
                          tr("%1 of the day's hours are busy in your calendar").arg(planformat::hoursText(day.busyMinutes)));
}

QWidget *PlanDayColumn::busyWidget(const BusyBlock &busy)
{
    // Grey and flat: time the plan leaves free, not work to do.
    auto *w = new QLabel(this);
    w->setObjectName(QStringLiteral("busyBlock"));
    w->setWordWrap(true);
    w->setTextFormat(Qt::PlainText);
    const QString when = busy.allDay ? tr("All day")
                                     : QStringLiteral("%1–%2").arg(planformat::clockText(busy.startMinute),
                                                                  planformat::clockText(busy.endMinute()));
    w->setText(QStringLiteral("%1\n%2").arg(busy.title.isEmpty() ? tr("Busy") : busy.title, when));
    w->setStyleSheet(QStringLiteral("QLabel#busyBlock { background: #d9d9d9; color: #444; border: 1px dashed #9a9a9a;"
                                    " border-radius: 3px; padding: 3px 6px; }"));
    w->setToolTip(tr("Busy in your calendar: %1, %2. The plan leaves this time free.").arg(busy.title, when));
    w->setAccessibleName(tr("Busy: %1, %2").arg(busy.title, when));
    return w;
}

} // namespace jobprep

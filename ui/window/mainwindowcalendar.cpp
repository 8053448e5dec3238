// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// The window's part of the calendar sync (issue 18): File → Sync calendar now, the last sync's
// summary in the status bar, progress and cancel while one runs.
#include "mainwindow.h"
#include "ui/calendar/calendarsynccontroller.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QStatusBar>
#include <QToolButton>

namespace jobprep::ui {

void MainWindow::createCalendarSync(QMenu *fileMenu)
{
    m_calendarSync = new CalendarSyncController(m_service, this);
    QAction *sync = makeAction("actionSyncCalendar", tr("Sync &calendar now"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y)});
    sync->setStatusTip(tr("Write the plan's blocks into your calendar and read its busy time"));
    connect(sync, &QAction::triggered, m_calendarSync, &CalendarSyncController::syncNow);
    fileMenu->addAction(sync);

    auto *summary = new QLabel(this);
    summary->setObjectName(QStringLiteral("calendarSyncSummary"));
    auto *progress = new QProgressBar(this);
    progress->setObjectName(QStringLiteral("calendarSyncProgress"));
    progress->setMaximumWidth(160);
    progress->setMaximumHeight(16);
    progress->hide();
    auto *cancel = new QToolButton(this);
    cancel->setObjectName(QStringLiteral("calendarSyncCancel"));
    cancel->setText(tr("Cancel sync"));
    cancel->hide();
    statusBar()->addPermanentWidget(summary);
    statusBar()->addPermanentWidget(progress);
    statusBar()->addPermanentWidget(cancel);
    connect(cancel, &QToolButton::clicked, m_calendarSync, &CalendarSyncController::cancel);
    connect(m_calendarSync, &CalendarSyncController::started, this, [sync, progress, cancel, summary] {
        sync->setEnabled(false);
        progress->setRange(0, 0); // reading the calendar: no count yet
        progress->show();
        cancel->show();
        summary->setText(tr("Syncing the calendar…"));
    });
    connect(m_calendarSync, &CalendarSyncController::progress, this, [progress](int done, int total) {
        progress->setRange(0, std::max(1, total));
        progress->setValue(done);
        progress->setFormat(tr("%1 of %2").arg(done).arg(total));
    });
    connect(m_calendarSync, &CalendarSyncController::finished, this, [sync, progress, cancel] {
        sync->setEnabled(true);
        progress->hide();
        cancel->hide();
    });
    connect(m_calendarSync, &CalendarSyncController::message, summary, &QLabel::setText);
}

} // namespace jobprep::ui

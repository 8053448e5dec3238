// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// Habits and the weekly review in the main window (issue 19): the Habits tab, the repositories read
// at start and when the window regains focus, today's plan kept for the review, Plan → Review the
// week…, offered once on the first start of a new week.
#include "core/domain/dates.h"
#include "core/service/clock.h"
#include "core/service/planservice.h"
#include "core/service/service.h"
#include "mainwindow.h"
#include "ui/commands/taskcontroller.h"
#include "ui/common/messagebox.h"
#include "ui/habits/habitsview.h"
#include "ui/habits/habitsyncer.h"
#include "ui/plan/reviewdialog.h"

#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace jobprep::ui {

void MainWindow::addHabits()
{
    m_habitSync = new HabitSyncer(m_service, this);
    // Built the first time the tab is shown, as the other views are: the board paints first.
    auto *page = new QWidget(m_tabs);
    page->setObjectName(QStringLiteral("habitsPage"));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    const int index = m_tabs->addTab(page, tr("Habits"));
    connect(m_tabs, &QTabWidget::currentChanged, page, [this, page, index](int current) {
        if (current != index || page->findChild<HabitsView *>())
            return;
        auto *habits = new HabitsView(*m_controller, m_habitSync, page);
        habits->setDialogRunner([this](QDialog &d) { return m_runDialog(d); });
        page->layout()->addWidget(habits);
        habits->show();
    });
    connect(m_habitSync, &HabitSyncer::finished, this, [this](int, int commits, const QStringList &problems) {
        if (commits > 0 || !problems.isEmpty())
            statusBar()->showMessage(tr("Habits: %n new commit(s)", nullptr, commits) +
                                         (problems.isEmpty() ? QString() : QStringLiteral(" · ") + problems.join(QStringLiteral(" · "))),
                                     8000);
    });

    QMenu *plan = menuBar()->addMenu(tr("&Plan"));
    plan->setObjectName(QStringLiteral("planMenu"));
    QAction *review = makeAction("actionReviewWeek", tr("&Review the week…"), {});
    connect(review, &QAction::triggered, this, [this] { reviewWeek(); });
    plan->addAction(review);

    connect(this, &MainWindow::firstPainted, this, [this] {
        m_habitSync->syncIfDue();
        recordTodaysPlan();
        if (m_offerReview)
            offerReview();
    });
    connect(&m_service.clock(), &Clock::dayChanged, this, [this] { recordTodaysPlan(); });
}

void MainWindow::recordTodaysPlan()
{
    try {
        m_service.plans().recordToday();
    } catch (const DbError &) {
        // A read-only or busy file: the review will say that no plan was recorded that day.
    }
}

void MainWindow::reviewWeek()
{
    ReviewDialog dialog(m_store, m_service.clock().today(), this);
    connect(&dialog, &ReviewDialog::saved, this,
            [this](const QString &path) { statusBar()->showMessage(tr("Saved %1").arg(path), 5000); });
    m_runDialog(dialog);
}

void MainWindow::offerReview()
{
    // Once a week, from the second week the app is used in: a first start has nothing to look back on.
    QSettings s;
    const QDate today = m_service.clock().today();
    const QString week = isoWeekName(today);
    const QString offered = s.value(QStringLiteral("review/offeredWeek")).toString();
    s.setValue(QStringLiteral("review/offeredWeek"), week);
    if (offered.isEmpty() || offered == week)
        return;
    const QDate last = ReviewDialog::lastWeek(today);
    if (MessageBox::question(this, tr("Review the week"),
                             tr("Week %1 is over. Look back at what was planned, what got done and how your habits "
                                "held?")
                                 .arg(isoWeekName(last))))
        reviewWeek();
}

} // namespace jobprep::ui

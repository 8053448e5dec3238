// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// The real MainWindow follows what changes outside its own clicks: jobprep-cli writing to the same
// file, and midnight.
#include "builders.h"
#include "core/service/clock.h"
#include "tempdb.h"
#include "ui/board/boardstate.h"
#include "ui/board/boardview.h"
#include "ui/board/quadrantmodel.h"
#include "ui/commands/taskcontroller.h"
#include "ui/plan/planview.h"
#include "ui/window/mainwindow.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace jobprep;
using namespace jobprep::test;
using namespace jobprep::ui;

namespace {

// The row of a task in whichever pane shows it: (pane model, row), or (nullptr, -1).
std::pair<QuadrantModel *, int> find(MainWindow &w, const QString &title)
{
    for (int q = 1; q <= 4; ++q) {
        QuadrantModel *m = w.board()->model(Quadrant(q));
        for (int r = 0; r < m->rowCount(); ++r)
            if (m->index(r).data(QuadrantModel::TitleRole).toString() == title)
                return {m, r};
    }
    return {nullptr, -1};
}

int runCli(const QString &db, const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(JOBPREP_CLI), QStringList{QStringLiteral("--db"), db} + args);
    EXPECT_TRUE(p.waitForFinished(20000));
    EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    return p.exitCode();
}

} // namespace

TEST(MainWindowFollows, WhatJobprepCliWritesToTheSameFileShowsUp)
{
    TempDb db;
    db.w().addTask(makeTask(QStringLiteral("already here"), Kind::Study));
    MainWindow w(db.service());
    w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
    ASSERT_NE(find(w, QStringLiteral("already here")).first, nullptr);

    // The real CLI, another process, on the same file while the window is open.
    ASSERT_EQ(runCli(db.path(),
                     {QStringLiteral("task"), QStringLiteral("add"), QStringLiteral("CLI에서 추가한 할 일"),
                      QStringLiteral("--kind"), QStringLiteral("project")}),
              0);
    QElapsedTimer seen;
    seen.start();
    EXPECT_TRUE(QTest::qWaitFor([&] { return find(w, QStringLiteral("CLI에서 추가한 할 일")).first; }, 5000));
    std::printf(
        "the CLI's task was on the board %lld ms after the CLI exited (the window looks every %d ms)\n",
        static_cast<long long>(seen.elapsed()), MainWindow::kOtherWritersMs);
    EXPECT_NE(find(w, QStringLiteral("already here")).first, nullptr); // nothing else was lost

    // A company the CLI adds appears in the dock too, and the window's own undo stack is untouched.
    ASSERT_EQ(
        runCli(db.path(), {QStringLiteral("company"), QStringLiteral("add"), QStringLiteral("당근마켓")}), 0);
    auto *tree = w.findChild<QTreeWidget *>(QStringLiteral("companiesList"));
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            for (int i = 0; i < tree->topLevelItemCount(); ++i)
                if (tree->topLevelItem(i)->text(0) == QStringLiteral("당근마켓"))
                    return true;
            return false;
        },
        5000));
    EXPECT_EQ(w.controller()->undoStack()->count(), 0);
}

TEST(MainWindowFollows, TodayMovesAtMidnightAndTheBoardThePlanAndDoneFollow)
{
    QDateTime now; // outlives the service that reads it
    TempDb db;     // 2026-11-28
    const QDate day = db.today();
    now = QDateTime(day, QTime(23, 59, 58));
    db.service().clock().setSource([&now] { return now; }); // the midnight timer is armed from this
    const Id id = db.w().addTask(makeTask(QStringLiteral("내일 마감"), Kind::Application, day.addDays(1), 1));
    MainWindow w(db.service());
    w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
    auto card = [&] {
        const auto [model, row] = find(w, QStringLiteral("내일 마감"));
        return model ? model->index(row).data(QuadrantModel::DDayRole).toString() : QString();
    };
    EXPECT_EQ(card(), QStringLiteral("D-1"));
    auto *tabs = w.findChild<QTabWidget *>(QStringLiteral("centralTabs"));
    tabs->setCurrentIndex(1); // the week plan, built when first shown
    auto *plan = w.findChild<PlanView *>(QStringLiteral("planView"));
    ASSERT_NE(plan, nullptr);
    EXPECT_EQ(plan->plan().today, day);
    tabs->setCurrentIndex(0);

    // Midnight passes while the window is open; nobody touches it.
    now = QDateTime(day.addDays(1), QTime(0, 0, 1));
    EXPECT_TRUE(QTest::qWaitFor([&] { return card() == QStringLiteral("D-day"); }, 5000))
        << card().toStdString();
    EXPECT_EQ(w.boardState()->today(), day.addDays(1));
    tabs->setCurrentIndex(1);
    EXPECT_EQ(plan->plan().today, day.addDays(1));
    EXPECT_EQ(w.controller()->today(), day.addDays(1));
    // "Mark done" now records the new day, not the day the window was opened on.
    w.board()->selectIds({id});
    tabs->setCurrentIndex(0);
    w.board()->selectIds({id});
    w.completeSelection();
    EXPECT_EQ(db->task(id)->doneOn, day.addDays(1));
}

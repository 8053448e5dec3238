// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// The main window paints the first rows of each pane at once and reads the rest in a worker thread.
#include "builders.h"
#include "core/store/store.h"
#include "core/service/companyservice.h"
#include "core/service/postingservice.h"
#include "core/service/taskservice.h"
#include "tempdb.h"
#include "ui/board/boardstate.h"
#include "ui/board/boardview.h"
#include "ui/board/quadrantmodel.h"
#include "ui/board/quadrantpane.h"
#include "ui/companies/companiesmodel.h"
#include "ui/companies/companiesview.h"
#include "ui/window/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLineEdit>
#include <QMimeData>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <gtest/gtest.h>
#include <memory>

using namespace jobprep;
using namespace jobprep::test;
using namespace jobprep::ui;

namespace {

// 3 000 generated tasks: every pane holds more than the first rows a window reads.
void fillGenerated(TempDb &db)
{
    importGenerated(db.store(), 3000, 7, db.today());
}

struct LoadingWindow
{
    explicit LoadingWindow(TempDb &db) : w(db.service())
    {
        for (int q = 1; q <= 4; ++q)
            testers.push_back(std::make_unique<QAbstractItemModelTester>(
                w.board()->model(Quadrant(q)), QAbstractItemModelTester::FailureReportingMode::Fatal));
    }
    QuadrantModel *model(int q) const { return w.board()->model(Quadrant(q)); }
    QString title(int q) const { return w.board()->pane(Quadrant(q))->title(); }
    bool waitComplete()
    {
        w.boardState()->startLoading();
        return QTest::qWaitFor([this] { return w.boardState()->isComplete(); }, 20000);
    }

    MainWindow w;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
};

QString countText(int n) { return QStringLiteral(" · %1 tasks · ").arg(n); }

// Every row of every pane is the task Board::compute puts there, in its order.
void expectWholeBoard(const LoadingWindow &win, const Board &full)
{
    for (int q = 1; q <= 4; ++q) {
        const BoardPane &pane = full.pane(Quadrant(q));
        ASSERT_EQ(win.model(q)->rowCount(), pane.size()) << "pane " << q;
        for (int row = 0; row < pane.size(); ++row)
            ASSERT_EQ(win.model(q)->taskId(row), pane[row].task.id) << "pane " << q << " row " << row;
        EXPECT_TRUE(win.title(q).contains(countText(int(pane.size())))) << win.title(q).toStdString();
    }
}

} // namespace

TEST(BoardLoading, TheFirstRowsComeAtOnceWithWholePaneCountsAndTheRestArrivesFromTheWorker)
{
    TempDb db;
    fillGenerated(db);
    const Board full = Board::compute(db.store(), db.today());
    LoadingWindow win(db);
    BoardState *state = win.w.boardState();
    ASSERT_FALSE(state->isComplete());
    for (int q = 1; q <= 4; ++q) {
        const BoardPane &pane = full.pane(Quadrant(q));
        const int shown = win.model(q)->rowCount();
        ASSERT_GE(shown, 16) << "pane " << q;
        ASSERT_LT(shown, pane.size()) << "pane " << q;
        for (int row = 0; row < shown; ++row) {
            const QModelIndex i = win.model(q)->index(row);
            ASSERT_EQ(i.data(QuadrantModel::TaskIdRole).toLongLong(), pane[row].task.id) << "pane " << q << " row " << row;
            EXPECT_EQ(i.data(QuadrantModel::TitleRole).toString(), pane[row].task.title);
            EXPECT_EQ(i.data(QuadrantModel::CompanyRole).toString(), pane[row].companyName);
            EXPECT_EQ(i.data(QuadrantModel::UrgencyRole).toInt(), pane[row].placement.urgency);
        }
        EXPECT_TRUE(win.title(q).contains(countText(int(pane.size())))) << win.title(q).toStdString();
    }

    QSignalSpy completed(state, &BoardState::completed);
    QSignalSpy painted(&win.w, &MainWindow::firstPainted);
    win.w.show();
    // The window starts the worker after its first paint.
    ASSERT_TRUE(completed.wait(20000));
    EXPECT_TRUE(state->isComplete());
    expectWholeBoard(win, full);
    EXPECT_EQ(painted.size(), 1);
    win.w.update();
    QCoreApplication::processEvents();
    EXPECT_EQ(painted.size(), 1); // once
}

TEST(BoardLoading, TheSelectionStaysOnItsCardWhenTheRestArrives)
{
    TempDb db;
    fillGenerated(db);
    LoadingWindow win(db);
    const Id second = win.model(2)->taskId(3);
    win.w.board()->selectIds({second});
    ASSERT_TRUE(win.waitComplete());
    EXPECT_EQ(win.w.board()->selectedIds(), QList<Id>{second});
}

TEST(BoardLoading, TasksChangedWhileLoadingAreOnTheBoardThatArrives)
{
    TempDb db;
    fillGenerated(db);
    LoadingWindow win(db);
    const Board before = Board::compute(db.store(), db.today());
    // A task far down the Drop pane, not among the rows shown, and one that is shown.
    const Id deep = before.pane(Quadrant::Drop).last().task.id;
    const Id shown = win.model(3)->taskId(0);
    win.w.boardState()->startLoading();
    db.service().tasks().pin({deep, shown}, Quadrant::DoFirst); // while the worker reads
    EXPECT_FALSE(win.w.boardState()->isComplete());
    EXPECT_EQ(win.model(3)->rowOf(shown), -1); // the first rows follow at once
    ASSERT_TRUE(win.waitComplete());
    const Board after = Board::compute(db.store(), db.today());
    EXPECT_EQ(after.find(deep)->placement.quadrant, Quadrant::DoFirst);
    expectWholeBoard(win, after);
}

TEST(BoardLoading, ACompanyChangedWhileLoadingReadsTheBoardAgain)
{
    TempDb db;
    fillGenerated(db);
    LoadingWindow win(db);
    win.w.boardState()->startLoading();
    for (Company c : db->companies()) { // every company now matters most: many cards move up
        c.interest = 5;
        db.service().companies().edit(c);
    }
    ASSERT_TRUE(win.waitComplete());
    expectWholeBoard(win, Board::compute(db.store(), db.today()));
}

TEST(BoardLoading, ACompanyChangedAfterLoadingShowsTheFirstRowsAtOnceAndReadsTheRestAgain)
{
    TempDb db;
    fillGenerated(db);
    LoadingWindow win(db);
    ASSERT_TRUE(win.waitComplete());
    QSignalSpy completed(win.w.boardState(), &BoardState::completed);
    for (Company c : db->companies()) {
        c.interest = c.interest == 5 ? 1 : 5;
        db.service().companies().edit(c);
    }
    // Right away: each pane's first rows as the whole board would have them, and the whole counts.
    const Board after = Board::compute(db.store(), db.today());
    EXPECT_FALSE(win.w.boardState()->isComplete());
    for (int q = 1; q <= 4; ++q) {
        const BoardPane &pane = after.pane(Quadrant(q));
        ASSERT_LT(win.model(q)->rowCount(), pane.size()) << "pane " << q;
        for (int row = 0; row < win.model(q)->rowCount(); ++row)
            ASSERT_EQ(win.model(q)->taskId(row), pane[row].task.id) << "pane " << q << " row " << row;
        EXPECT_TRUE(win.title(q).contains(countText(int(pane.size())))) << win.title(q).toStdString();
    }
    ASSERT_TRUE(completed.wait(20000) || win.w.boardState()->isComplete());
    expectWholeBoard(win, after);
}

TEST(BoardLoading, WhileLoadingAFilteredPaneSaysSoAndReorderingWaits)
{
    TempDb db;
    fillGenerated(db);
    LoadingWindow win(db);
    ASSERT_FALSE(win.w.boardState()->isComplete());
    win.w.findChild<QLineEdit *>(QStringLiteral("filterText"))->setText(QStringLiteral("a"));
    EXPECT_TRUE(win.title(1).endsWith(QStringLiteral("loading…"))) << win.title(1).toStdString();

    // Moving cards to another pane works at once; reordering inside a pane needs the whole pane.
    QuadrantModel *pane1 = win.model(1);
    QMimeData own;
    own.setData(QuadrantModel::mimeType(), QuadrantModel::encodeIds({pane1->taskId(1)}));
    EXPECT_FALSE(pane1->canDropMimeData(&own, Qt::MoveAction, 0, 0, {}));
    EXPECT_FALSE(pane1->dropMimeData(&own, Qt::MoveAction, 0, 0, {}));
    EXPECT_TRUE(win.model(2)->canDropMimeData(&own, Qt::MoveAction, 0, 0, {}));

    ASSERT_TRUE(win.waitComplete());
    EXPECT_FALSE(win.title(1).contains(QStringLiteral("loading"))) << win.title(1).toStdString();
    EXPECT_TRUE(pane1->canDropMimeData(&own, Qt::MoveAction, 0, 0, {}));
    win.w.findChild<QLineEdit *>(QStringLiteral("filterText"))->clear();
}

TEST(BoardLoading, ClosingBeforeTheBoardArrivesWaitsForTheWorker)
{
    TempDb db;
    fillGenerated(db);
    auto win = std::make_unique<LoadingWindow>(db);
    win->w.boardState()->startLoading();
    win.reset(); // no crash, no result delivered to a deleted window
    QTest::qWait(50);
}

TEST(BoardLoading, TheCompaniesViewTakesNextTasksOffTheBoardAndFollowsIt)
{
    TempDb db;
    fillGenerated(db);
    LoadingWindow win(db);
    win.w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&win.w));
    auto *tabs = win.w.findChild<QTabWidget *>(QStringLiteral("centralTabs"));
    ASSERT_NE(tabs, nullptr);
    tabs->setCurrentIndex(2); // Companies: built when first shown
    auto *view = win.w.findChild<CompaniesView *>(QStringLiteral("companiesView"));
    ASSERT_NE(view, nullptr);
    ASSERT_TRUE(win.waitComplete());
    CompaniesModel &model = *view->model();
    auto expectNextTasksOf = [&](const Board &board) {
        const QHash<Id, QString> next = board.nextTaskTitles();
        int named = 0;
        for (int r = 0; r < model.rowCount(); ++r) {
            const Id company = model.index(r, 0).data(CompaniesModel::IdRole).toLongLong();
            const QString shown = model.index(r, CompaniesModel::NextTask).data().toString();
            if (shown != next.value(company))
                return testing::AssertionFailure() << "company " << company << ": " << shown.toStdString() << " vs "
                                                   << next.value(company).toStdString();
            named += !shown.isEmpty();
        }
        if (named < model.rowCount() / 2)
            return testing::AssertionFailure() << "only " << named << " companies have a next task";
        return testing::AssertionSuccess();
    };
    EXPECT_TRUE(expectNextTasksOf(Board::compute(db.store(), db.today())));

    // Its first company's next task is done: once the writes pause, the one after it shows.
    const Id company = model.index(0, 0).data(CompaniesModel::IdRole).toLongLong();
    const QString before = model.index(0, CompaniesModel::NextTask).data().toString();
    const Board board = Board::compute(db.store(), db.today());
    const PlacedTask *first = nullptr;
    for (Quadrant q : {Quadrant::DoFirst, Quadrant::Schedule, Quadrant::Limit, Quadrant::Drop})
        for (const PlacedTask &t : board.pane(q))
            if (!first && t.task.companyId == company)
                first = &t;
    ASSERT_NE(first, nullptr);
    ASSERT_EQ(first->task.title, before);
    db.service().tasks().complete({first->task.id});
    const QString after = Board::compute(db.store(), db.today()).nextTaskTitles().value(company);
    EXPECT_TRUE(QTest::qWaitFor([&] { return model.index(0, CompaniesModel::NextTask).data().toString() == after; },
                                5000));
    EXPECT_TRUE(expectNextTasksOf(Board::compute(db.store(), db.today())));
}

// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// The real MainWindow offscreen, driven by key clicks, checked against the database.
#include "builders.h"
#include "core/io/exampleplan.h"
#include "core/service/companyservice.h"
#include "core/service/postingservice.h"
#include "core/service/taskservice.h"
#include "tempdb.h"
#include "ui/board/boardstate.h"
#include "ui/board/boardview.h"
#include "ui/commands/taskcontroller.h"
#include "ui/board/quadrantmodel.h"
#include "ui/board/quadrantpane.h"
#include "ui/companies/companiesdock.h"
#include "ui/window/mainwindow.h"
#include "ui/window/settingsdialog.h"
#include "ui/window/taskeditordialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QTextLayout>
#include <QTreeWidget>
#include <QListView>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>
#include <gtest/gtest.h>
#include <memory>

using namespace jobprep;
using namespace jobprep::test;
using namespace jobprep::ui;

namespace {

struct Window
{
    explicit Window(TempDb &db) : w(db.service())
    {
        for (int q = 1; q <= 4; ++q)
            testers.push_back(std::make_unique<QAbstractItemModelTester>(
                w.board()->model(Quadrant(q)), QAbstractItemModelTester::FailureReportingMode::Fatal));
        w.show();
        QApplication::setActiveWindow(&w);
        EXPECT_TRUE(QTest::qWaitForWindowExposed(&w));
    }
    QListView *view(Quadrant q) { return w.findChild<QListView *>(QStringLiteral("paneView%1").arg(int(q))); }
    void select(Id id) { w.board()->selectIds({id}); }
    void key(int key, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : &w;
        QTest::keyClick(target, Qt::Key(key), mods);
    }

    MainWindow w;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
};

} // namespace

TEST(MainWindow, CtrlDigitsPinTheSelectionAndCtrlZeroUnpins)
{
    TempDb db;
    const Id id = db.w().addTask(makeTask(QStringLiteral("SQLD 공부"), Kind::Certificate)); // Drop / later
    Window win(db);
    win.select(id);
    ASSERT_EQ(win.w.board()->selectedIds(), QList<Id>{id});
    const Quadrant order[] = {Quadrant::DoFirst, Quadrant::Schedule, Quadrant::Limit, Quadrant::Drop};
    for (int q = 1; q <= 4; ++q) {
        win.key(Qt::Key_0 + q, Qt::ControlModifier);
        EXPECT_EQ(db->task(id)->pinned, order[q - 1]) << "Ctrl+" << q;
        EXPECT_EQ(win.w.board()->model(order[q - 1])->rowOf(id), 0);
        EXPECT_EQ(win.w.board()->selectedIds(), QList<Id>{id}) << "the selection follows the card";
    }
    win.key(Qt::Key_0, Qt::ControlModifier);
    EXPECT_EQ(db->task(id)->pinned, Quadrant::None);
    // Four moves and an unpin of one task merge into one undo step back to the start.
    win.w.board()->selectIds({id});
    win.key(Qt::Key_2, Qt::ControlModifier);
    win.key(Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(db->task(id)->pinned, Quadrant::None);
    win.key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(db->task(id)->pinned, Quadrant::Schedule);
}

TEST(MainWindow, SpaceMarksDoneDeleteDeletesAndCtrlZBringsThemBack)
{
    TempDb db;
    const Id a = db.w().addTask(makeTask(QStringLiteral("포트폴리오"), Kind::Project));
    const Id b = db.w().addTask(makeTask(QStringLiteral("notes"), Kind::Study));
    Window win(db);
    win.select(a);
    win.key(Qt::Key_Space);
    EXPECT_EQ(db->task(a)->status, Status::Done);
    EXPECT_EQ(win.w.board()->model(Quadrant::Schedule)->rowOf(a), -1);
    win.key(Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(db->task(a)->status, Status::Todo);

    win.select(b);
    win.key(Qt::Key_Delete);
    EXPECT_FALSE(db->task(b).has_value());
    win.key(Qt::Key_Z, Qt::ControlModifier);
    ASSERT_TRUE(db->task(b).has_value());
    EXPECT_GE(win.w.board()->model(Quadrant::Schedule)->rowOf(b), 0);
}

TEST(MainWindow, EnterOpensTheEditorAndItsChangeIsOneUndoStep)
{
    TempDb db;
    const Id id = db.w().addTask(makeTask(QStringLiteral("old title"), Kind::Study));
    Window win(db);
    QString why;
    win.w.setDialogRunner([&why](QDialog &d) {
        auto &editor = dynamic_cast<TaskEditorDialog &>(d);
        why = editor.whyHtml();
        editor.titleEdit()->setText(QStringLiteral("새 제목"));
        return int(QDialog::Accepted);
    });
    win.select(id);
    win.key(Qt::Key_Return);
    EXPECT_EQ(db->task(id)->title, QStringLiteral("새 제목"));
    EXPECT_TRUE(why.contains(QStringLiteral("Schedule"))) << why.toStdString();
    win.key(Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(db->task(id)->title, QStringLiteral("old title"));
}

TEST(MainWindow, CtrlNAddsATaskAndCtrlFFocusesTheFilter)
{
    TempDb db;
    Window win(db);
    win.w.setDialogRunner([](QDialog &d) {
        dynamic_cast<TaskEditorDialog &>(d).titleEdit()->setText(QStringLiteral("코딩테스트 연습"));
        return int(QDialog::Accepted);
    });
    win.key(Qt::Key_N, Qt::ControlModifier);
    ASSERT_EQ(db->tasks(true).size(), 1);
    EXPECT_EQ(db->tasks(true)[0].title, QStringLiteral("코딩테스트 연습"));
    win.key(Qt::Key_F, Qt::ControlModifier);
    EXPECT_EQ(QApplication::focusWidget()->objectName(), QStringLiteral("filterText"));
    // Space in the filter types a space; it does not mark anything done.
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("sql x"));
    EXPECT_EQ(db->tasks(true)[0].status, Status::Todo);
}

TEST(MainWindow, EveryActionHasAnObjectNameTextAndItsShortcutInAMenu)
{
    TempDb db;
    Window win(db);
    QStringList shortcuts;
    for (QAction *menu : win.w.menuBar()->actions())
        for (QAction *a : menu->menu()->actions()) {
            if (a->isSeparator())
                continue;
            EXPECT_FALSE(a->objectName().isEmpty()) << a->text().toStdString();
            EXPECT_FALSE(a->text().isEmpty());
            if (!a->shortcut().isEmpty())
                shortcuts << a->shortcut().toString(QKeySequence::PortableText);
        }
    for (const char *k : {"Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4", "Ctrl+0", "Del", "Return", "Ctrl+N", "Ctrl+F",
                          "Space", "Ctrl+Z", "Ctrl+Shift+Z"})
        EXPECT_TRUE(shortcuts.contains(QString::fromLatin1(k))) << k;
}

TEST(MainWindow, ExamplePlanFillsAllFourPanesWithTitledCounts)
{
    TempDb db;
    addExamplePlan(db.store(), db.today());
    Window win(db);
    for (int q = 1; q <= 4; ++q) {
        QuadrantPane *pane = win.w.board()->pane(Quadrant(q));
        EXPECT_GT(pane->model()->rowCount(), 0) << "pane " << q;
        EXPECT_TRUE(pane->title().contains(QStringLiteral("%1 task").arg(pane->model()->rowCount())))
            << pane->title().toStdString();
    }
}

TEST(MainWindow, CompanyFilterNarrowsTheBoard)
{
    TempDb db;
    const Id toss = db.w().addCompany(makeCompany(QStringLiteral("토스")));
    Task t = makeTask(QStringLiteral("toss task"), Kind::Project);
    t.companyId = toss;
    db.w().addTask(t);
    db.w().addTask(makeTask(QStringLiteral("other"), Kind::Project));
    Window win(db);
    EXPECT_EQ(win.w.board()->model(Quadrant::Schedule)->rowCount(), 2);
    win.w.companiesDock()->selectCompany(toss);
    EXPECT_EQ(win.w.board()->model(Quadrant::Schedule)->rowCount(), 1);
    win.w.companiesDock()->selectCompany(0);
    EXPECT_EQ(win.w.board()->model(Quadrant::Schedule)->rowCount(), 2);
}

TEST(MainWindow, CompaniesDockShowsWholeStagesAndDeadlinesAndTheFullNameOnHover)
{
    TempDb db;
    Company c = makeCompany(QStringLiteral("하이퍼커넥트 머신러닝 플랫폼 연구소 (Hyperconnect ML Platform Lab)"), 4,
                            Stage::CodingTest);
    const Id id = db.w().addCompany(c);
    db.w().addPosting(makePosting(id, QStringLiteral("ML 엔지니어"), QDate(2027, 2, 19), {}));
    Window win(db);
    win.w.show();
    auto *tree = win.w.findChild<QTreeWidget *>(QStringLiteral("companiesList"));
    ASSERT_NE(tree, nullptr);
    win.w.companiesDock()->refresh(); // with deadlines
    QTreeWidgetItem *item = tree->topLevelItem(1);
    ASSERT_NE(item, nullptr);
    EXPECT_EQ(item->toolTip(0), c.name);
    const QFontMetrics fm(tree->font());
    for (int column : {1, 2}) {
        ASSERT_FALSE(item->text(column).isEmpty()) << column;
        EXPECT_GE(tree->columnWidth(column), fm.horizontalAdvance(item->text(column))) << column;
    }
    EXPECT_LT(tree->columnWidth(0), fm.horizontalAdvance(c.name)); // elided, not scrolled sideways
}

TEST(MainWindow, CompaniesDockCatchesUpWithTaskChangesOnceTheyPause)
{
    TempDb db;
    const Id kakao = db.w().addCompany(makeCompany(QStringLiteral("카카오"), 5));
    const Id posting = db.w().addPosting(makePosting(kakao, QStringLiteral("데이터 엔지니어"), QDate(2026, 12, 20),
                                                  {{Section::Requirement, QStringLiteral("Spark 경험")}}));
    Task t = makeTask(QStringLiteral("Spark 스터디"), Kind::Study);
    t.companyId = kakao;
    t.lineIds = lineIds(db.store(), posting, Section::Requirement);
    const Id spark = db.w().addTask(t);
    Window win(db);
    win.w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&win.w));
    QTest::qWait(50); // the first paint and the deadlines after it
    auto *tree = win.w.findChild<QTreeWidget *>(QStringLiteral("companiesList"));
    auto tip = [tree] { return tree->topLevelItem(1)->toolTip(0); };
    EXPECT_TRUE(tip().contains(QStringLiteral("0 of 1"))) << tip().toStdString();
    QElapsedTimer clock;
    clock.start();
    db.service().tasks().complete({spark});
    QCoreApplication::processEvents();
    EXPECT_TRUE(tip().contains(QStringLiteral("0 of 1"))); // not yet: a drag does not wait for it
    EXPECT_TRUE(QTest::qWaitFor([&] { return tip().contains(QStringLiteral("1 of 1")); }, 5000)) << tip().toStdString();
    EXPECT_GE(clock.elapsed(), 250);
}

TEST(MainWindow, TheLastFilterAndSplittersComeBackInTheNextWindow)
{
    TempDb db;
    const Id toss = db.w().addCompany(makeCompany(QStringLiteral("토스")));
    db.w().addTask(makeTask(QStringLiteral("sql drills"), Kind::CodingTest));
    {
        Window win(db);
        win.w.findChild<QLineEdit *>(QStringLiteral("filterText"))->setText(QStringLiteral("sql"));
        win.w.companiesDock()->selectCompany(toss);
        win.w.close();
    }
    Window again(db);
    EXPECT_EQ(again.w.findChild<QLineEdit *>(QStringLiteral("filterText"))->text(), QStringLiteral("sql"));
    EXPECT_EQ(again.w.boardState()->filter().text, QStringLiteral("sql"));
    EXPECT_EQ(again.w.boardState()->filter().companyId, toss);
    again.w.companiesDock()->selectCompany(0);
    again.w.findChild<QLineEdit *>(QStringLiteral("filterText"))->clear();
    again.w.close(); // leave clean settings for the other tests
}

TEST(MainWindow, ShowDoneListsDoneTasksThatCannotBeDragged)
{
    TempDb db;
    const Id id = db.w().addTask(makeTask(QStringLiteral("finished notes"), Kind::Study));
    db.w().completeTask(id, db.today());
    Window win(db);
    auto rowsWith = [&] {
        for (int q = 1; q <= 4; ++q)
            if (const int row = win.w.board()->model(Quadrant(q))->rowOf(id); row >= 0)
                return win.w.board()->model(Quadrant(q))->index(row);
        return QModelIndex();
    };
    EXPECT_FALSE(rowsWith().isValid());
    win.w.findChild<QCheckBox *>(QStringLiteral("filterShowDone"))->setChecked(true);
    const QModelIndex i = rowsWith();
    ASSERT_TRUE(i.isValid());
    EXPECT_TRUE(i.data(QuadrantModel::DoneRole).toBool());
    EXPECT_FALSE(i.flags() & Qt::ItemIsDragEnabled);
    win.w.findChild<QCheckBox *>(QStringLiteral("filterShowDone"))->setChecked(false);
    EXPECT_FALSE(rowsWith().isValid());
    win.w.close();
}

TEST(MainWindow, ChangedSettingsReplaceTheCardsAtOnceRecomputingTheBoardOnce)
{
    TempDb db;
    const Id id = db.w().addTask(makeTask(QStringLiteral("SQLD"), Kind::Certificate)); // 20: Drop / later
    Window win(db);
    ASSERT_GE(win.w.board()->model(Quadrant::Drop)->rowOf(id), 0);
    QSignalSpy recomputed(win.w.boardState(), &BoardState::recomputed);
    win.w.setDialogRunner([](QDialog &d) {
        auto &dialog = dynamic_cast<SettingsDialog &>(d);
        Settings s = dialog.settings();
        s.kindBase[std::size_t(Kind::Certificate)] = 90;
        dialog.setSettings(s);
        EXPECT_TRUE(dialog.save());
        return int(QDialog::Accepted);
    });
    win.w.findChild<QAction *>(QStringLiteral("actionSettings"))->trigger();
    EXPECT_GE(win.w.board()->model(Quadrant::Schedule)->rowOf(id), 0);
    EXPECT_EQ(recomputed.size(), 1); // was three: the store's postings and tasks signals, then the window
    // The save is one step on the undo stack; undoing it puts the card back, again in one pass.
    win.w.controller()->undoStack()->undo();
    EXPECT_EQ(recomputed.size(), 2);
    EXPECT_GE(win.w.board()->model(Quadrant::Drop)->rowOf(id), 0);
}

TEST(MainWindow, CompaniesDockRowsHoldAKoreanNameAndItsStageOnOneLine)
{
    TempDb db;
    db.w().addCompany(makeCompany(QStringLiteral("Coupang"), 3, Stage::Interested));
    db.w().addCompany(makeCompany(QStringLiteral("네이버"), 4, Stage::Preparing));
    db.w().addCompany(makeCompany(QStringLiteral("카카오뱅크 데이터플랫폼"), 5, Stage::CodingTest));
    Window win(db);
    auto *tree = win.w.findChild<QTreeWidget *>(QStringLiteral("companiesList"));
    ASSERT_NE(tree, nullptr);
    // The height a line of Hangul takes in the tree's font (its glyphs come from a CJK fallback).
    QTextLayout hangul(QStringLiteral("카카오뱅크"), tree->font());
    hangul.beginLayout();
    const QTextLine line = hangul.createLine();
    hangul.endLayout();
    const qreal lineHeight = line.height();
    ASSERT_GT(lineHeight, QFontMetrics(tree->font()).height()); // the fallback's line is the taller one
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = tree->topLevelItem(i);
        const QRect name = tree->visualItemRect(item);
        EXPECT_GE(name.height(), lineHeight) << item->text(0).toStdString();
        if (i > 0) { // each row starts where the last one ended: no text runs into another row
            EXPECT_EQ(name.top(), tree->visualItemRect(tree->topLevelItem(i - 1)).bottom() + 1);
        }
    }
    const QString dir = qEnvironmentVariable("JOBPREP_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        win.w.companiesDock()->grab().save(dir + QStringLiteral("/companies-dock.png"));
}

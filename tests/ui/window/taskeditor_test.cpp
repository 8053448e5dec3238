// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// The task editor in the real window: it shows what is stored as it is and changes it only through
// the service's rules.
#include "builders.h"
#include "core/domain/limits.h"
#include "core/service/taskservice.h"
#include "tempdb.h"
#include "ui/board/boardview.h"
#include "ui/board/quadrantmodel.h"
#include "ui/commands/taskcontroller.h"
#include "core/service/companyservice.h"
#include "ui/companies/companiesdock.h"
#include "ui/postings/postingsfilter.h"
#include "ui/postings/postingsview.h"
#include "ui/window/mainwindow.h"
#include "ui/window/taskeditordialog.h"

#include <gtest/gtest.h>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QTreeWidget>
#include <QTest>
#include <QUndoStack>

using namespace jobprep;
using namespace jobprep::test;
using namespace jobprep::ui;

TEST(TaskEditor, KeepsAValueItCannotShowAsItIs)
{
    TempDb db;
    // What the CLI allows (up to 1 000 h, finer than the hundredths the editor shows).
    const Id big = db.service().tasks().add(makeTask(QStringLiteral("석사 논문"), Kind::Project, {}, 500));
    const Id fine = db.service().tasks().add(makeTask(QStringLiteral("짧은 복습"), Kind::Study, {}, 0.125));
    MainWindow w(db.service());
    w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
    double shown = 0;
    w.setDialogRunner([&shown](QDialog &d) {
        shown = d.findChild<QDoubleSpinBox *>(QStringLiteral("editorEstimate"))->value();
        return int(QDialog::Accepted); // OK without touching anything
    });
    w.editTask(big);
    EXPECT_DOUBLE_EQ(shown, 500);
    EXPECT_DOUBLE_EQ(db->task(big)->estimateHours, 500);
    w.editTask(fine);
    EXPECT_DOUBLE_EQ(db->task(fine)->estimateHours, 0.125);
    // Its range is the service's: the editor accepts exactly what the CLI accepts.
    TaskEditorDialog editor(db.store(), db.today(), *db->task(big));
    auto *estimate = editor.findChild<QDoubleSpinBox *>(QStringLiteral("editorEstimate"));
    EXPECT_DOUBLE_EQ(estimate->maximum(), limits::kMaxEstimateHours);
    EXPECT_EQ(editor.titleEdit()->maxLength(), limits::kMaxTitleLength);
}

TEST(TaskEditor, AHabitMarkedDoneHereTicksTodayAndMovesToItsNextOccurrence)
{
    TempDb db;
    Task habit = makeTask(QStringLiteral("1일 1커밋"), Kind::Community, db.today(), 0.5);
    habit.repeat = Repeat::Daily;
    habit.streak = 6;
    const Id id = db.service().tasks().add(habit);
    MainWindow w(db.service());
    w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
    w.setDialogRunner([](QDialog &d) {
        auto *status = d.findChild<QComboBox *>(QStringLiteral("editorStatus"));
        status->setCurrentIndex(status->findData(int(Status::Done)));
        return int(QDialog::Accepted);
    });
    w.editTask(id);
    const Task after = *db->task(id);
    EXPECT_TRUE(after.isOpen());
    EXPECT_EQ(after.streak, 7);
    EXPECT_EQ(after.due, db.today().addDays(1));
    EXPECT_EQ(db->tasks(true).size(), 1);
    bool onTheBoard = false;
    for (int q = 1; q <= 4; ++q)
        onTheBoard = onTheBoard || w.board()->model(Quadrant(q))->rowOf(id) >= 0;
    EXPECT_TRUE(onTheBoard); // the card stays, at its next occurrence
    w.controller()->undoStack()->undo(); // one step: today's tick goes, the streak is back
    EXPECT_EQ(db->task(id)->due, db.today());
    EXPECT_EQ(db->task(id)->streak, 6);
}

TEST(TaskEditor, ShowsTheOriginalPostingLinesTheTaskCloses)
{
    TempDb db;
    const Id kakao = db.w().addCompany(makeCompany(QStringLiteral("카카오")));
    const Id posting = db.w().addPosting(makePosting(kakao, QStringLiteral("데이터 엔지니어"), {},
                                                     {{Section::Requirement, QStringLiteral("Spark 기반 대용량 처리 경험이 있으신 분")},
                                                      {Section::Preferred, QStringLiteral("Kafka 운영 경험")}}));
    Task t = makeTask(QStringLiteral("학습: Spark 튜닝 — 학습 노트 정리"));
    t.lineIds = {lineIds(db.store(), posting, Section::Requirement).first()};
    TaskEditorDialog editor(db.store(), db.today(), t);
    auto *source = editor.findChild<QLabel *>(QStringLiteral("editorSourceLines"));
    ASSERT_NE(source, nullptr);
    EXPECT_TRUE(source->text().contains(QStringLiteral("Spark 기반 대용량 처리 경험이 있으신 분"))) << source->text().toStdString();
    EXPECT_TRUE(source->text().contains(QStringLiteral("카카오 — 데이터 엔지니어")));
    EXPECT_FALSE(source->text().contains(QStringLiteral("Kafka")));
    // Ticking another line shows it too; a task with none says how to link one.
    auto *tree = editor.findChild<QTreeWidget *>(QStringLiteral("editorLines"));
    tree->topLevelItem(0)->child(1)->setCheckState(0, Qt::Checked);
    EXPECT_TRUE(source->text().contains(QStringLiteral("Kafka 운영 경험")));
    TaskEditorDialog bare(db.store(), db.today(), makeTask(QStringLiteral("이력서")));
    EXPECT_FALSE(bare.findChild<QLabel *>(QStringLiteral("editorSourceLines"))->text().contains(QStringLiteral("Spark")));
}

TEST(TaskEditor, AMakeTaskRequestFromThePostingsTabOpensTheEditorOnTheProposal)
{
    TempDb db;
    const Id kakao = db.w().addCompany(makeCompany(QStringLiteral("카카오")));
    const Id posting = db.w().addPosting(makePosting(kakao, QStringLiteral("데이터 엔지니어"), {},
                                                     {{Section::Requirement, QStringLiteral("Kafka 운영 경험")}}));
    MainWindow w(db.service());
    PostingsView *view = w.postingsView();
    ASSERT_NE(view, nullptr);
    EXPECT_EQ(view->currentPosting(), posting);
    QString shownTitle, shownSource;
    w.setDialogRunner([&](QDialog &d) {
        shownTitle = d.findChild<QLineEdit *>(QStringLiteral("editorTitle"))->text();
        shownSource = d.findChild<QLabel *>(QStringLiteral("editorSourceLines"))->text();
        return int(QDialog::Accepted);
    });
    const Id line = lineIds(db.store(), posting, Section::Requirement).first();
    view->selectLine(line);
    view->makeTaskForCurrentLine();
    EXPECT_TRUE(shownTitle.contains(QStringLiteral("Kafka"))) << shownTitle.toStdString();
    EXPECT_TRUE(shownSource.contains(QStringLiteral("Kafka 운영 경험")));
    const QList<Task> tasks = db->tasks();
    ASSERT_EQ(tasks.size(), 1);
    EXPECT_EQ(tasks[0].lineIds, QList<Id>{line});
    EXPECT_EQ(tasks[0].companyId, kakao);
    // The dock's company filters the tab.
    const Id toss = db.service().companies().add(makeCompany(QStringLiteral("토스")));
    w.companiesDock()->selectCompany(toss);
    EXPECT_EQ(view->filter()->rowCount(), 0);
    EXPECT_EQ(view->currentPosting(), 0);
    w.companiesDock()->selectCompany(0);
    EXPECT_EQ(view->currentPosting(), posting);
}

// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// Every undoable change, done, undone and redone, checked against the database itself.
#include "builders.h"
#include "tempdb.h"
#include "ui/commands/taskcontroller.h"
#include "ui/common/messagebox.h"

#include <QUndoStack>
#include <gtest/gtest.h>

using namespace jobprep;
using namespace jobprep::test;
using namespace jobprep::ui;

TEST(Commands, MoveUndoRedoAndRepeatedMovesMergeIntoOneStep)
{
    TempDb db;
    const Id id = db.w().addTask(makeTask(QStringLiteral("SQLD"), Kind::Certificate));
    TaskController c(db.service());
    ASSERT_TRUE(c.moveTasks({id}, Quadrant::DoFirst));
    ASSERT_TRUE(c.moveTasks({id}, Quadrant::Schedule));
    ASSERT_TRUE(c.moveTasks({id}, Quadrant::Limit));
    EXPECT_EQ(db->task(id)->pinned, Quadrant::Limit);
    EXPECT_EQ(c.undoStack()->count(), 1);
    c.undoStack()->undo();
    EXPECT_EQ(db->task(id)->pinned, Quadrant::None);
    c.undoStack()->redo();
    EXPECT_EQ(db->task(id)->pinned, Quadrant::Limit);
    ASSERT_TRUE(c.moveTasks({id}, Quadrant::None)); // unpin
    EXPECT_EQ(db->task(id)->pinned, Quadrant::None);
}

TEST(Commands, MovesOfDifferentTasksStaySeparateSteps)
{
    TempDb db;
    const Id a = db.w().addTask(makeTask(QStringLiteral("a"), Kind::Other));
    const Id b = db.w().addTask(makeTask(QStringLiteral("b"), Kind::Other));
    TaskController c(db.service());
    c.moveTasks({a}, Quadrant::DoFirst);
    c.moveTasks({b}, Quadrant::DoFirst);
    EXPECT_EQ(c.undoStack()->count(), 2);
    c.undoStack()->undo();
    EXPECT_EQ(db->task(a)->pinned, Quadrant::DoFirst);
    EXPECT_EQ(db->task(b)->pinned, Quadrant::None);
}

TEST(Commands, ReorderUndoRestoresTheOldOrder)
{
    TempDb db;
    const Id a = db.w().addTask(makeTask(QStringLiteral("a"), Kind::Project));
    const Id b = db.w().addTask(makeTask(QStringLiteral("b"), Kind::Project));
    TaskController c(db.service());
    ASSERT_TRUE(c.reorder({b, a}));
    EXPECT_EQ(db->task(b)->manualOrder, 0);
    EXPECT_EQ(db->task(a)->manualOrder, 1);
    c.undoStack()->undo();
    EXPECT_FALSE(db->task(a)->manualOrder.has_value());
    EXPECT_FALSE(db->task(b)->manualOrder.has_value());
    c.undoStack()->redo();
    EXPECT_EQ(db->task(b)->manualOrder, 0);
}

TEST(Commands, EditUndoRestoresEveryField)
{
    TempDb db;
    const Id company = db.w().addCompany(makeCompany(QStringLiteral("네이버")));
    const Id posting = db.w().addPosting(makePosting(company, QStringLiteral("AI"), {},
                                                  {{Section::Requirement, QStringLiteral("PyTorch")}}));
    const Id id = db.w().addTask(makeTask(QStringLiteral("old"), Kind::Study));
    Task after = *db->task(id);
    after.title = QStringLiteral("새 제목");
    after.kind = Kind::Project;
    after.companyId = company;
    after.lineIds = lineIds(db.store(), posting, Section::Requirement);
    after.estimateHours = 7.5;
    TaskController c(db.service());
    ASSERT_TRUE(c.editTask(after));
    EXPECT_EQ(db->task(id)->title, QStringLiteral("새 제목"));
    EXPECT_EQ(db->task(id)->lineIds, after.lineIds);
    c.undoStack()->undo();
    const Task back = *db->task(id);
    EXPECT_EQ(back.title, QStringLiteral("old"));
    EXPECT_EQ(back.kind, Kind::Study);
    EXPECT_EQ(back.companyId, 0);
    EXPECT_TRUE(back.lineIds.isEmpty());
    EXPECT_DOUBLE_EQ(back.estimateHours, 2.0);
}

TEST(Commands, UndoDeleteRestoresTheTaskWithItsIdAndLinks)
{
    TempDb db;
    const Id company = db.w().addCompany(makeCompany(QStringLiteral("카카오")));
    const Id posting = db.w().addPosting(makePosting(company, QStringLiteral("DE"), {},
                                                  {{Section::Requirement, QStringLiteral("Spark")},
                                                   {Section::Duty, QStringLiteral("파이프라인")}}));
    Task t = makeTask(QStringLiteral("Spark 노트"), Kind::Study);
    t.lineIds = lineIds(db.store(), posting, Section::Requirement) + lineIds(db.store(), posting, Section::Duty);
    t.pinned = Quadrant::DoFirst;
    const Id id = db.w().addTask(t);
    TaskController c(db.service());
    ASSERT_TRUE(c.deleteTasks({id}));
    EXPECT_FALSE(db->task(id).has_value());
    c.undoStack()->undo();
    const auto back = db->task(id);
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(back->title, t.title);
    EXPECT_EQ(back->lineIds.size(), 2);
    EXPECT_EQ(back->pinned, Quadrant::DoFirst);
    c.undoStack()->redo();
    EXPECT_FALSE(db->task(id).has_value());
}

TEST(Commands, UndoDoneOfAHabitTakesTodaysTickBackAndRestoresTheStreak)
{
    TempDb db;
    Task habit = makeTask(QStringLiteral("1일 1커밋"), Kind::Community, db.today(), 0.5);
    habit.repeat = Repeat::Daily;
    habit.streak = 4;
    const Id id = db.w().addTask(habit);
    TaskController c(db.service());
    ASSERT_TRUE(c.completeTasks({id}));
    EXPECT_EQ(db->task(id)->status, Status::Todo); // a habit stays, at its next occurrence
    EXPECT_EQ(db->task(id)->streak, 5);
    EXPECT_EQ(db->task(id)->due, db.today().addDays(1));
    EXPECT_EQ(db->habitDoneDays(id).last(), db.today());
    ASSERT_EQ(db->tasks(true).size(), 1);
    c.undoStack()->undo();
    EXPECT_EQ(db->task(id)->streak, 4);
    EXPECT_EQ(db->task(id)->due, db.today());
    EXPECT_EQ(db->habitDoneDays(id).last(), db.today().addDays(-1));
    c.undoStack()->redo();
    EXPECT_EQ(db->task(id)->streak, 5);
    EXPECT_EQ(db->habitDoneDays(id).last(), db.today());
}

TEST(Commands, AddUndoRedoKeepsTheSameId)
{
    TempDb db;
    TaskController c(db.service());
    const Id id = c.addTask(makeTask(QStringLiteral("새 할 일"), Kind::Resume));
    ASSERT_NE(id, 0);
    c.undoStack()->undo();
    EXPECT_FALSE(db->task(id).has_value());
    c.undoStack()->redo();
    ASSERT_TRUE(db->task(id).has_value());
    EXPECT_EQ(db->task(id)->title, QStringLiteral("새 할 일"));
}

TEST(Commands, AWriteTheStoreRefusesIsShownAndLeavesNoUndoStep)
{
    TempDb db;
    MessageBox::setTestMode(true);
    TaskController c(db.service());
    const Id id = db.w().addTask(makeTask(QStringLiteral("a"), Kind::Study));
    Task bad = *db->task(id);
    bad.estimateHours = -1; // the store's validation refuses it
    EXPECT_FALSE(c.editTask(bad));
    const QStringList shown = MessageBox::takeShownMessages();
    ASSERT_EQ(shown.size(), 1);
    EXPECT_TRUE(shown[0].contains(QStringLiteral("estimate"))) << shown[0].toStdString();
    EXPECT_EQ(c.undoStack()->count(), 0);
    EXPECT_DOUBLE_EQ(db->task(id)->estimateHours, 2.0);
    MessageBox::setTestMode(false);
}

TEST(Commands, UndoThatFailsIsReportedAndDropped)
{
    TempDb db;
    MessageBox::setTestMode(true);
    TaskController c(db.service());
    const Id id = db.w().addTask(makeTask(QStringLiteral("a"), Kind::Study));
    ASSERT_TRUE(c.moveTasks({id}, Quadrant::DoFirst));
    db.w().deleteTask(id); // changed behind the stack's back (e.g. by the CLI)
    c.undoStack()->undo();
    EXPECT_EQ(MessageBox::takeShownMessages().size(), 1);
    EXPECT_EQ(c.undoStack()->count(), 0);
    MessageBox::setTestMode(false);
}

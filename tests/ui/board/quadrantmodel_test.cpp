// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// Drag and drop on the pane models, driven through mimeData()/dropMimeData() and checked against
// the database (reopened where persistence matters).
#include "builders.h"
#include "core/service/companyservice.h"
#include "core/service/postingservice.h"
#include "core/service/taskservice.h"
#include "tempdb.h"
#include "ui/board/boardstate.h"
#include "ui/board/quadrantmodel.h"
#include "ui/board/quadrantpane.h"
#include "ui/commands/taskcontroller.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QUndoStack>
#include <gtest/gtest.h>
#include <memory>

using namespace jobprep;
using namespace jobprep::test;
using namespace jobprep::ui;

namespace {

// A board over a real store: four models, each watched by QAbstractItemModelTester.
struct BoardFixture
{
    explicit BoardFixture(TempDb &db)
        : state(db.service()), controller(db.service())
    {
        for (int q = 1; q <= 4; ++q) {
            models[q - 1] = std::make_unique<QuadrantModel>(Quadrant(q), state, &controller);
            testers[q - 1] = std::make_unique<QAbstractItemModelTester>(
                models[q - 1].get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        }
    }
    QuadrantModel &model(Quadrant q) { return *models[int(q) - 1]; }
    QList<Id> ids(Quadrant q)
    {
        QList<Id> out;
        for (int r = 0; r < model(q).rowCount(); ++r)
            out << model(q).taskId(r);
        return out;
    }
    // Drags the given rows out of `from` and drops them on `to` before `row` (-1: at the end).
    bool drag(Quadrant from, const QList<int> &rows, Quadrant to, int row = -1)
    {
        QModelIndexList indexes;
        for (int r : rows)
            indexes << model(from).index(r);
        std::unique_ptr<QMimeData> mime(model(from).mimeData(indexes));
        if (!mime)
            return false;
        if (!model(to).canDropMimeData(mime.get(), Qt::MoveAction, row, 0, {}))
            return false;
        return model(to).dropMimeData(mime.get(), Qt::MoveAction, row, 0, {});
    }

    BoardState state;
    TaskController controller;
    std::unique_ptr<QuadrantModel> models[4];
    std::unique_ptr<QAbstractItemModelTester> testers[4];
};

// Two Schedule projects, one Drop certificate, one Limit certificate due tomorrow.
void seed(TempDb &db)
{
    db.w().addTask(makeTask(QStringLiteral("포트폴리오 A"), Kind::Project));
    db.w().addTask(makeTask(QStringLiteral("portfolio B"), Kind::Project));
    db.w().addTask(makeTask(QStringLiteral("SQLD"), Kind::Certificate));
    db.w().addTask(makeTask(QStringLiteral("접수"), Kind::Certificate, db.today().addDays(1)));
}

} // namespace

TEST(QuadrantModel, ShowsEachOpenTaskInItsPaneWithCardRoles)
{
    TempDb db;
    const Id company = db.w().addCompany(makeCompany(QStringLiteral("토스")));
    Task t = makeTask(QStringLiteral("SQL 문제"), Kind::CodingTest, db.today().addDays(5), 1.5);
    t.companyId = company;
    const Id id = db.w().addTask(t);
    seed(db);
    BoardFixture b(db);
    const int row = b.model(Quadrant::Schedule).rowOf(id);
    ASSERT_GE(row, 0);
    const QModelIndex i = b.model(Quadrant::Schedule).index(row);
    EXPECT_EQ(i.data(QuadrantModel::TitleRole).toString(), QStringLiteral("SQL 문제"));
    EXPECT_EQ(i.data(QuadrantModel::CompanyRole).toString(), QStringLiteral("토스"));
    EXPECT_EQ(i.data(QuadrantModel::DDayRole).toString(), QStringLiteral("D-5"));
    EXPECT_DOUBLE_EQ(i.data(QuadrantModel::EstimateRole).toDouble(), 1.5);
    EXPECT_FALSE(i.data(QuadrantModel::TopKindRole).toBool());
    EXPECT_EQ(b.ids(Quadrant::Drop).size(), 1);
    EXPECT_EQ(b.ids(Quadrant::Limit).size(), 1);
}

TEST(QuadrantModel, DropOnAnotherPanePinsAndSurvivesReopening)
{
    TempDb db;
    seed(db);
    {
        BoardFixture b(db);
        const Id sqld = b.ids(Quadrant::Drop).at(0);
        ASSERT_TRUE(b.drag(Quadrant::Drop, {0}, Quadrant::DoFirst));
        EXPECT_EQ(b.ids(Quadrant::DoFirst), QList<Id>{sqld});
        EXPECT_TRUE(b.ids(Quadrant::Drop).isEmpty());
    }
    db.reopen();
    BoardFixture again(db);
    ASSERT_EQ(again.ids(Quadrant::DoFirst).size(), 1);
    EXPECT_EQ(db->task(again.ids(Quadrant::DoFirst)[0])->pinned, Quadrant::DoFirst);
}

TEST(QuadrantModel, MultiSelectionDragPinsEveryDraggedTask)
{
    TempDb db;
    seed(db);
    BoardFixture b(db);
    const QList<Id> projects = b.ids(Quadrant::Schedule);
    ASSERT_EQ(projects.size(), 2);
    ASSERT_TRUE(b.drag(Quadrant::Schedule, {0, 1}, Quadrant::Limit));
    for (Id id : projects)
        EXPECT_EQ(db->task(id)->pinned, Quadrant::Limit);
    EXPECT_EQ(b.ids(Quadrant::Limit).size(), 3);
}

TEST(QuadrantModel, DropWithinAPaneReordersAndPersists)
{
    TempDb db;
    seed(db);
    QList<Id> before;
    {
        BoardFixture b(db);
        before = b.ids(Quadrant::Schedule);
        ASSERT_TRUE(b.drag(Quadrant::Schedule, {1}, Quadrant::Schedule, 0)); // second card to the top
        EXPECT_EQ(b.ids(Quadrant::Schedule), (QList<Id>{before[1], before[0]}));
    }
    db.reopen();
    BoardFixture again(db);
    EXPECT_EQ(again.ids(Quadrant::Schedule), (QList<Id>{before[1], before[0]}));
    EXPECT_EQ(db->task(before[1])->manualOrder, 0);
    EXPECT_EQ(db->task(before[1])->pinned, Quadrant::None); // reordering does not pin
}

TEST(QuadrantModel, ForeignOrForgedDropsAreRefusedWithoutChange)
{
    TempDb db;
    seed(db);
    const Id done = db.w().addTask(makeTask(QStringLiteral("done"), Kind::Study));
    db.w().completeTask(done, db.today());
    BoardFixture b(db);
    const QList<Task> before = db->tasks(true);
    QuadrantModel &target = b.model(Quadrant::DoFirst);

    QMimeData text;
    text.setText(QStringLiteral("1"));
    EXPECT_FALSE(target.canDropMimeData(&text, Qt::MoveAction, -1, 0, {}));
    EXPECT_FALSE(target.dropMimeData(&text, Qt::MoveAction, -1, 0, {}));

    QMimeData unknownId;
    unknownId.setData(QuadrantModel::mimeType(), QuadrantModel::encodeIds({9999}));
    EXPECT_FALSE(target.dropMimeData(&unknownId, Qt::MoveAction, -1, 0, {}));

    QMimeData doneId;
    doneId.setData(QuadrantModel::mimeType(), QuadrantModel::encodeIds({done}));
    EXPECT_FALSE(target.dropMimeData(&doneId, Qt::MoveAction, -1, 0, {}));

    QMimeData garbage;
    garbage.setData(QuadrantModel::mimeType(), QByteArray("\x01\x02garbage"));
    EXPECT_FALSE(target.dropMimeData(&garbage, Qt::MoveAction, -1, 0, {}));

    QMimeData copy;
    copy.setData(QuadrantModel::mimeType(), QuadrantModel::encodeIds({b.ids(Quadrant::Drop)[0]}));
    EXPECT_FALSE(target.dropMimeData(&copy, Qt::CopyAction, -1, 0, {}));

    const QList<Task> after = db->tasks(true);
    ASSERT_EQ(after.size(), before.size());
    for (int i = 0; i < after.size(); ++i) {
        EXPECT_EQ(after[i].pinned, before[i].pinned);
        EXPECT_EQ(after[i].manualOrder, before[i].manualOrder);
    }
    EXPECT_EQ(b.controller.undoStack()->count(), 0);
}

TEST(QuadrantModel, SelectionFollowsTheTaskWhenThePaneIsResorted)
{
    TempDb db;
    seed(db);
    BoardFixture b(db);
    QuadrantModel &m = b.model(Quadrant::Schedule);
    const Id second = m.taskId(1);
    const QPersistentModelIndex kept(m.index(1));
    // A new more urgent project lands on top of the pane: the persistent index moves with its task.
    db.service().tasks().add(makeTask(QStringLiteral("urgent project"), Kind::Project, db.today().addDays(6)));
    ASSERT_EQ(m.rowCount(), 3);
    ASSERT_TRUE(kept.isValid());
    EXPECT_EQ(kept.data(QuadrantModel::TaskIdRole).toLongLong(), second);
}

TEST(QuadrantModel, FilterNarrowsPanesAndReorderKeepsHiddenTasks)
{
    TempDb db;
    seed(db);
    db.service().tasks().add(makeTask(QStringLiteral("portfolio C"), Kind::Project));
    BoardFixture b(db);
    const QList<Id> all = b.ids(Quadrant::Schedule); // A, B, C
    BoardFilter f;
    f.text = QStringLiteral("portfolio"); // hides "포트폴리오 A"
    b.state.setFilter(f);
    ASSERT_EQ(b.ids(Quadrant::Schedule).size(), 2);
    EXPECT_TRUE(b.ids(Quadrant::DoFirst).isEmpty());
    ASSERT_TRUE(b.drag(Quadrant::Schedule, {1}, Quadrant::Schedule, 0)); // C before B
    b.state.setFilter({});
    EXPECT_EQ(b.ids(Quadrant::Schedule).size(), 3);
    const QList<Id> now = b.ids(Quadrant::Schedule);
    EXPECT_LT(now.indexOf(all[2]), now.indexOf(all[1]));
    EXPECT_TRUE(now.contains(all[0]));
}

TEST(QuadrantPaneTitle, HoursReadAsNumbersAtAnySize)
{
    EXPECT_EQ(QuadrantPane::paneHoursText(0.25), QLocale().toString(0.25));
    EXPECT_EQ(QuadrantPane::paneHoursText(9.5), QLocale().toString(9.5));
    EXPECT_EQ(QuadrantPane::paneHoursText(12), QLocale().toString(12));
    EXPECT_EQ(QuadrantPane::paneHoursText(67370.5), QLocale().toString(qint64(67371)));
    EXPECT_FALSE(QuadrantPane::paneHoursText(246872.25).contains(QLatin1Char('e')));
}

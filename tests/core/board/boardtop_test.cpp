// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "builders.h"
#include "core/board/board.h"
#include "tempdb.h"

#include <gtest/gtest.h>

using namespace jobprep;
using namespace jobprep::test;

namespace {

const QDate kToday(2026, 11, 28);

// A realistic store: every kind, links to requirement/duty/preferred lines, pins, habits, done tasks.
void fillGenerated(Store &store, int tasks, quint64 seed) { importGenerated(store, tasks, seed, kToday); }

void expectSamePlacement(const Placement &a, const Placement &b, Id id)
{
    EXPECT_EQ(a.importance, b.importance) << "task " << id;
    EXPECT_EQ(a.urgency, b.urgency) << "task " << id;
    EXPECT_EQ(a.important, b.important) << "task " << id;
    EXPECT_EQ(a.urgent, b.urgent) << "task " << id;
    EXPECT_EQ(a.effectiveDeadline, b.effectiveDeadline) << "task " << id;
    EXPECT_EQ(a.autoQuadrant, b.autoQuadrant) << "task " << id;
    EXPECT_EQ(a.quadrant, b.quadrant) << "task " << id;
}

} // namespace

TEST(BoardTop, QuietPlacementAgreesWithPlaceOnEveryGeneratedTask)
{
    TempDb db(kToday);
    fillGenerated(db.store(), 3000, 11);
    QHash<Id, QList<LinkInfo>> links;
    for (const LinkFacts &f : db->linkFacts())
        links[f.taskId].append({f.section, f.postingId, f.postingDeadline, f.companyInterest});
    QHash<Id, int> interest;
    for (const Company &c : db->companies())
        interest.insert(c.id, c.interest);
    // Also a tighter capacity and other weights, so that the capacity rule and the caps are exercised.
    Settings tight = db->settings();
    tight.capacityHours = {1, 1, 1, 1, 1, 2, 2};
    tight.extraPostingMax = 100;
    for (const Settings &settings : {db->settings(), tight}) {
        const Placer placer(settings);
        for (const Task &t : db->tasks(false)) {
            const QList<LinkInfo> l = links.value(t.id);
            const int i = interest.value(t.companyId, 0);
            const Placement full = placer.place(t, l, i, kToday);
            const Placement quiet = placer.placeWithoutWhy(t, l, i, kToday);
            expectSamePlacement(quiet, full, t.id);
            EXPECT_TRUE(quiet.importanceWhy.isEmpty() && quiet.urgencyWhy.isEmpty() && quiet.note.isEmpty());
        }
    }
}

TEST(BoardTop, TheTopOfEachPaneIsTheStartOfTheFullBoardWithWholePaneCountsAndHours)
{
    TempDb db(kToday);
    fillGenerated(db.store(), 2000, 5);
    db.w().setManualOrder({7, 9});
    const Board full = Board::compute(db.store(), kToday);
    for (int limit : {0, 1, 20, 100000}) {
        const Board top = Board::computeTop(db.store(), kToday, limit);
        EXPECT_EQ(top.totalCount(), full.totalCount());
        for (int q = 1; q <= 4; ++q) {
            const auto quadrant = static_cast<Quadrant>(q);
            const auto &a = top.pane(quadrant);
            const auto &b = full.pane(quadrant);
            EXPECT_EQ(top.count(quadrant), b.size());
            EXPECT_EQ(top.hours(quadrant), full.hours(quadrant));
            ASSERT_EQ(a.size(), std::min<qsizetype>(limit, b.size())) << "pane " << q << " limit " << limit;
            for (int i = 0; i < a.size(); ++i) {
                EXPECT_EQ(a[i].task.id, b[i].task.id) << "pane " << q << " row " << i;
                EXPECT_EQ(a[i].task.title, b[i].task.title);
                EXPECT_EQ(a[i].task.lineIds, b[i].task.lineIds);
                EXPECT_EQ(a[i].task.created, b[i].task.created);
                EXPECT_EQ(a[i].companyName, b[i].companyName);
                expectSamePlacement(a[i].placement, b[i].placement, a[i].task.id);
                EXPECT_EQ(a[i].placement.note, b[i].placement.note);
                EXPECT_EQ(a[i].placement.urgencyWhy.size(), b[i].placement.urgencyWhy.size());
                ASSERT_NE(top.find(a[i].task.id), nullptr);
                EXPECT_EQ(top.find(a[i].task.id)->task.id, a[i].task.id);
            }
        }
    }
}

TEST(BoardTop, AnEmptyStoreGivesFourEmptyPanes)
{
    TempDb db(kToday);
    const Board top = Board::computeTop(db.store(), kToday, 20);
    EXPECT_EQ(top.totalCount(), 0);
    for (int q = 1; q <= 4; ++q) {
        EXPECT_TRUE(top.pane(static_cast<Quadrant>(q)).isEmpty());
        EXPECT_EQ(top.hours(static_cast<Quadrant>(q)), 0);
    }
}

TEST(BoardTop, UpdatingOnlyTheChangedTasksGivesTheSameBoardAsComputingAgain)
{
    TempDb db(kToday);
    fillGenerated(db.store(), 1500, 9);
    Board board = Board::compute(db.store(), kToday);
    auto expectSame = [&](const char *step) {
        const Board fresh = Board::compute(db.store(), kToday);
        EXPECT_EQ(board.totalCount(), fresh.totalCount()) << step;
        for (int q = 1; q <= 4; ++q) {
            const auto quadrant = static_cast<Quadrant>(q);
            const auto &a = board.pane(quadrant);
            const auto &b = fresh.pane(quadrant);
            ASSERT_EQ(a.size(), b.size()) << step << " pane " << q;
            EXPECT_EQ(board.count(quadrant), fresh.count(quadrant)) << step;
            EXPECT_NEAR(board.hours(quadrant), fresh.hours(quadrant), 1e-6) << step;
            for (int i = 0; i < a.size(); ++i) {
                ASSERT_EQ(a[i].task.id, b[i].task.id) << step << " pane " << q << " row " << i;
                EXPECT_EQ(a[i].companyName, b[i].companyName);
                expectSamePlacement(a[i].placement, b[i].placement, a[i].task.id);
                const PlacedTask *found = board.find(a[i].task.id);
                ASSERT_NE(found, nullptr);
                EXPECT_EQ(found->task.id, a[i].task.id);
            }
        }
    };
    const Id moved = board.pane(Quadrant::Drop).isEmpty() ? board.pane(Quadrant::Limit).first().task.id
                                                           : board.pane(Quadrant::Drop).first().task.id;
    // WHEN a task is dragged to Do first, then unpinned
    db.w().pinTasks({moved}, Quadrant::DoFirst);
    board.update(db.store(), {moved}, kToday);
    EXPECT_EQ(board.find(moved)->placement.quadrant, Quadrant::DoFirst);
    expectSame("pin");
    db.w().pinTasks({moved}, Quadrant::None);
    board.update(db.store(), {moved}, kToday);
    expectSame("unpin");
    // WHEN a task is completed, edited, added and deleted
    const Id first = board.pane(Quadrant::Schedule).first().task.id;
    db.w().completeTask(first, kToday);
    board.update(db.store(), {first}, kToday);
    EXPECT_EQ(board.find(first), nullptr);
    expectSame("done");
    Task edited = *db->task(board.pane(Quadrant::DoFirst).last().task.id);
    edited.due = kToday.addDays(40);
    edited.kind = Kind::Other;
    db.w().updateTask(edited);
    Task added = edited;
    added.id = 0;
    added.title = QStringLiteral("새 할 일");
    added.due = kToday;
    const Id addedId = db.w().addTask(added);
    board.update(db.store(), {edited.id, addedId}, kToday);
    expectSame("edit and add");
    db.w().deleteTask(addedId);
    board.update(db.store(), {addedId}, kToday);
    EXPECT_EQ(board.find(addedId), nullptr);
    expectSame("delete");
}

TEST(BoardTop, ReadsAsOneSnapshotAndLeavesNoTransactionOpen)
{
    TempDb db(kToday);
    fillGenerated(db.store(), 300, 12);
    EXPECT_FALSE(database(db.store()).inTransaction());
    const Board top = Board::computeTop(db.store(), kToday, 10);
    EXPECT_FALSE(database(db.store()).inTransaction()); // the snapshot it took is closed again
    // Inside a caller's transaction it reads that transaction's state and leaves it open.
    database(db.store()).exec(QStringLiteral("BEGIN"));
    database(db.store()).exec(QStringLiteral("UPDATE tasks SET pinned = 4 WHERE status <> 'done'"));
    database(db.store()).exec(QStringLiteral("UPDATE task_groups SET pinned = 4"));
    const Board inside = Board::computeTop(db.store(), kToday, 10);
    EXPECT_TRUE(database(db.store()).inTransaction());
    EXPECT_EQ(inside.count(Quadrant::Drop), top.count(Quadrant::DoFirst) + top.count(Quadrant::Schedule)
                                                + top.count(Quadrant::Limit) + top.count(Quadrant::Drop));
    database(db.store()).exec(QStringLiteral("ROLLBACK"));
    EXPECT_EQ(Board::computeTop(db.store(), kToday, 10).count(Quadrant::DoFirst), top.count(Quadrant::DoFirst));
}

// A pane whose few dated tasks come first and whose many undated ones fill the rest: the undated
// level is large, so it is read by walking the pane's rank index, filtered on the index entry by the
// level's deadlines ('' standing for none). Mixed estimates and kinds give several groups per level.
TEST(BoardTop, ALargeUndatedLevelIsWalkedInRankOrder)
{
    TempDb db(kToday);
    QList<Task> tasks;
    for (int i = 0; i < 5; ++i)
        tasks << makeTask(QStringLiteral("dated %1").arg(i), i % 2 ? Kind::Project : Kind::Study, kToday.addDays(60),
                          1.0 + i % 3);
    // Same deadline, far more hours than there is time: urgent, in another pane and level.
    tasks << makeTask(QStringLiteral("too big"), Kind::Project, kToday.addDays(60), 900);
    for (int i = 0; i < 300; ++i)
        tasks << makeTask(QStringLiteral("undated %1").arg(i), i % 3 == 0 ? Kind::Project : Kind::Study, {},
                          1.0 + i % 4);
    db.w().addTasks(tasks);
    const Board full = Board::compute(db.store(), kToday);
    ASSERT_GT(full.pane(Quadrant::Schedule).size(), 300);
    for (int limit : {3, 20, 150}) {
        const Board top = Board::computeTop(db.store(), kToday, limit);
        for (int q = 1; q <= 4; ++q) {
            const auto quadrant = static_cast<Quadrant>(q);
            const auto &a = top.pane(quadrant);
            const auto &b = full.pane(quadrant);
            ASSERT_EQ(a.size(), std::min<qsizetype>(limit, b.size())) << "pane " << q << " limit " << limit;
            for (int i = 0; i < a.size(); ++i)
                EXPECT_EQ(a[i].task.id, b[i].task.id) << "pane " << q << " row " << i << " limit " << limit;
        }
    }
}

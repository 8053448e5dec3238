// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// Board::update keeps each pane's order, count, hours and find() in step with Board::compute over
// many random drags, reorders, edits, completions, additions and deletions.
#include "builders.h"
#include "core/board/board.h"
#include "tempdb.h"

#include <QRandomGenerator>
#include <gtest/gtest.h>

using namespace jobprep;
using namespace jobprep::test;

namespace {

const QDate kToday(2026, 11, 28);

QList<Id> paneIds(const Board &b, Quadrant q)
{
    QList<Id> ids;
    for (const PlacedTask &t : b.pane(q))
        ids << t.task.id;
    return ids;
}

// The updated board against a fresh one: same rows in the same order, counts, hours, find().
void expectSameBoard(const Board &board, Store &store, const QList<Id> &gone, const std::string &step)
{
    const Board fresh = Board::compute(store, kToday);
    ASSERT_EQ(board.totalCount(), fresh.totalCount()) << step;
    for (int q = 1; q <= 4; ++q) {
        const auto quadrant = static_cast<Quadrant>(q);
        const BoardPane &pane = board.pane(quadrant);
        ASSERT_EQ(paneIds(board, quadrant), paneIds(fresh, quadrant)) << step << " pane " << q;
        EXPECT_EQ(board.count(quadrant), pane.size()) << step;
        EXPECT_EQ(board.count(quadrant), fresh.count(quadrant)) << step;
        EXPECT_NEAR(board.hours(quadrant), fresh.hours(quadrant), 1e-6) << step << " pane " << q;
        for (qsizetype row = 0; row < pane.size(); ++row) {
            const PlacedTask &t = pane[row];
            const PlacedTask &f = fresh.pane(quadrant)[row];
            EXPECT_EQ(&pane.at(row), &t);
            EXPECT_EQ(t.task.title, f.task.title) << step;
            EXPECT_EQ(t.task.estimateHours, f.task.estimateHours) << step;
            EXPECT_EQ(t.companyName, f.companyName) << step;
            EXPECT_EQ(t.placement.quadrant, quadrant) << step;
            EXPECT_EQ(t.placement.urgency, f.placement.urgency) << step;
            EXPECT_EQ(t.placement.importance, f.placement.importance) << step;
            EXPECT_EQ(board.find(t.task.id), &t) << step << " task " << t.task.id;
        }
    }
    for (Id id : gone)
        EXPECT_EQ(board.find(id), nullptr) << step << " task " << id;
}

} // namespace

TEST(BoardUpdate, ManyRandomChangesKeepEveryPaneAsComputeWouldPlaceIt)
{
    TempDb db(kToday);
    importGenerated(db.store(), 1200, 21, kToday);
    Board board = Board::compute(db.store(), kToday);
    QRandomGenerator rng(7);
    QList<Id> gone;
    auto anyOpen = [&] {
        const QList<Task> open = db->tasks(false);
        return open[rng.bounded(int(open.size()))];
    };
    for (int step = 0; step < 240; ++step) {
        QList<Id> changed;
        switch (rng.bounded(7)) {
        case 0: // drag to a pane, or back to where the planner puts it
        case 1: {
            const Id id = anyOpen().id;
            db.w().pinTasks({id}, static_cast<Quadrant>(rng.bounded(5)));
            changed << id;
            break;
        }
        case 2: { // reorder a few tasks of one pane by hand
            const QList<Id> ids = paneIds(board, static_cast<Quadrant>(1 + rng.bounded(4)));
            for (int i = 0; i < 5 && !ids.isEmpty(); ++i)
                changed << ids[rng.bounded(int(ids.size()))];
            changed.removeIf([&, seen = QSet<Id>()](Id id) mutable {
                const bool dup = seen.contains(id);
                seen.insert(id);
                return dup;
            });
            db.w().setManualOrder(changed);
            break;
        }
        case 3: { // edit the estimate, the due date and the kind
            Task t = anyOpen();
            t.estimateHours = 0.25 * (1 + rng.bounded(24));
            t.due = rng.bounded(2) ? kToday.addDays(rng.bounded(-3, 40)) : QDate();
            t.kind = static_cast<Kind>(rng.bounded(9));
            db.w().updateTask(t);
            changed << t.id;
            break;
        }
        case 4: { // complete (a habit stays, at its next occurrence)
            const Task t = anyOpen();
            db.w().completeTask(t.id, kToday);
            changed << t.id;
            if (!t.isHabit())
                gone << t.id;
            break;
        }
        case 5: { // add
            Task t = anyOpen();
            t.id = 0;
            t.title = QStringLiteral("added %1").arg(step);
            t.manualOrder.reset();
            changed << db.w().addTask(t);
            break;
        }
        case 6: { // delete
            const Id id = anyOpen().id;
            db.w().deleteTask(id);
            changed << id;
            gone << id;
            break;
        }
        }
        board.update(db.store(), changed, kToday);
        if (step % 20 == 19)
            expectSameBoard(board, db.store(), gone, "step " + std::to_string(step));
        if (HasFatalFailure())
            return;
    }
    // A copy keeps its own rows and index.
    const Board copy = board;
    board.update(db.store(), paneIds(board, Quadrant::DoFirst), kToday);
    expectSameBoard(copy, db.store(), gone, "copy");
    expectSameBoard(board, db.store(), gone, "end");
}

TEST(BoardUpdate, APaneReadsLikeAList)
{
    TempDb db(kToday);
    importGenerated(db.store(), 300, 3, kToday);
    Board board = Board::compute(db.store(), kToday);
    const Id moved = board.pane(Quadrant::Drop).first().task.id;
    db.w().pinTasks({moved}, Quadrant::DoFirst);
    board.update(db.store(), {moved}, kToday);
    const BoardPane &pane = board.pane(Quadrant::DoFirst);
    ASSERT_FALSE(pane.isEmpty());
    const QList<PlacedTask> list = pane.toList();
    ASSERT_EQ(list.size(), pane.size());
    EXPECT_EQ(list.first().task.id, pane.first().task.id);
    EXPECT_EQ(list.last().task.id, pane.last().task.id);
    EXPECT_EQ(pane.end() - pane.begin(), pane.size());
    qsizetype row = 0;
    for (auto it = pane.begin(); it != pane.end(); ++it, ++row)
        EXPECT_EQ(it->task.id, list[row].task.id);
    EXPECT_TRUE(std::is_sorted(pane.begin(), pane.end(), &Board::sortsBefore));
    EXPECT_TRUE(std::any_of(pane.begin(), pane.end(), [&](const PlacedTask &t) { return t.task.id == moved; }));
}

// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "board.h"
#include "datagenerator.h"
#include "jsonio.h"
#include "tempdb.h"

#include <QJsonDocument>
#include <gtest/gtest.h>

using namespace jobprep;
using namespace jobprep::test;

namespace {

const QDate kToday(2026, 11, 28);

// A realistic store: every kind, links to requirement/duty/preferred lines, pins, habits, done tasks.
void fillGenerated(Store &store, int tasks, quint64 seed)
{
    importJson(store, QJsonDocument(DataGenerator(tasks, seed, kToday).jobprepJson()).toJson());
}

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
    db->setManualOrder({7, 9});
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

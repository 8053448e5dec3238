// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "builders.h"
#include "core/board/board.h"
#include "tempdb.h"

#include <gtest/gtest.h>

using namespace jobprep;
using namespace jobprep::test;

namespace {

QStringList titles(const Board &b, Quadrant q)
{
    QStringList out;
    for (const PlacedTask &t : b.pane(q))
        out << t.task.title;
    return out;
}

} // namespace

TEST(Board, EveryOpenTaskLandsInExactlyOnePane)
{
    TempDb db;
    db.w().addTask(makeTask(QStringLiteral("portfolio"), Kind::Project));
    db.w().addTask(makeTask(QStringLiteral("overdue study"), Kind::Study, db.today().addDays(-1)));
    db.w().addTask(makeTask(QStringLiteral("cert"), Kind::Certificate, db.today().addDays(1)));
    db.w().addTask(makeTask(QStringLiteral("cert later"), Kind::Certificate));
    const Id done = db.w().addTask(makeTask(QStringLiteral("done"), Kind::Project));
    db.w().completeTask(done, db.today());
    const Board b = Board::compute(db.store(), db.today());
    EXPECT_EQ(titles(b, Quadrant::DoFirst), QStringList{QStringLiteral("overdue study")});
    EXPECT_EQ(titles(b, Quadrant::Schedule), QStringList{QStringLiteral("portfolio")});
    EXPECT_EQ(titles(b, Quadrant::Limit), QStringList{QStringLiteral("cert")});
    EXPECT_EQ(titles(b, Quadrant::Drop), QStringList{QStringLiteral("cert later")});
    EXPECT_EQ(b.totalCount(), 4);
    EXPECT_DOUBLE_EQ(b.hours(Quadrant::Schedule), 2.0);
}

TEST(Board, ProjectsSortBeforeMoreImportantKindsAtEqualUrgency)
{
    TempDb db;
    const Id company = db.w().addCompany(makeCompany(QStringLiteral("Toss"), 5));
    const Id posting = db.w().addPosting(
        makePosting(company, QStringLiteral("DA"), {}, {{Section::Requirement, QStringLiteral("SQL 커뮤니티")}}));
    Task community = makeTask(QStringLiteral("community"), Kind::Community);
    community.lineIds = lineIds(db.store(), posting, Section::Requirement); // 55 + 15 + 6 = 76
    db.w().addTask(community);
    db.w().addTask(makeTask(QStringLiteral("project"), Kind::Project)); // 70
    const Board b = Board::compute(db.store(), db.today());
    EXPECT_EQ(titles(b, Quadrant::Schedule), (QStringList{QStringLiteral("project"), QStringLiteral("community")}));
}

TEST(Board, MoreUrgentFirstWithinAPane)
{
    TempDb db;
    db.w().addTask(makeTask(QStringLiteral("later"), Kind::Project, db.today().addDays(3), 0.5));
    db.w().addTask(makeTask(QStringLiteral("today"), Kind::Interview, db.today(), 0.5));
    const Board b = Board::compute(db.store(), db.today());
    EXPECT_EQ(titles(b, Quadrant::DoFirst), (QStringList{QStringLiteral("today"), QStringLiteral("later")}));
}

TEST(Board, ManualOrderWinsAndPinningMovesATask)
{
    TempDb db;
    const Id a = db.w().addTask(makeTask(QStringLiteral("a"), Kind::Project));
    const Id b = db.w().addTask(makeTask(QStringLiteral("b"), Kind::Project));
    const Id c = db.w().addTask(makeTask(QStringLiteral("c"), Kind::Project));
    db.w().setManualOrder({c, a});
    Board board = Board::compute(db.store(), db.today());
    EXPECT_EQ(titles(board, Quadrant::Schedule),
              (QStringList{QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("b")}));
    db.w().pinTasks({b}, Quadrant::Drop);
    db.reopen();
    board = Board::compute(db.store(), db.today());
    EXPECT_EQ(titles(board, Quadrant::Drop), QStringList{QStringLiteral("b")});
    EXPECT_EQ(board.find(b)->placement.autoQuadrant, Quadrant::Schedule);
    db.w().pinTasks({b}, Quadrant::None);
    board = Board::compute(db.store(), db.today());
    EXPECT_EQ(board.find(b)->placement.quadrant, Quadrant::Schedule);
}

TEST(Board, PostingDeadlineAndSettingsFlowFromTheStore)
{
    TempDb db;
    const Id company = db.w().addCompany(makeCompany(QStringLiteral("Naver"), 3));
    const Id posting = db.w().addPosting(makePosting(company, QStringLiteral("DE"), db.today().addDays(5),
                                                  {{Section::Requirement, QStringLiteral("Kafka")}}));
    Task t = makeTask(QStringLiteral("Kafka"), Kind::Study, {}, 1);
    t.lineIds = lineIds(db.store(), posting, Section::Requirement);
    const Id id = db.w().addTask(t);
    EXPECT_EQ(Board::compute(db.store(), db.today()).find(id)->placement.quadrant, Quadrant::Schedule);
    Settings s = db->settings();
    s.urgencyWindowDays = 7;
    db.w().saveSettings(s);
    const Board b = Board::compute(db.store(), db.today());
    EXPECT_EQ(b.find(id)->placement.quadrant, Quadrant::DoFirst);
    EXPECT_EQ(b.find(id)->placement.effectiveDeadline, db.today().addDays(5));
}

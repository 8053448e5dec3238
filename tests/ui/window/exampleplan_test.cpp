// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "core/board/board.h"
#include "core/io/exampleplan.h"
#include "core/postings/readiness.h"
#include "core/store/store.h"
#include "tempdb.h"

#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace jobprep;
using namespace jobprep::test;

TEST(ExamplePlan, FillsEveryPaneWithOnePinnedTaskAndAHalfReadyPosting)
{
    TempDb db(QDate(2026, 3, 2));
    addExamplePlan(db.store(), db.today());
    const Board board = Board::compute(db.store(), db.today());
    int pinned = 0;
    for (int q = 1; q <= 4; ++q) {
        EXPECT_FALSE(board.pane(Quadrant(q)).isEmpty()) << "pane " << q;
        for (const PlacedTask &t : board.pane(Quadrant(q)))
            pinned += t.task.pinned != Quadrant::None ? 1 : 0;
    }
    EXPECT_EQ(pinned, 1);
    EXPECT_GE(db->companies().size(), 4);
    const ReadinessReport r = ReadinessReport::compute(db.store(), db.today());
    bool half = false;
    for (const Posting &p : db->postings())
        half = half || (r.posting(p.id).requirementLines > 0 && r.posting(p.id).readiness() == 0.5);
    EXPECT_TRUE(half);
    bool habits = false, hangul = false;
    for (const Task &t : db->tasks(true)) {
        habits = habits || t.isHabit();
        hangul = hangul || t.title.contains(QStringLiteral("커밋"));
    }
    EXPECT_TRUE(habits);
    EXPECT_TRUE(hangul);
}

TEST(ExamplePlan, EveryPaneIsFilledWhateverTheDay)
{
    for (const QDate &day : {QDate(2026, 1, 1), QDate(2026, 6, 13), QDate(2026, 11, 28)}) {
        TempDb db(day);
        addExamplePlan(db.store(), day);
        const Board board = Board::compute(db.store(), day);
        for (int q = 1; q <= 4; ++q)
            EXPECT_FALSE(board.pane(Quadrant(q)).isEmpty()) << day.toString(Qt::ISODate).toStdString() << " pane " << q;
    }
}

namespace {

struct CliResult
{
    int code = -1;
    QString out, err;
};

CliResult runCli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(JOBPREP_CLI), args);
    p.waitForFinished(60000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

TEST(ExampleCommand, FillsAnEmptyDatabaseAndRefusesANonEmptyOne)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.sqlite"));
    const CliResult first = runCli({QStringLiteral("--db"), path, QStringLiteral("--today"), QStringLiteral("2026-11-30"),
                                    QStringLiteral("example")});
    ASSERT_EQ(first.code, 0) << first.err.toStdString();
    {
        Store store(path);
        const Board board = Board::compute(store, QDate(2026, 11, 30));
        for (int q = 1; q <= 4; ++q)
            EXPECT_FALSE(board.pane(Quadrant(q)).isEmpty()) << "pane " << q;
    }
    const qint64 tasks = [&] { Store s(path); return qint64(s.tasks(true).size()); }();
    const CliResult second = runCli({QStringLiteral("--db"), path, QStringLiteral("example")});
    EXPECT_EQ(second.code, 1);
    EXPECT_TRUE(second.err.contains(QStringLiteral("not empty"))) << second.err.toStdString();
    Store s(path);
    EXPECT_EQ(s.tasks(true).size(), tasks); // nothing added the second time
}

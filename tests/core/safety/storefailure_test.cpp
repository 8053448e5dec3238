// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// A write that fails (disk full, read-only file) is reported, loses nothing saved, and the store
// keeps working.
#include "builders.h"
#include "core/safety/databasecheck.h"
#include "core/service/taskservice.h"
#include "core/store/store.h"
#include "tempdb.h"

#include <gtest/gtest.h>

using namespace jobprep;
using jobprep::test::makeTask;
using jobprep::test::TempDb;

TEST(StoreFailure, DiskFullIsReportedAndNothingSavedIsLost)
{
    TempDb db;
    QList<Id> saved;
    for (int i = 0; i < 3; ++i)
        saved << db.w().addTask(makeTask(QStringLiteral("saved %1").arg(i)));
    // GIVEN a file that cannot grow (what a full disk looks like to SQLite: SQLITE_FULL)
    const int pages = test::database(db.store()).pragmaInt(QStringLiteral("page_count"));
    test::database(db.store()).exec(QStringLiteral("PRAGMA max_page_count=%1").arg(pages + 3));
    Task big = makeTask(QStringLiteral("큰 메모"));
    big.notes = QString(60000, QLatin1Char('x'));
    int announced = 0;
    QObject::connect(&db.service(), &Service::changed, &db.service(), [&] { ++announced; });
    // WHEN writes go on until one fails
    try {
        for (int i = 0; i < 100; ++i)
            saved << db.service().tasks().add(big);
        FAIL() << "the file never filled up";
    } catch (const DbError &e) {
        // THEN it says so
        EXPECT_EQ(e.kind(), DbError::Kind::Full);
        EXPECT_TRUE(e.isUnusableDatabase());
        EXPECT_TRUE(e.message().contains(QStringLiteral("full"))) << e.message().toStdString();
    }
    EXPECT_EQ(announced, saved.size() - 3); // no change announced for the failed write
    // and every task saved before is still there, the half-written one is not
    const QList<Task> tasks = db->tasks();
    EXPECT_EQ(tasks.size(), saved.size());
    for (const Id id : saved)
        EXPECT_TRUE(db->task(id)) << id;
    // and the store keeps working: deleting frees room, a new write then succeeds
    db.w().deleteTask(saved.last());
    EXPECT_GT(db.w().addTask(makeTask(QStringLiteral("작은 할 일"))), 0);
    test::database(db.store()).exec(QStringLiteral("PRAGMA max_page_count=1073741823"));
    db.w().addTask(big);
    EXPECT_TRUE(DatabaseCheck::run(test::database(db.store())).ok());
    db.reopen();
    EXPECT_EQ(db->tasks().size(), saved.size() + 1);
}

TEST(StoreFailure, ReadOnlyFileRefusesWritesClearlyAndStillReads)
{
    TempDb db;
    const Id id = db.w().addTask(makeTask(QStringLiteral("SQL 정리")));
    db.close();
    // Tests run as root, for whom chmod does not block writes; a read-only open is what a
    // read-only file or folder gives SQLite.
    Store ro(db.path(), Store::Options(true));
    try {
        test::writer(ro).addTask(makeTask(QStringLiteral("blocked")));
        FAIL() << "wrote to a read-only database";
    } catch (const DbError &e) {
        EXPECT_EQ(e.kind(), DbError::Kind::ReadOnly);
        EXPECT_TRUE(e.message().contains(QStringLiteral("readonly"))) << e.message().toStdString();
    }
    ASSERT_TRUE(ro.task(id));
    EXPECT_EQ(ro.tasks().size(), 1);
}

// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "builders.h"
#include "core/sqlite/backup.h"
#include "core/store/store.h"
#include "tempdb.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <gtest/gtest.h>

using namespace jobprep;
using jobprep::test::makeTask;
using jobprep::test::TempDb;

namespace {

const QDateTime kNow(QDate(2026, 11, 28), QTime(9, 30, 15));

int countRows(const QString &path, const char *table)
{
    Database db(path, Database::Mode::ReadOnly);
    Statement st = db.prepare(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
    return st.step() ? st.int32(0) : -1;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
    return f.readAll();
}

QString fromFixture(const QString &dir, const QString &fixture)
{
    QFile sql(QStringLiteral(JOBPREP_FIXTURES "/") + fixture);
    EXPECT_TRUE(sql.open(QIODevice::ReadOnly));
    const QString path = QDir(dir).filePath(QStringLiteral("old.sqlite"));
    Database db(path, Database::Mode::ReadWriteCreate);
    db.exec(QString::fromUtf8(sql.readAll()));
    return path;
}

} // namespace

TEST(Backup, CopiesTheCommittedStateWhileAnotherWriterIsMidTransaction)
{
    TempDb db;
    db.w().addTask(makeTask(QStringLiteral("SQL 윈도 함수 정리")));
    db.w().addTask(makeTask(QStringLiteral("Spark 프로젝트")));
    // GIVEN a second connection in the middle of an uncommitted write
    Database other(db.path(), Database::Mode::ReadWrite);
    other.exec(QStringLiteral("BEGIN IMMEDIATE; DELETE FROM tasks;"));
    // WHEN a backup is taken through the store's connection
    const BackupFile file = BackupFolder(db.path()).take(test::database(db.store()), kNow);
    other.exec(QStringLiteral("ROLLBACK"));
    // THEN it holds both committed tasks, is one self-contained file, and is named for the db and time
    EXPECT_EQ(countRows(file.path, "tasks"), 2);
    EXPECT_EQ(QFileInfo(file.path).fileName(), QStringLiteral("jobprep-20261128-093015.sqlite"));
    EXPECT_EQ(QFileInfo(file.path).absolutePath(), QDir(db.dir()).filePath(QStringLiteral("backups")));
    EXPECT_FALSE(QFileInfo::exists(file.path + QStringLiteral("-wal")));
    EXPECT_FALSE(QFileInfo::exists(file.path + QStringLiteral(".partial")));
    const QByteArray header = fileBytes(file.path).left(20);
    EXPECT_EQ(int(header[18]), 1) << "a backup must not be in WAL mode";
    Database copy(file.path, Database::Mode::ReadOnly);
    EXPECT_EQ(copy.pragmaInt(QStringLiteral("application_id")), Store::kApplicationId);
    EXPECT_EQ(copy.pragmaInt(QStringLiteral("user_version")), Store::kSchemaVersion);
}

TEST(Backup, NewestIsTheLatestStampAndTwoInOneSecondDoNotCollide)
{
    TempDb db;
    BackupFolder folder(db.path());
    EXPECT_FALSE(folder.newest());
    folder.take(test::database(db.store()), kNow.addDays(-2));
    db.w().addTask(makeTask(QStringLiteral("later")));
    const BackupFile first = folder.take(test::database(db.store()), kNow);
    const BackupFile second = folder.take(test::database(db.store()), kNow);
    EXPECT_NE(first.path, second.path);
    const auto newest = folder.newest();
    ASSERT_TRUE(newest);
    EXPECT_EQ(newest->path, second.path);
    EXPECT_EQ(newest->taken, kNow);
    EXPECT_EQ(folder.list().size(), 2); // rotation keeps only the newest of one day
    EXPECT_EQ(folder.list().last().taken, kNow.addDays(-2));
}

TEST(Backup, IgnoresFilesOfOtherDatabasesAndStrayNames)
{
    TempDb db;
    BackupFolder folder(db.path());
    folder.take(test::database(db.store()), kNow);
    for (const char *name : {"other-20261128-093015.sqlite", "jobprep-notes.sqlite", "jobprep-2026.sqlite"}) {
        QFile f(QDir(folder.folder()).filePath(QLatin1String(name)));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    }
    EXPECT_EQ(folder.list().size(), 1);
    folder.rotate();
    EXPECT_EQ(QDir(folder.folder()).entryList(QDir::Files).size(), 4);
}

TEST(Backup, TakeIfDueWaitsADay)
{
    TempDb db;
    BackupFolder folder(db.path());
    EXPECT_TRUE(folder.takeIfDue(test::database(db.store()), kNow));
    EXPECT_FALSE(folder.takeIfDue(test::database(db.store()), kNow.addSecs(23 * 3600)));
    EXPECT_TRUE(folder.takeIfDue(test::database(db.store()), kNow.addSecs(24 * 3600)));
    EXPECT_EQ(folder.list().size(), 2);
}

TEST(Backup, RotatesOnDiskToSevenDaysAndFourWeeks)
{
    TempDb db;
    BackupFolder folder(db.path());
    for (int d = 59; d >= 0; --d)
        folder.take(test::database(db.store()), kNow.addDays(-d));
    const QList<BackupFile> files = folder.list();
    ASSERT_EQ(files.size(), 9); // see BackupRotation.SixtyDailyBackupsBecomeSevenDaysAndFourWeeks
    EXPECT_EQ(files.first().taken, kNow);
    EXPECT_EQ(files.last().taken.date(), QDate(2026, 11, 8));
}

TEST(Backup, UpgradeTakesABackupOfTheOldVersionFirst)
{
    QTemporaryDir dir;
    const QString path = fromFixture(dir.path(), QStringLiteral("schema-v1.sql"));
    const int tasks = countRows(path, "tasks");
    ASSERT_GT(tasks, 0);
    {
        Store store(path);
    }
    const auto newest = BackupFolder(path).newest();
    ASSERT_TRUE(newest);
    Database copy(newest->path, Database::Mode::ReadOnly);
    EXPECT_EQ(copy.pragmaInt(QStringLiteral("user_version")), 1);
    EXPECT_EQ(countRows(newest->path, "tasks"), tasks);
    EXPECT_LE(qAbs(newest->taken.secsTo(QDateTime::currentDateTime())), 60);
}

TEST(Backup, NewFileNeedsNoBackup)
{
    TempDb db;
    EXPECT_FALSE(QFileInfo::exists(BackupFolder::defaultFolder(db.path())));
}

TEST(Backup, FailedUpgradeLeavesTheOldFileByteIdentical)
{
    QTemporaryDir dir;
    const QString path = fromFixture(dir.path(), QStringLiteral("schema-v1.sql"));
    const QByteArray before = fileBytes(path);
    // GIVEN an upgrade whose last step fails after the earlier ones ran
    Store::Options options;
    int stepsRun = 0;
    options.migrationStepHook = [&](int step) {
        ++stepsRun;
        if (step == Store::kSchemaVersion)
            throw DbError(DbError::Kind::Sqlite, QStringLiteral("injected failure in step %1").arg(step));
    };
    // WHEN the store opens it
    EXPECT_THROW(Store(path, options), DbError);
    EXPECT_EQ(stepsRun, Store::kSchemaVersion - 1);
    // THEN the file is exactly as it was, with no journal left beside it
    EXPECT_EQ(fileBytes(path), before);
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        EXPECT_FALSE(QFileInfo::exists(path + QLatin1String(suffix))) << suffix;
    // and a later, working upgrade still succeeds
    Store store(path);
    EXPECT_EQ(test::database(store).pragmaInt(QStringLiteral("user_version")), Store::kSchemaVersion);
}

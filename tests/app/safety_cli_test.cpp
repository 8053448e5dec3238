// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// backup / restore / check and a busy database, through the real jobprep-cli (issue 6).
#include "core/safety/databaselock.h"
#include "core/store/store.h"
#include "storetestaccess.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace jobprep;

namespace {

struct Result
{
    int code = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

class SafetyCli : public ::testing::Test
{
protected:
    QTemporaryDir dir;
    QString db() const { return dir.filePath(QStringLiteral("plan.sqlite")); }

    Result run(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(JOBPREP_CLI), QStringList{QStringLiteral("--db"), db()} + args);
        EXPECT_TRUE(p.waitForFinished(60000));
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }
    Result ok(const QStringList &args)
    {
        Result r = run(args);
        EXPECT_EQ(r.code, 0) << args.join(QLatin1Char(' ')).toStdString() << "\n" << r.err.toStdString();
        return r;
    }
    int taskCount()
    {
        return QJsonDocument::fromJson(ok({QStringLiteral("--json"), QStringLiteral("task"), QStringLiteral("list"),
                                           QStringLiteral("--all")})
                                           .out.toUtf8())
            .array()
            .size();
    }
};

QByteArray hashOf(const QString &path)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

TEST_F(SafetyCli, BackupThenRestoreBringsBackThePlanWithNoStaleWal)
{
    ok({QStringLiteral("task"), QStringLiteral("add"), QStringLiteral("Kafka 스트리밍 프로젝트")});
    const QString backup = ok({QStringLiteral("--json"), QStringLiteral("backup")}).json().value(QStringLiteral("path")).toString();
    ASSERT_TRUE(QFileInfo::exists(backup));
    EXPECT_TRUE(backup.startsWith(dir.filePath(QStringLiteral("backups/plan-"))));
    ok({QStringLiteral("task"), QStringLiteral("add"), QStringLiteral("added after the backup")});
    ASSERT_EQ(taskCount(), 2);

    const Result r = ok({QStringLiteral("--json"), QStringLiteral("restore"), backup});
    const QString previous = r.json().value(QStringLiteral("previousSavedAs")).toString();
    EXPECT_EQ(taskCount(), 1);
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        EXPECT_FALSE(QFileInfo::exists(db() + QLatin1String(suffix))) << suffix;
    // The database as it was before the restore is kept, whole.
    ASSERT_TRUE(QFileInfo::exists(previous));
    Database before(previous, Database::Mode::ReadOnly);
    Statement st = before.prepare(QStringLiteral("SELECT count(*) FROM tasks"));
    ASSERT_TRUE(st.step());
    EXPECT_EQ(st.int32(0), 2);
}

TEST_F(SafetyCli, BackupToAChosenFolder)
{
    ok({QStringLiteral("task"), QStringLiteral("add"), QStringLiteral("x")});
    const QString to = dir.filePath(QStringLiteral("usb stick"));
    const Result r = ok({QStringLiteral("backup"), QStringLiteral("--to"), to});
    EXPECT_TRUE(r.out.contains(to)) << r.out.toStdString();
    EXPECT_EQ(QDir(to).entryList({QStringLiteral("plan-*.sqlite")}, QDir::Files).size(), 1);
}

TEST_F(SafetyCli, RestoreRefusesAFileThatIsNotAJobPrepDatabase)
{
    ok({QStringLiteral("task"), QStringLiteral("add"), QStringLiteral("keep me")});
    const QString notes = dir.filePath(QStringLiteral("notes.txt"));
    QFile f(notes);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("just some text\n").repeated(500));
    f.close();
    const Result r = run({QStringLiteral("restore"), notes});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(notes)) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("nothing was restored"))) << r.err.toStdString();
    EXPECT_EQ(taskCount(), 1);
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("backups"))));
}

TEST_F(SafetyCli, RestoreWaitsForTheOpenAppToClose)
{
    ok({QStringLiteral("task"), QStringLiteral("add"), QStringLiteral("x")});
    const QString backup = ok({QStringLiteral("--json"), QStringLiteral("backup")}).json().value(QStringLiteral("path")).toString();
    DatabaseLock gui(db()); // what the GUI holds while it has the file open
    ASSERT_TRUE(gui.tryLock());
    const Result r = run({QStringLiteral("restore"), backup});
    EXPECT_EQ(r.code, 3);
    EXPECT_TRUE(r.err.contains(QStringLiteral("close it before restoring"))) << r.err.toStdString();
}

TEST_F(SafetyCli, CheckReportsOkThenADanglingReferenceWithExitThree)
{
    ok({QStringLiteral("task"), QStringLiteral("add"), QStringLiteral("x")});
    Result r = ok({QStringLiteral("check")});
    EXPECT_TRUE(r.out.contains(QStringLiteral("integrity_check ok, foreign_key_check ok"))) << r.out.toStdString();
    {
        // Damage only another program could do: a link to a posting line that does not exist.
        Database raw(db(), Database::Mode::ReadWrite);
        raw.exec(QStringLiteral("PRAGMA foreign_keys=OFF; INSERT INTO task_lines(task_id, line_id) VALUES(1, 999)"));
    }
    r = run({QStringLiteral("--json"), QStringLiteral("check")});
    EXPECT_EQ(r.code, 3);
    EXPECT_FALSE(r.json().value(QStringLiteral("ok")).toBool());
    EXPECT_TRUE(r.json().value(QStringLiteral("problems")).toArray().at(0).toString().contains(QStringLiteral("task_lines")));
}

TEST_F(SafetyCli, CheckFindsAStalePlacementCacheWithExitFourAndRepairRebuildsItAfterABackup)
{
    const QString today = QStringLiteral("--today=2026-11-28");
    ok({today, QStringLiteral("example")});
    const QString board = ok({today, QStringLiteral("board"), QStringLiteral("--limit"), QStringLiteral("20")}).out;
    Result r = ok({QStringLiteral("check")});
    EXPECT_TRUE(r.out.contains(QStringLiteral("placement cache ok"))) << r.out.toStdString();
    {
        // What the board reads, out of step with the tasks (another program, or a bug of ours).
        Database raw(db(), Database::Mode::ReadWrite);
        raw.exec(QStringLiteral(
            "UPDATE tasks SET place_importance = place_importance + 40 WHERE id = "
            "(SELECT max(id) FROM tasks WHERE status <> 'done' AND manual_order IS NULL); "
            "UPDATE task_groups SET tasks = tasks + 2 WHERE (pinned, important, deadline, estimate, manual) = "
            "(SELECT pinned, important, deadline, estimate, manual FROM task_groups ORDER BY tasks DESC LIMIT 1)"));
    }
    const QByteArray stale = hashOf(db());
    r = run({QStringLiteral("check")});
    EXPECT_EQ(r.code, 4) << r.out.toStdString() << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("integrity_check ok"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("placement cache differs from the tasks:"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("stored importance"))) << r.out.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("jobprep-cli check --repair"))) << r.err.toStdString();
    r = run({QStringLiteral("--json"), QStringLiteral("check")});
    EXPECT_EQ(r.code, 4);
    EXPECT_FALSE(r.json().value(QStringLiteral("ok")).toBool());
    EXPECT_TRUE(r.json().value(QStringLiteral("problems")).toArray().isEmpty());
    EXPECT_EQ(r.json().value(QStringLiteral("placementCacheProblems")).toArray().size(), 3);
    EXPECT_EQ(hashOf(db()), stale) << "check must not write";

    // Not while the app has the file open: it holds the board in memory.
    {
        DatabaseLock gui(db());
        ASSERT_TRUE(gui.tryLock());
        r = run({QStringLiteral("check"), QStringLiteral("--repair")});
        EXPECT_EQ(r.code, 3);
        EXPECT_TRUE(r.err.contains(QStringLiteral("close it before repairing"))) << r.err.toStdString();
    }
    r = ok({QStringLiteral("--json"), QStringLiteral("check"), QStringLiteral("--repair")});
    EXPECT_TRUE(r.json().value(QStringLiteral("ok")).toBool());
    EXPECT_EQ(r.json().value(QStringLiteral("repaired")).toInt(), 3);
    const QString backup = r.json().value(QStringLiteral("backup")).toString();
    EXPECT_TRUE(QFileInfo::exists(backup)) << backup.toStdString();
    {
        // The backup is the file as it was before the repair: still stale.
        Store before(backup, Store::Options(true));
        EXPECT_EQ(before.placementCacheProblems().size(), 3);
    }
    r = ok({QStringLiteral("check")});
    EXPECT_TRUE(r.out.contains(QStringLiteral("placement cache ok"))) << r.out.toStdString();
    EXPECT_EQ(ok({today, QStringLiteral("board"), QStringLiteral("--limit"), QStringLiteral("20")}).out, board);
}

TEST_F(SafetyCli, RepairRefusesADamagedFileAndLeavesItAlone)
{
    ok({QStringLiteral("task"), QStringLiteral("add"), QStringLiteral("x")});
    {
        Database raw(db(), Database::Mode::ReadWrite);
        raw.exec(QStringLiteral("PRAGMA foreign_keys=OFF; INSERT INTO task_lines(task_id, line_id) VALUES(1, 999)"));
    }
    const QByteArray before = hashOf(db());
    const Result r = run({QStringLiteral("check"), QStringLiteral("--repair")});
    EXPECT_EQ(r.code, 3);
    EXPECT_TRUE(r.err.contains(QStringLiteral("restore"))) << r.err.toStdString();
    EXPECT_EQ(hashOf(db()), before);
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("backups"))));
}

TEST_F(SafetyCli, CheckOnADamagedFileExitsThreeAndLeavesItAlone)
{
    {
        Store s(db());
        for (int i = 0; i < 400; ++i) {
            Task t;
            t.title = QStringLiteral("과제 %1 ").arg(i) + QString(200, QLatin1Char('x'));
            test::writer(s).addTask(t);
        }
    }
    // Scribble over pages in the middle of the file, as a failing disk would.
    QFile f(db());
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    ASSERT_GT(f.size(), 4096 * 12);
    f.seek(4096 * 8 + 16);
    f.write(QByteArray(4096 * 3, '\x5a'));
    f.close();
    const QByteArray before = hashOf(db());
    const Result r = run({QStringLiteral("check")});
    EXPECT_EQ(r.code, 3) << r.out.toStdString() << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("damaged"))) << r.err.toStdString();
    EXPECT_EQ(hashOf(db()), before);
}

TEST_F(SafetyCli, AWriterHoldingTheFileMakesWritesWaitThenExitThree)
{
    ok({QStringLiteral("task"), QStringLiteral("add"), QStringLiteral("first")});
    // GIVEN another process (this test) in the middle of a write transaction
    Database other(db(), Database::Mode::ReadWrite);
    other.exec(QStringLiteral("BEGIN IMMEDIATE"));
    // WHEN the CLI tries to write, it waits the busy timeout and gives up cleanly
    Result r = run({QStringLiteral("task"), QStringLiteral("add"), QStringLiteral("second")});
    EXPECT_EQ(r.code, 3);
    EXPECT_TRUE(r.err.contains(QStringLiteral("in use"))) << r.err.toStdString();
    // while reading still works (WAL)
    EXPECT_EQ(taskCount(), 1);
    other.exec(QStringLiteral("ROLLBACK"));
    ok({QStringLiteral("task"), QStringLiteral("add"), QStringLiteral("second")});
    EXPECT_EQ(taskCount(), 2);
}

TEST_F(SafetyCli, BadInputIsRefusedWithTheFieldAndNothingIsWritten)
{
    // A 10 000-character title and a title that is not UTF-8 (through a shell: QProcess only passes text).
    Result r = run({QStringLiteral("task"), QStringLiteral("add"), QString(10000, QLatin1Char('a'))});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("title is 10000 characters long"))) << r.err.toStdString();
    QProcess sh;
    sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"),
                                         QStringLiteral("exec \"$0\" --db \"$1\" task add \"$(printf 'bad \\377\\376')\""),
                                         QStringLiteral(JOBPREP_CLI), db()});
    ASSERT_TRUE(sh.waitForFinished(30000));
    EXPECT_EQ(sh.exitCode(), 1);
    const QByteArray shErr = sh.readAllStandardError();
    EXPECT_TRUE(shErr.contains("argument 5")) << shErr.toStdString(); // jobprep-cli --db FILE task add TITLE

    // JSON: invalid UTF-8, a raw NUL, an escaped NUL, an impossible date, a negative estimate.
    static const char rawNul[] = "{\"tasks\":[{\"title\":\"a\0b\"}]}";
    const QList<QPair<QByteArray, QString>> files{
        {QByteArray("{\"tasks\":[{\"title\":\"a\xff" "b\"}]}"), QStringLiteral("line 1, column")},
        {QByteArray(rawNul, sizeof rawNul - 1), QStringLiteral("line 1, column 22: a control character (U+0000)")},
        {QByteArray(R"({"tasks":[{"title":"a\u0000b"}]})"), QStringLiteral("tasks[0].title: contains a NUL")},
        {QByteArray("{\"tasks\":[{\"title\":\"ok\"},\n{\"title\":\"x\",\"due\":\"2026-02-30\"}]}"),
         QStringLiteral("tasks[1].due")},
        {QByteArray(R"({"tasks":[{"title":"ok"},{"title":"x","estimate":-2}]})"), QStringLiteral("tasks[1].estimate")},
    };
    for (const auto &[bytes, expected] : files) {
        const QString file = dir.filePath(QStringLiteral("bad.json"));
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
        f.close();
        r = run({QStringLiteral("import"), file});
        EXPECT_EQ(r.code, 1) << bytes.toStdString();
        EXPECT_TRUE(r.err.contains(expected)) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("nothing was imported"))) << r.err.toStdString();
    }
    EXPECT_EQ(taskCount(), 0);
}

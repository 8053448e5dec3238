// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// A writer killed with SIGKILL at random moments never damages the file or loses a reported commit.
// JOBPREP_CRASH_KILLS sets the number of kills (scripts/stress runs 200 and more).
#include "core/safety/databasecheck.h"
#include "core/store/store.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace jobprep;

TEST(CrashSafety, KilledWriterLeavesAHealthyFileWithEveryReportedCommit)
{
    const int kills = qEnvironmentVariableIsSet("JOBPREP_CRASH_KILLS")
                          ? qEnvironmentVariableIntValue("JOBPREP_CRASH_KILLS")
                          : 20;
    const quint32 seed = QRandomGenerator::global()->generate();
    QRandomGenerator rng(seed);
    SCOPED_TRACE(::testing::Message() << "seed " << seed);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crash.sqlite"));
    QSet<qint64> reported;
    QElapsedTimer timer;
    timer.start();
    int survived = 0;
    for (int k = 0; k < kills; ++k) {
        QProcess writer;
        writer.start(QStringLiteral(JOBPREP_CRASH_WRITER), {path});
        ASSERT_TRUE(writer.waitForStarted());
        // Kill at a random moment: mid-open, mid-transaction, mid-commit or between commits.
        const int delayMs = 5 + int(rng.bounded(120));
        writer.waitForFinished(delayMs);
        ASSERT_EQ(writer.state(), QProcess::Running) << writer.readAllStandardError().toStdString();
        writer.kill(); // SIGKILL
        ASSERT_TRUE(writer.waitForFinished(10000));
        EXPECT_EQ(writer.exitStatus(), QProcess::CrashExit);
        for (const QByteArray &line : writer.readAllStandardOutput().split('\n'))
            if (!line.isEmpty())
                reported.insert(line.toLongLong());

        ++survived;
        if (!QFileInfo::exists(path))
            continue; // killed before the file was created
        // Opened read-write, as the app would: that is what rolls back a hot journal.
        Database db(path, Database::Mode::ReadWrite);
        if (reported.isEmpty() && db.pragmaInt(QStringLiteral("user_version")) == 0)
            continue; // killed while creating the schema, which was rolled back
        const IntegrityReport report = DatabaseCheck::run(db);
        ASSERT_TRUE(report.ok()) << "after kill " << k << ": " << report.problems.join(QLatin1Char('\n')).toStdString();
        QSet<qint64> present;
        Statement st = db.prepare(QStringLiteral("SELECT id FROM tasks"));
        while (st.step())
            present.insert(st.int64(0));
        for (const qint64 id : std::as_const(reported))
            ASSERT_TRUE(present.contains(id)) << "task " << id << " was reported saved and is gone after kill " << k;
    }
    EXPECT_GT(reported.size(), 0);
    std::printf("crash safety: %d kills survived, %lld commits checked, %.1f s (seed %u)\n", survived,
                static_cast<long long>(reported.size()), timer.elapsed() / 1000.0, seed);
}

// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// habit link / sync / show / list / unlink and review through the real jobprep-cli, on real
// repositories, with a HOME of the test's own (its ~/.gitconfig gives the default author).
#include "gitrepo.h"
#include "readerprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using jobprep::test::GitRepo;

namespace {

struct Result
{
    int code = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

class HabitCli : public ::testing::Test
{
protected:
    QTemporaryDir dir;
    GitRepo repo;
    QString cli = QStringLiteral(JOBPREP_CLI);

    void SetUp() override
    {
        QFile config(dir.filePath(QStringLiteral(".gitconfig")));
        ASSERT_TRUE(config.open(QIODevice::WriteOnly));
        config.write("[user]\n\temail = me@example.com\n");
    }
    Result run(const QStringList &args, const QString &today = QStringLiteral("2026-12-06"))
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), dir.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("xdg")));
        env.insert(QStringLiteral("TZ"), QStringLiteral("Asia/Seoul"));
        env.insert(QStringLiteral("JOBPREP_LANG"), QStringLiteral("en"));
        p.setProcessEnvironment(env);
        p.start(cli,
                QStringList{QStringLiteral("--db"), dir.filePath(QStringLiteral("cli.sqlite")), QStringLiteral("--today"), today} + args);
        EXPECT_TRUE(p.waitForFinished(30000));
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }
    Result ok(const QStringList &args, const QString &today = QStringLiteral("2026-12-06"))
    {
        Result r = run(args, today);
        EXPECT_EQ(r.code, 0) << args.join(QLatin1Char(' ')).toStdString() << "\n" << r.err.toStdString();
        return r;
    }
    qint64 addHabit()
    {
        return ok({QStringLiteral("--json"), QStringLiteral("task"), QStringLiteral("add"), QStringLiteral("하루 한 문제"),
                   QStringLiteral("--kind"), QStringLiteral("coding-test"), QStringLiteral("--repeat"), QStringLiteral("daily")})
            .json()
            .value(QStringLiteral("id"))
            .toInteger();
    }
};

} // namespace

TEST_F(HabitCli, LinkShowsTheDaysOfTheDefaultAuthorAsGitLogDoes)
{
    repo.commit(QStringLiteral("2026-12-04T23:59:00+09:00"), QStringLiteral("me@example.com"), QStringLiteral("백준/1.py"));
    repo.commit(QStringLiteral("2026-12-05T00:01:00+09:00"), QStringLiteral("me@example.com"), QStringLiteral("백준/2.py"));
    repo.commit(QStringLiteral("2026-12-06T10:00:00+09:00"), QStringLiteral("other@example.org"), QStringLiteral("백준/3.py"));
    const qint64 id = addHabit();
    const Result linked = ok({QStringLiteral("habit"), QStringLiteral("link"), QString::number(id), QStringLiteral("--repo"),
                              repo.path(), QStringLiteral("--path"), QStringLiteral("백준/")});
    EXPECT_TRUE(linked.out.contains(QStringLiteral("2 commit(s) found"))) << linked.out.toStdString();
    const QJsonObject show = ok({QStringLiteral("--json"), QStringLiteral("habit"), QStringLiteral("show"), QString::number(id),
                                 QStringLiteral("--weeks"), QStringLiteral("2")})
                                 .json();
    EXPECT_EQ(show.value(QStringLiteral("id")).toInteger(), id);
    EXPECT_EQ(show.value(QStringLiteral("title")).toString(), QStringLiteral("하루 한 문제"));
    EXPECT_EQ(show.value(QStringLiteral("repeat")).toString(), QStringLiteral("daily"));
    EXPECT_EQ(show.value(QStringLiteral("current")).toInt(), 2);
    EXPECT_EQ(show.value(QStringLiteral("longest")).toInt(), 2);
    const QJsonArray sources = show.value(QStringLiteral("sources")).toArray();
    ASSERT_EQ(sources.size(), 1);
    EXPECT_EQ(sources[0].toObject().value(QStringLiteral("repo")).toString(), repo.path());
    EXPECT_EQ(sources[0].toObject().value(QStringLiteral("path")).toString(), QStringLiteral("백준"));
    EXPECT_EQ(sources[0].toObject().value(QStringLiteral("authors")).toArray(), QJsonArray{QStringLiteral("me@example.com")});
    EXPECT_TRUE(sources[0].toObject().value(QStringLiteral("problem")).isNull());
    const QJsonArray days = show.value(QStringLiteral("days")).toArray();
    ASSERT_EQ(days.size(), 7 + 7); // two weeks, Monday 11-23 to today (a Sunday)
    QStringList done;
    for (const QJsonValue &d : days) {
        const QJsonObject o = d.toObject();
        if (o.value(QStringLiteral("done")).toBool()) {
            done << o.value(QStringLiteral("date")).toString();
            EXPECT_EQ(o.value(QStringLiteral("source")).toString(), QStringLiteral("git"));
            EXPECT_EQ(o.value(QStringLiteral("commits")).toInt(), 1);
        }
    }
    EXPECT_EQ(done, repo.logDays(QStringLiteral("me@example.com"), QStringLiteral("Asia/Seoul"), QStringLiteral("백준")));
    EXPECT_EQ(done, (QStringList{QStringLiteral("2026-12-04"), QStringLiteral("2026-12-05")}));
    const Result list = ok({QStringLiteral("habit"), QStringLiteral("list")});
    EXPECT_TRUE(list.out.contains(QStringLiteral("streak 2"))) << list.out.toStdString();
}

TEST_F(HabitCli, SyncReadsNewCommitsNotesAMissingRepositoryAndUnlinkRemovesIt)
{
    repo.commit(QStringLiteral("2026-12-05T20:00:00+09:00"), QStringLiteral("me@example.com"));
    const qint64 id = addHabit();
    ok({QStringLiteral("habit"), QStringLiteral("link"), QString::number(id), QStringLiteral("--repo"), repo.path(),
        QStringLiteral("--author"), QStringLiteral("ME@example.com")});
    repo.commit(QStringLiteral("2026-12-06T08:00:00+09:00"), QStringLiteral("me@example.com"));
    const QJsonObject sync = ok({QStringLiteral("--json"), QStringLiteral("habit"), QStringLiteral("sync")}).json();
    EXPECT_EQ(sync.value(QStringLiteral("commits")).toInt(), 1);
    EXPECT_EQ(ok({QStringLiteral("--json"), QStringLiteral("habit"), QStringLiteral("show"), QString::number(id)})
                  .json()
                  .value(QStringLiteral("current"))
                  .toInt(),
              2);
    // Moved away: a note, exit 0, the days kept.
    ASSERT_TRUE(QDir().rename(repo.path(), repo.path() + QStringLiteral("-moved")));
    const Result moved = ok({QStringLiteral("habit"), QStringLiteral("sync")});
    EXPECT_TRUE(moved.err.contains(QStringLiteral("not there any more"))) << moved.err.toStdString();
    const QJsonObject show = ok({QStringLiteral("--json"), QStringLiteral("habit"), QStringLiteral("show"), QString::number(id)}).json();
    EXPECT_EQ(show.value(QStringLiteral("current")).toInt(), 2);
    EXPECT_TRUE(show.value(QStringLiteral("sources")).toArray()[0].toObject().value(QStringLiteral("problem")).toString().contains(
        QStringLiteral("not there any more")));
    ok({QStringLiteral("habit"), QStringLiteral("unlink"), QString::number(id), QStringLiteral("--repo"), repo.path()});
    EXPECT_EQ(ok({QStringLiteral("--json"), QStringLiteral("habit"), QStringLiteral("show"), QString::number(id)})
                  .json()
                  .value(QStringLiteral("current"))
                  .toInt(),
              0);
    // Unlinking it again, or linking a task that is no habit: bad input, named.
    const Result again = run({QStringLiteral("habit"), QStringLiteral("unlink"), QString::number(id), QStringLiteral("--repo"), repo.path()});
    EXPECT_EQ(again.code, 1);
    EXPECT_TRUE(again.err.contains(QStringLiteral("not linked"))) << again.err.toStdString();
    const qint64 plain = ok({QStringLiteral("--json"), QStringLiteral("task"), QStringLiteral("add"), QStringLiteral("once")})
                             .json()
                             .value(QStringLiteral("id"))
                             .toInteger();
    const Result notHabit = run({QStringLiteral("habit"), QStringLiteral("link"), QString::number(plain), QStringLiteral("--repo"), repo.path()});
    EXPECT_EQ(notHabit.code, 1);
    EXPECT_TRUE(notHabit.err.contains(QStringLiteral("not a habit"))) << notHabit.err.toStdString();
}

TEST_F(HabitCli, ReviewWritesMarkdownHtmlAndJsonOfAWeekThePlanCommandRecorded)
{
    const qint64 id = addHabit();
    for (int d = 0; d < 7; ++d) {
        const QString day = QDate(2026, 11, 30).addDays(d).toString(Qt::ISODate);
        ok({QStringLiteral("plan"), QStringLiteral("--out"), dir.filePath(QStringLiteral("plan.md"))}, day);
        if (d != 2)
            ok({QStringLiteral("task"), QStringLiteral("done"), QString::number(id)}, day);
    }
    for (const QString &format : {QStringLiteral("md"), QStringLiteral("html")}) {
        const QString out = dir.filePath(QStringLiteral("review.") + format);
        ok({QStringLiteral("review"), QStringLiteral("--week"), QStringLiteral("2026-W49"), QStringLiteral("--format"), format,
            QStringLiteral("--out"), out},
           QStringLiteral("2026-12-07"));
        const QJsonObject read = jobprep::test::readWithPython("read_review.py", out);
        EXPECT_EQ(read.value(QStringLiteral("title")).toString(), QStringLiteral("Weekly review 2026-W49 (2026-11-30 – 2026-12-06)"));
        const QJsonArray habits = read.value(QStringLiteral("sections")).toObject().value(QStringLiteral("Habits")).toObject().value(QStringLiteral("items")).toArray();
        ASSERT_EQ(habits.size(), 1) << format.toStdString();
        EXPECT_EQ(habits[0].toString(), QStringLiteral("하루 한 문제: kept 6 of 7 day(s) · streak 4 (longest 4)"));
    }
    // Default week on Monday 12-07: the one just over; JSON.
    const QJsonObject json = ok({QStringLiteral("--json"), QStringLiteral("review")}, QStringLiteral("2026-12-07")).json();
    EXPECT_EQ(json.value(QStringLiteral("week")).toString(), QStringLiteral("2026-W49"));
    EXPECT_EQ(json.value(QStringLiteral("daysWithoutPlan")).toInt(), 0);
    int planned = 0;
    for (const QJsonValue &q : json.value(QStringLiteral("quadrants")).toArray())
        planned += q.toObject().value(QStringLiteral("plannedMinutes")).toInt();
    EXPECT_GT(planned, 0);
    const Result bad = run({QStringLiteral("review"), QStringLiteral("--format"), QStringLiteral("pdf")});
    EXPECT_EQ(bad.code, 1);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("--format"))) << bad.err.toStdString();
}

// libgit2 (and the 13 libraries it brings) lives in jobprep-cli-git.so, loaded only to read a
// repository. Without it, linking says which file and why and stores no link; what needs no
// repository still works.
TEST_F(HabitCli, LinkWithoutTheGitModuleNamesItAndStoresNothing)
{
    repo.commit(QStringLiteral("2026-12-05T20:00:00+09:00"), QStringLiteral("me@example.com"));
    const qint64 id = addHabit();
    const QString bin = dir.filePath(QStringLiteral("bin"));
    ASSERT_TRUE(QDir().mkpath(bin));
    cli = bin + QStringLiteral("/jobprep-cli");
    ASSERT_TRUE(QFile::copy(QStringLiteral(JOBPREP_CLI), cli));
    ASSERT_TRUE(QFile::setPermissions(cli, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));

    const Result r = run({QStringLiteral("habit"), QStringLiteral("link"), QString::number(id), QStringLiteral("--repo"),
                          repo.path(), QStringLiteral("--author"), QStringLiteral("me@example.com")});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(bin + QStringLiteral("/jobprep-cli-git.so: not there"))) << r.err.toStdString();
    const QJsonArray habits =
        QJsonDocument::fromJson(ok({QStringLiteral("--json"), QStringLiteral("habit"), QStringLiteral("list")}).out.toUtf8()).array();
    ASSERT_EQ(habits.size(), 1);
    EXPECT_TRUE(ok({QStringLiteral("--json"), QStringLiteral("habit"), QStringLiteral("show"), QString::number(id)})
                    .json()
                    .value(QStringLiteral("sources"))
                    .toArray()
                    .isEmpty());
    EXPECT_EQ(ok({QStringLiteral("--json"), QStringLiteral("habit"), QStringLiteral("sync")}).json().value(QStringLiteral("links")).toInt(), 0);

    // With the module beside it, the same command links and reads the day.
    cli = QStringLiteral(JOBPREP_CLI);
    ok({QStringLiteral("habit"), QStringLiteral("link"), QString::number(id), QStringLiteral("--repo"), repo.path()});
    EXPECT_EQ(ok({QStringLiteral("--json"), QStringLiteral("habit"), QStringLiteral("show"), QString::number(id)})
                  .json()
                  .value(QStringLiteral("current"))
                  .toInt(),
              1);
}

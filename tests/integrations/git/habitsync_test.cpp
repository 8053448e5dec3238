// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// Habits' evidence read from real repositories (built with the git binary, read with libgit2) and
// written through the service, compared with what `git log` says of the same repository.
#include "builders.h"
#include "core/habits/streaks.h"
#include "core/service/habitservice.h"
#include "core/service/taskservice.h"
#include "gitrepo.h"
#include "integrations/git/gitscanner.h"
#include "integrations/git/habitsync.h"
#include "tempdb.h"

#include <QDir>

using namespace jobprep;
using jobprep::test::GitRepo;
using jobprep::test::TempDb;

namespace {

const QString kMe = QStringLiteral("me@example.com");
const QString kOther = QStringLiteral("other@example.org");
const QTimeZone kSeoul("Asia/Seoul");

Id addHabit(TempDb &db, Repeat repeat = Repeat::Daily)
{
    Task t = test::makeTask(QStringLiteral("1일 1커밋"), Kind::Project);
    t.repeat = repeat;
    return db.service().tasks().add(t);
}

Id link(TempDb &db, Id habit, const GitRepo &repo, const QString &path = {})
{
    HabitLink l;
    l.taskId = habit;
    l.repo = repo.path();
    l.path = path;
    l.authors = {kMe};
    return db.service().habits().link(l);
}

QStringList doneDays(TempDb &db, Id habit)
{
    QStringList out;
    for (const QDate &d : db->habitDoneDays(habit))
        out << d.toString(Qt::ISODate);
    return out;
}

int commitsOn(TempDb &db, Id habit, const QDate &day)
{
    const QList<HabitDay> days = db->habitDays(habit, day, day);
    return days.isEmpty() ? 0 : days.first().commits;
}

} // namespace

TEST(HabitSync, CountsTheAuthorsCommitsOnEveryBranchOnceAsGitLogDoes)
{
    TempDb db(QDate(2026, 12, 6));
    GitRepo repo;
    repo.commit(QStringLiteral("2026-11-30T20:00:00+09:00"), kMe);
    repo.commit(QStringLiteral("2026-12-01T10:00:00+09:00"), kOther); // another author: not counted
    repo.branch(QStringLiteral("feature"));
    repo.checkout(QStringLiteral("feature"));
    repo.commit(QStringLiteral("2026-12-02T21:00:00+09:00"), kMe, QStringLiteral("feature.md"));
    repo.commit(QStringLiteral("2026-12-03T21:00:00+09:00"), kMe, QStringLiteral("feature.md"));
    repo.checkout(QStringLiteral("main"));
    repo.commit(QStringLiteral("2026-12-03T22:00:00+09:00"), kMe);
    repo.merge(QStringLiteral("feature"), QStringLiteral("2026-12-04T09:00:00+09:00"), kMe);
    // A second branch still unmerged, whose commit is only there.
    repo.branch(QStringLiteral("draft"));
    repo.checkout(QStringLiteral("draft"));
    repo.commit(QStringLiteral("2026-12-05T08:00:00+09:00"), kMe, QStringLiteral("draft.md"));
    repo.checkout(QStringLiteral("main"));

    const Id habit = addHabit(db);
    link(db, habit, repo);
    const git::SyncSummary s = git::syncHabits(db.service(), git::scanLinks, kSeoul);
    EXPECT_EQ(s.problems, QStringList());
    // Six commits of mine (the merge is one, and the feature commits are read once although main
    // and feature both reach them); the other author's commit is not among them.
    EXPECT_EQ(s.commits, 6);
    EXPECT_EQ(doneDays(db, habit), repo.logDays(kMe, QStringLiteral("Asia/Seoul")));
    EXPECT_EQ(doneDays(db, habit),
              (QStringList{QStringLiteral("2026-11-30"), QStringLiteral("2026-12-02"), QStringLiteral("2026-12-03"),
                           QStringLiteral("2026-12-04"), QStringLiteral("2026-12-05")}));
    EXPECT_EQ(commitsOn(db, habit, QDate(2026, 12, 3)), 2);
    EXPECT_EQ(commitsOn(db, habit, QDate(2026, 12, 1)), 0);
    // The streak from git log's days is the one the record gives, and the task row follows it.
    QList<QDate> logged;
    for (const QString &d : repo.logDays(kMe, QStringLiteral("Asia/Seoul")))
        logged << QDate::fromString(d, Qt::ISODate);
    const habits::Streaks expected = habits::streaks(logged, Repeat::Daily, db.today());
    const habits::Streaks got = habits::streaks(db->habitDoneDays(habit), Repeat::Daily, db.today());
    EXPECT_EQ(got.current, expected.current);
    EXPECT_EQ(got.longest, expected.longest);
    EXPECT_EQ(got.current, 4); // 12-02 .. 12-05, today (12-06) still open
    const Task row = *db->task(habit);
    EXPECT_EQ(row.due, QDate(2026, 12, 6));
    EXPECT_EQ(habits::liveStreak(row.streak, row.due, row.repeat, db.today()), 4);
}

TEST(HabitSync, ASubfolderCountsOnlyTheCommitsThatChangeIt)
{
    TempDb db(QDate(2026, 12, 6));
    GitRepo repo;
    repo.commit(QStringLiteral("2026-12-01T20:00:00+09:00"), kMe, QStringLiteral("백준/1000.py"));
    repo.commit(QStringLiteral("2026-12-02T20:00:00+09:00"), kMe, QStringLiteral("README.md"));
    repo.commit(QStringLiteral("2026-12-03T20:00:00+09:00"), kMe, QStringLiteral("백준/1001.py"));
    repo.commit(QStringLiteral("2026-12-04T20:00:00+09:00"), kMe, QStringLiteral("프로그래머스/1.py"));
    repo.branch(QStringLiteral("side"));
    repo.checkout(QStringLiteral("side"));
    repo.commit(QStringLiteral("2026-12-05T20:00:00+09:00"), kMe, QStringLiteral("백준/1002.py"));
    repo.checkout(QStringLiteral("main"));
    repo.merge(QStringLiteral("side"), QStringLiteral("2026-12-06T09:00:00+09:00"), kMe);

    const Id habit = addHabit(db);
    link(db, habit, repo, QStringLiteral("백준/"));
    git::syncHabits(db.service(), git::scanLinks, kSeoul);
    EXPECT_EQ(doneDays(db, habit), repo.logDays(kMe, QStringLiteral("Asia/Seoul"), QStringLiteral("백준")));
    // The merge only brought the side branch's file in: it changes nothing of its own there.
    EXPECT_EQ(doneDays(db, habit),
              (QStringList{QStringLiteral("2026-12-01"), QStringLiteral("2026-12-03"), QStringLiteral("2026-12-05")}));
    EXPECT_EQ(db->habitLinks(habit).first().path, QStringLiteral("백준"));
}

TEST(HabitSync, CommitsAt2359And0001LocalAreTwoDaysWhateverOffsetTheyRecord)
{
    TempDb db(QDate(2026, 12, 6));
    GitRepo repo;
    repo.commit(QStringLiteral("2026-12-01T23:59:00+09:00"), kMe);
    repo.commit(QStringLiteral("2026-12-02T00:01:00+09:00"), kMe);
    // Made at 00:30 in Seoul on a machine set to California time: it records -08:00.
    repo.commit(QStringLiteral("2026-12-03T07:30:00-08:00"), kMe);
    const Id habit = addHabit(db);
    link(db, habit, repo);
    git::syncHabits(db.service(), git::scanLinks, kSeoul);
    EXPECT_EQ(doneDays(db, habit),
              (QStringList{QStringLiteral("2026-12-01"), QStringLiteral("2026-12-02"), QStringLiteral("2026-12-04")}));
    EXPECT_EQ(doneDays(db, habit), repo.logDays(kMe, QStringLiteral("Asia/Seoul")));
    // The same repository for a user in New York: other days, as git log says there too.
    TempDb there(QDate(2026, 12, 6));
    const Id h2 = addHabit(there);
    link(there, h2, repo);
    git::syncHabits(there.service(), git::scanLinks, QTimeZone("America/New_York"));
    EXPECT_EQ(doneDays(there, h2), repo.logDays(kMe, QStringLiteral("America/New_York")));
    EXPECT_EQ(doneDays(there, h2), (QStringList{QStringLiteral("2026-12-01"), QStringLiteral("2026-12-03")}));
}

TEST(HabitSync, ARescanReadsOnlyTheNewCommits)
{
    TempDb db(QDate(2026, 12, 6));
    GitRepo repo;
    for (int d = 1; d <= 5; ++d)
        repo.commit(QStringLiteral("2026-12-0%1T20:00:00+09:00").arg(d), kMe);
    const Id habit = addHabit(db);
    const Id linkId = link(db, habit, repo);
    EXPECT_EQ(git::syncHabits(db.service(), git::scanLinks, kSeoul).commits, 5);
    // Nothing new: the branch tips are compared, no commit is read, nothing is written.
    const LinkScan same = git::scanLink(*db->habitLink(linkId), kSeoul);
    EXPECT_EQ(git::lastWalked(), 0);
    EXPECT_TRUE(same.commits.isEmpty());
    int announced = 0;
    QObject::connect(&db.service(), &Service::changed, &db.service(), [&](const ChangeSet &) { ++announced; });
    EXPECT_EQ(git::syncHabits(db.service(), git::scanLinks, kSeoul).commits, 0);
    EXPECT_EQ(announced, 0);
    // One new commit: only it is read.
    repo.commit(QStringLiteral("2026-12-06T09:00:00+09:00"), kMe);
    const LinkScan next = git::scanLink(*db->habitLink(linkId), kSeoul);
    EXPECT_EQ(git::lastWalked(), 1);
    EXPECT_FALSE(next.replace);
    ASSERT_EQ(next.commits.size(), 1);
    EXPECT_EQ(next.commits.first().day, QDate(2026, 12, 6));
    EXPECT_TRUE(db.service().habits().applyScan(next));
    EXPECT_EQ(announced, 1);
    EXPECT_EQ(db->habitDoneDays(habit).size(), 6);
    // A scan that started from tips that have moved since is not written twice.
    EXPECT_FALSE(db.service().habits().applyScan(next));
}

TEST(HabitSync, RewrittenHistoryIsReadAgainFromTheStart)
{
    TempDb db(QDate(2026, 12, 6));
    GitRepo repo;
    repo.commit(QStringLiteral("2026-12-01T20:00:00+09:00"), kMe);
    repo.commit(QStringLiteral("2026-12-02T20:00:00+09:00"), kMe);
    const Id habit = addHabit(db);
    link(db, habit, repo);
    git::syncHabits(db.service(), git::scanLinks, kSeoul);
    EXPECT_EQ(doneDays(db, habit).size(), 2);
    // The last commit is thrown away and another made: 12-02 is no longer in the history.
    repo.run({QStringLiteral("reset"), QStringLiteral("-q"), QStringLiteral("--hard"), QStringLiteral("HEAD~1")});
    repo.commit(QStringLiteral("2026-12-03T20:00:00+09:00"), kMe, QStringLiteral("other.md"));
    git::syncHabits(db.service(), git::scanLinks, kSeoul);
    EXPECT_EQ(doneDays(db, habit), repo.logDays(kMe, QStringLiteral("Asia/Seoul")));
    EXPECT_EQ(doneDays(db, habit), (QStringList{QStringLiteral("2026-12-01"), QStringLiteral("2026-12-03")}));
}

TEST(HabitSync, AMissingRepositoryGetsANoteKeepsItsDaysAndTheOtherLinksStillCount)
{
    TempDb db(QDate(2026, 12, 6));
    GitRepo kept;
    kept.commit(QStringLiteral("2026-12-01T20:00:00+09:00"), kMe);
    auto doomed = std::make_unique<GitRepo>();
    doomed->commit(QStringLiteral("2026-12-02T20:00:00+09:00"), kMe);
    QTemporaryDir plain; // a folder, but no repository
    const Id habit = addHabit(db);
    link(db, habit, kept);
    link(db, habit, *doomed);
    HabitLink notRepo{0, habit, plain.path(), {}, {kMe}, {}, {}};
    db.service().habits().link(notRepo);
    git::SyncSummary s = git::syncHabits(db.service(), git::scanLinks, kSeoul);
    ASSERT_EQ(s.problems.size(), 1);
    EXPECT_TRUE(s.problems.first().contains(QStringLiteral("not a git repository"))) << s.problems.first().toStdString();
    EXPECT_EQ(doneDays(db, habit), (QStringList{QStringLiteral("2026-12-01"), QStringLiteral("2026-12-02")}));

    // Deleted between two syncs (or moved: the folder is not there either).
    const QString gone = doomed->path();
    doomed.reset();
    ASSERT_FALSE(QFileInfo::exists(gone));
    kept.commit(QStringLiteral("2026-12-03T20:00:00+09:00"), kMe);
    s = git::syncHabits(db.service(), git::scanLinks, kSeoul);
    ASSERT_EQ(s.problems.size(), 2);
    QString note;
    for (const HabitLink &l : db->habitLinks(habit))
        if (l.repo == gone)
            note = l.problem;
    EXPECT_TRUE(note.contains(QStringLiteral("not there any more"))) << note.toStdString();
    // Its day stays; the other repository's new commit counts.
    EXPECT_EQ(doneDays(db, habit),
              (QStringList{QStringLiteral("2026-12-01"), QStringLiteral("2026-12-02"), QStringLiteral("2026-12-03")}));
}

TEST(HabitSync, UnlinkingTakesTheEvidenceAwayAndUndoBringsItBack)
{
    TempDb db(QDate(2026, 12, 6));
    GitRepo repo;
    repo.commit(QStringLiteral("2026-12-05T20:00:00+09:00"), kMe);
    const Id habit = addHabit(db);
    link(db, habit, repo);
    git::syncHabits(db.service(), git::scanLinks, kSeoul);
    ASSERT_EQ(db->task(habit)->due, QDate(2026, 12, 6));
    Change change;
    db.service().habits().unlink(habit, repo.path(), &change);
    EXPECT_TRUE(change.changes.habits);
    EXPECT_TRUE(db->habitDoneDays(habit).isEmpty());
    EXPECT_TRUE(db->habitLinks(habit).isEmpty());
    db.service().revert(change);
    EXPECT_EQ(doneDays(db, habit), QStringList{QStringLiteral("2026-12-05")});
    EXPECT_EQ(db->habitLinks(habit).size(), 1);
    EXPECT_THROW(db.service().habits().unlink(habit, QStringLiteral("/nowhere")), DbError);
}

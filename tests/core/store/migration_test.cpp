// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "core/board/board.h"
#include "core/plan/weeklyplanner.h"
#include "core/habits/streaks.h"
#include "core/store/schema.h"
#include "core/store/store.h"
#include "storetestaccess.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <algorithm>
#include <gtest/gtest.h>

using namespace jobprep;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Builds a database file from an SQL fixture kept in tests/fixtures.
QString fromFixture(const QTemporaryDir &dir, const QString &fixture)
{
    QFile sql(QStringLiteral(JOBPREP_FIXTURES "/") + fixture);
    EXPECT_TRUE(sql.open(QIODevice::ReadOnly)) << fixture.toStdString();
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    Database db(path, Database::Mode::ReadWriteCreate);
    db.exec(QString::fromUtf8(sql.readAll()));
    return path;
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

TEST(Migration, EverySchemaStepIsKeptAsAFixture)
{
    // One fixture per earlier version: adding a schema step means adding its fixture. A version
    // taken by another line of work (an empty step here) has none of its own.
    for (int v = 1; v < Store::kSchemaVersion; ++v) {
        if (!schema::migrations().at(v - 1).isEmpty()) {
            EXPECT_TRUE(QFile::exists(QStringLiteral(JOBPREP_FIXTURES "/schema-v%1.sql").arg(v))) << v;
        }
    }
}

TEST(Migration, VersionOneFileUpgradesWithoutLosingAnything)
{
    QTemporaryDir dir;
    const QString path = fromFixture(dir, QStringLiteral("schema-v1.sql"));
    Store store(path);
    EXPECT_EQ(test::database(store).pragmaInt(QStringLiteral("user_version")), Store::kSchemaVersion);
    const auto kakao = store.companyByName(QStringLiteral("카카오"));
    ASSERT_TRUE(kakao);
    EXPECT_EQ(kakao->stage, Stage::Applied);
    ASSERT_EQ(kakao->history.size(), 2);
    EXPECT_EQ(kakao->history[1].date, QDate(2026, 10, 5));
    const auto spark = store.task(1);
    ASSERT_TRUE(spark);
    EXPECT_EQ(spark->lineIds, QList<Id>{1});
    EXPECT_EQ(store.task(2)->streak, 12);
    EXPECT_EQ(store.task(2)->pinned, Quadrant::Schedule);
    EXPECT_EQ(store.settings(), Settings()); // the new settings table starts at the defaults
    const Board board = Board::compute(store, QDate(2026, 11, 28));
    EXPECT_EQ(board.totalCount(), 2);
}

TEST(Migration, VersionTwoFileGetsPlacementInputsFromItsOwnSettings)
{
    QTemporaryDir dir;
    const QString path = fromFixture(dir, QStringLiteral("schema-v2.sql"));
    Store store(path);
    EXPECT_EQ(test::database(store).pragmaInt(QStringLiteral("user_version")), Store::kSchemaVersion);
    // Nothing is lost: every task, its links, pins, manual order and the settings.
    EXPECT_EQ(store.tasks().size(), 7);
    EXPECT_EQ(store.task(4)->lineIds, (QList<Id>{1, 3}));
    EXPECT_EQ(store.task(7)->pinned, Quadrant::Drop);
    EXPECT_EQ(store.task(4)->manualOrder, 0);
    EXPECT_EQ(store.settings().importantThreshold, 55);
    // The new columns were computed with the file's settings, not the defaults: the coding test's
    // base is 50 there, plus the requirement bonus and the interest of Kakao (5) and Upstage (2).
    const Settings s = store.settings();
    Statement st = test::database(store).prepare(
        QStringLiteral("SELECT place_importance, place_important, place_deadline FROM tasks WHERE id = 4"));
    ASSERT_TRUE(st.step());
    const int expected = std::clamp(50 + s.requirementBonus + std::min(s.extraPostingMax, s.extraPostingBonus)
                                        + s.interestWeight * (5 - 3), 0, 100);
    EXPECT_EQ(st.int32(0), expected);
    EXPECT_EQ(st.int32(1) != 0, expected >= 55);
    EXPECT_EQ(st.date(2), QDate(2026, 11, 20)); // Upstage's posting closes before the task is due
    EXPECT_EQ(store.placementCacheProblems(), QStringList());
    // The board from the groups and indexes is the board from every task.
    const QDate today(2026, 11, 28);
    const Board full = Board::compute(store, today);
    const Board top = Board::computeTop(store, today, 20);
    for (int q = 1; q <= 4; ++q) {
        const auto quadrant = static_cast<Quadrant>(q);
        ASSERT_EQ(top.pane(quadrant).size(), full.pane(quadrant).size()) << q;
        for (int row = 0; row < full.pane(quadrant).size(); ++row)
            EXPECT_EQ(top.pane(quadrant)[row].task.id, full.pane(quadrant)[row].task.id) << q << " " << row;
    }
    EXPECT_EQ(full.totalCount(), 6);
}

TEST(Migration, VersionThreeFileGetsTheIndexTheWeeklyPlanReadsHabitsBy)
{
    QTemporaryDir dir;
    const QString path = fromFixture(dir, QStringLiteral("schema-v3.sql"));
    Store store(path);
    EXPECT_EQ(test::database(store).pragmaInt(QStringLiteral("user_version")), Store::kSchemaVersion);
    EXPECT_EQ(store.tasks().size(), 7);
    EXPECT_EQ(store.placementCacheProblems(), QStringList());
    Statement st = test::database(store).prepare(
        QStringLiteral("SELECT count(*) FROM tasks INDEXED BY tasks_open_habits WHERE status <> 'done' AND repeat <> 'none'"));
    ASSERT_TRUE(st.step());
    EXPECT_EQ(st.int32(0), 2); // 1일 1커밋, 하루 한 문제
    // The plan read through it is the plan of every task.
    const QDate today(2026, 11, 28);
    const WeeklyPlan fast = WeeklyPlanner::planFromStore(store, today, today);
    const WeeklyPlan full = WeeklyPlanner::plan(WeeklyPlanner::inputFromStore(store, today, today));
    ASSERT_EQ(fast.blockCount(), full.blockCount());
    ASSERT_GT(fast.blockCount(), 0);
    const QList<PlanBlock> a = fast.allBlocks(), b = full.allBlocks();
    for (qsizetype i = 0; i < a.size(); ++i) {
        EXPECT_EQ(a[i].taskId, b[i].taskId);
        EXPECT_EQ(a[i].minutes, b[i].minutes);
        EXPECT_EQ(a[i].title, b[i].title);
    }
    EXPECT_EQ(fast.atRiskTotal, full.atRiskTotal);
    EXPECT_EQ(fast.nextWeekTotal, full.nextWeekTotal);
}

TEST(Migration, VersionFourFileKeepsItsLinesAndTheyGetNoHeadingNoTickAndTheParsersSection)
{
    QTemporaryDir dir;
    const QString path = fromFixture(dir, QStringLiteral("schema-v4.sql"));
    Store store(path);
    EXPECT_EQ(test::database(store).pragmaInt(QStringLiteral("user_version")), Store::kSchemaVersion);
    const auto posting = store.posting(1);
    ASSERT_TRUE(posting);
    ASSERT_EQ(posting->lines.size(), 2);
    for (const PostingLine &l : posting->lines) {
        EXPECT_TRUE(l.heading.isEmpty());
        EXPECT_FALSE(l.met);
        EXPECT_FALSE(l.sectionByUser);
    }
    EXPECT_EQ(posting->lines[0].text, QStringLiteral("Spark 경험 3년 이상"));
    EXPECT_EQ(store.task(4)->lineIds, (QList<Id>{1, 3}));
    EXPECT_EQ(store.lineTasks(1).size(), 3); // tasks 1 and 4 close line 1 (Spark), task 7 line 2
    EXPECT_EQ(store.placementCacheProblems(), QStringList());
    // The new columns take what the app writes, and refuse anything else.
    StoreWriter w = test::writer(store);
    Posting edited = *posting;
    edited.lines[0].section = Section::Eligibility;
    edited.lines[0].met = true;
    edited.lines[0].heading = QStringLiteral("자격요건");
    w.updatePosting(edited);
    EXPECT_EQ(store.posting(1)->lines[0].heading, QStringLiteral("자격요건"));
    EXPECT_TRUE(store.posting(1)->lines[0].met);
    EXPECT_THROW(test::database(store).exec(QStringLiteral("UPDATE posting_lines SET met = 2 WHERE id = 1")), DbError);
}

TEST(Migration, VersionFourFileCarriesEachOpenHabitsStreakOverAsTickedDays)
{
    QTemporaryDir dir;
    const QString path = fromFixture(dir, QStringLiteral("schema-v4.sql"));
    Store store(path);
    EXPECT_EQ(test::database(store).pragmaInt(QStringLiteral("user_version")), Store::kSchemaVersion);
    EXPECT_EQ(store.tasks().size(), 10); // nothing lost, the old chain's done row included
    EXPECT_EQ(store.placementCacheProblems(), QStringList());
    auto days = [&](Id id) {
        QStringList out;
        for (const HabitDay &d : store.habitDays(id)) {
            EXPECT_EQ(d.mark, HabitDay::Mark::Ticked);
            EXPECT_EQ(d.commits, 0);
            out << d.date.toString(Qt::ISODate);
        }
        return out;
    };
    // 1일 1커밋: 12 days before its due date 11-28.
    const QStringList commit = days(2);
    ASSERT_EQ(commit.size(), 12);
    EXPECT_EQ(commit.first(), QStringLiteral("2026-11-16"));
    EXPECT_EQ(commit.last(), QStringLiteral("2026-11-27"));
    EXPECT_EQ(days(4), (QStringList{QStringLiteral("2026-11-26"), QStringLiteral("2026-11-27"), QStringLiteral("2026-11-28")}));
    // Weekly: one day in each of the four weeks before the one it is due in.
    EXPECT_EQ(days(8), (QStringList{QStringLiteral("2026-11-04"), QStringLiteral("2026-11-11"), QStringLiteral("2026-11-18"),
                                    QStringLiteral("2026-11-25")}));
    // No due date: the streak ends on the day its row was last written.
    EXPECT_EQ(days(9), (QStringList{QStringLiteral("2026-11-19"), QStringLiteral("2026-11-20")}));
    EXPECT_TRUE(days(10).isEmpty()); // a done occurrence of the old chain keeps its row only
    // The streaks shown are the ones the file had.
    const QDate today(2026, 11, 28);
    for (const auto &[id, streak] : {std::pair<Id, int>{2, 12}, {4, 3}, {8, 4}}) {
        const Task t = *store.task(id);
        EXPECT_EQ(habits::streaks(store.habitDoneDays(id), t.repeat, today).current, streak) << id;
        EXPECT_EQ(t.streak, streak) << id;
        EXPECT_EQ(habits::liveStreak(t.streak, t.due, t.repeat, today), streak) << id;
    }
}

TEST(Migration, VersionFiveFileKeepsHeadingsTicksAndTheUsersSectionsAndGetsItsHabitsDays)
{
    QTemporaryDir dir;
    const QString path = fromFixture(dir, QStringLiteral("schema-v5.sql"));
    Store store(path);
    EXPECT_EQ(test::database(store).pragmaInt(QStringLiteral("user_version")), Store::kSchemaVersion);
    const auto posting = store.posting(1);
    ASSERT_TRUE(posting);
    ASSERT_EQ(posting->lines.size(), 2);
    EXPECT_EQ(posting->lines[0].heading, QStringLiteral("자격요건"));
    EXPECT_TRUE(posting->lines[0].met);
    EXPECT_FALSE(posting->lines[0].sectionByUser);
    EXPECT_EQ(posting->lines[1].heading, QStringLiteral("우대사항"));
    EXPECT_EQ(posting->lines[1].section, Section::Preferred);
    EXPECT_TRUE(posting->lines[1].sectionByUser);
    EXPECT_EQ(store.lineTasks(1).size(), 3);
    EXPECT_EQ(store.tasks().size(), 10);
    EXPECT_EQ(store.habitDoneDays(2).size(), 12); // 1일 1커밋's streak of 12, as ticked days
    EXPECT_EQ(store.placementCacheProblems(), QStringList());
}

TEST(Migration, VersionSixFileKeepsItsDatabaseIdAccountBusyTimeAndSyncStateAndGetsItsHabitsDays)
{
    QTemporaryDir dir;
    const QString path = fromFixture(dir, QStringLiteral("schema-v6.sql"));
    Store store(path);
    EXPECT_EQ(test::database(store).pragmaInt(QStringLiteral("user_version")), Store::kSchemaVersion);
    EXPECT_EQ(store.databaseId(), QStringLiteral("7fa3c241f7a6cc7f76adaa9805d110cc"));
    const CalendarAccount account = store.calendarAccount();
    EXPECT_EQ(account.url, QStringLiteral("https://dav.example.com/"));
    EXPECT_EQ(account.user, QStringLiteral("jiyoung"));
    EXPECT_EQ(account.weeks, 3);
    EXPECT_EQ(store.busyEvents().size(), 8);
    const QList<CalendarRecord> records = store.calendarRecords(QStringLiteral("https://dav.example.com/calendars/jiyoung/jobprep/"));
    ASSERT_EQ(records.size(), 1);
    EXPECT_EQ(records[0].taskId, 1);
    EXPECT_EQ(store.posting(1)->lines[0].heading, QStringLiteral("자격요건"));
    EXPECT_EQ(store.tasks().size(), 10);
    EXPECT_EQ(store.habitDoneDays(2).size(), 12);
    EXPECT_EQ(store.placementCacheProblems(), QStringList());
}

TEST(Migration, NewerFileIsRefusedAndLeftByteIdentical)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
    {
        Store store(path);
        test::database(store).exec(QStringLiteral("PRAGMA user_version=%1").arg(Store::kSchemaVersion + 5));
    }
    const QByteArray before = fileHash(path);
    try {
        Store store(path);
        FAIL() << "a newer file was opened";
    } catch (const DbError &e) {
        EXPECT_EQ(e.kind(), DbError::Kind::NewerSchema);
        EXPECT_TRUE(e.message().contains(QString::number(Store::kSchemaVersion + 5)));
        EXPECT_TRUE(e.message().contains(QString::number(Store::kSchemaVersion)));
    }
    EXPECT_EQ(fileHash(path), before);
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST(Migration, TextFileIsRefusedAsNotADatabaseAndLeftAlone)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    writeBytes(path, QByteArray("These are my notes, not a database.\n").repeated(200));
    const QByteArray before = fileHash(path);
    try {
        Store store(path);
        FAIL() << "a text file was opened";
    } catch (const DbError &e) {
        EXPECT_EQ(e.kind(), DbError::Kind::NotADatabase);
        EXPECT_TRUE(e.isUnusableDatabase());
    }
    EXPECT_EQ(fileHash(path), before);
}

TEST(Migration, ForeignSqliteFileIsRefused)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    {
        Database db(path, Database::Mode::ReadWriteCreate);
        db.exec(QStringLiteral("CREATE TABLE moz_places(id INTEGER PRIMARY KEY, url TEXT)"));
    }
    const QByteArray before = fileHash(path);
    EXPECT_THROW(Store store(path), DbError);
    EXPECT_EQ(fileHash(path), before);
}

TEST(Migration, VersionFourAndFiveFilesGetADatabaseIdOfTheirOwnAndTheCalendarTables)
{
    // GIVEN two copies of the same file of the current main schema (4), and one of step 5
    QTemporaryDir a, b, c;
    QStringList ids;
    for (const auto &[dir, fixture] : {std::pair{&a, "schema-v4.sql"}, std::pair{&b, "schema-v4.sql"},
                                       std::pair{&c, "schema-v5.sql"}}) {
        const QString path = fromFixture(*dir, QString::fromLatin1(fixture));
        Store store(path);
        EXPECT_EQ(test::database(store).pragmaInt(QStringLiteral("user_version")), Store::kSchemaVersion);
        // THEN nothing is lost, each file has a random id of 32 hex digits, and the calendar is empty
        EXPECT_EQ(store.tasks().size(), 10);
        EXPECT_EQ(store.settings().importantThreshold, 55);
        EXPECT_EQ(store.placementCacheProblems(), QStringList());
        const QString id = store.databaseId();
        EXPECT_TRUE(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(id).hasMatch()) << id.toStdString();
        ids << id;
        EXPECT_TRUE(store.busyEvents().isEmpty());
        EXPECT_TRUE(store.calendarRecords(QStringLiteral("x")).isEmpty());
        EXPECT_FALSE(store.calendarAccount().isSet());
        EXPECT_EQ(store.calendarAccount().weeks, 2);
    }
    EXPECT_NE(ids[0], ids[1]) << "copies of one file upgraded apart are two databases";
    EXPECT_NE(ids[0], ids[2]);
    // A new file gets one at creation, and keeps it when opened again
    QTemporaryDir fresh;
    const QString path = fresh.filePath(QStringLiteral("new.sqlite"));
    QString first;
    {
        Store store(path);
        first = store.databaseId();
        EXPECT_EQ(first.size(), 32);
    }
    Store again(path);
    EXPECT_EQ(again.databaseId(), first);
}

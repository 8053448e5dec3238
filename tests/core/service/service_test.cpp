// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// The service: one announced change set per commit naming the rows it changed, undo and redo as
// exact inverses (the same ids, stamps and links), and the one rule for each transition.
#include "builders.h"
#include "core/domain/limits.h"
#include "core/service/companyservice.h"
#include "core/service/dataservice.h"
#include "core/service/postingservice.h"
#include "core/service/settingsservice.h"
#include "core/service/taskservice.h"
#include "databasedump.h"
#include "tempdb.h"

#include <gtest/gtest.h>

using namespace jobprep;
using namespace jobprep::test;

namespace {

// Every change set the service announces.
struct Announced
{
    explicit Announced(Service &service)
    {
        QObject::connect(&service, &Service::changed, &service, [this](const ChangeSet &c) { sets << c; });
    }
    QList<ChangeSet> sets;
};

QSet<Id> ids(std::initializer_list<Id> list)
{
    return QSet<Id>(list);
}

} // namespace

TEST(Service, AnnouncesEachCommitOnceWithTheRowsItChanged)
{
    TempDb db;
    Announced announced(db.service());
    const Id a = db.service().tasks().add(makeTask(QStringLiteral("a")));
    ASSERT_EQ(announced.sets.size(), 1);
    EXPECT_EQ(announced.sets[0].tasks.added, ids({a}));
    EXPECT_TRUE(announced.sets[0].tasks.changed.isEmpty());
    EXPECT_FALSE(announced.sets[0].beyondTasks());

    db.service().tasks().pin({a}, Quadrant::DoFirst);
    ASSERT_EQ(announced.sets.size(), 2);
    EXPECT_EQ(announced.sets[1].tasks.changed, ids({a}));

    // A pasted posting for a new company: the company, the posting, its lines and the task, in one
    // commit and one announcement.
    Posting p = makePosting(0, QStringLiteral("DE"), {}, {{Section::Requirement, QStringLiteral("Spark")}});
    ProposedTask spark;
    spark.line = 0;
    spark.checked = true;
    spark.title = QStringLiteral("Spark 공부");
    const IntakeResult r = db.service().postings().addWithTasks(QStringLiteral("카카오"), p, {spark});
    ASSERT_EQ(announced.sets.size(), 3);
    const ChangeSet intake = announced.sets[2]; // a copy: the list grows below
    const Id kakao = db->companyByName(QStringLiteral("카카오"))->id;
    EXPECT_EQ(intake.companies.added, ids({kakao}));
    EXPECT_EQ(intake.postings.added, ids({r.postingId}));
    EXPECT_EQ(intake.lines.added.size(), 1);
    EXPECT_EQ(intake.tasks.added, QSet<Id>(r.createdTasks.cbegin(), r.createdTasks.cend()));

    // Deleting the company names what the foreign keys removed or changed with it.
    db.service().tasks().edit([&] {
        Task t = *db->task(a);
        t.companyId = kakao;
        return t;
    }());
    db.service().companies().remove(kakao);
    ASSERT_EQ(announced.sets.size(), 5);
    const ChangeSet removed = announced.sets[4];
    EXPECT_EQ(removed.companies.removed, ids({kakao}));
    EXPECT_EQ(removed.postings.removed, ids({r.postingId}));
    EXPECT_EQ(removed.lines.removed, intake.lines.added);
    EXPECT_EQ(removed.tasks.changed, (QSet<Id>{a, r.createdTasks[0]})); // unlinked, company gone
    EXPECT_TRUE(removed.beyondTasks());

    // A write the store refuses announces nothing.
    Task bad = makeTask(QStringLiteral("bad"));
    bad.estimateHours = 0;
    EXPECT_THROW(db.service().tasks().add(bad), DbError);
    EXPECT_EQ(announced.sets.size(), 5);
}

TEST(Service, RevertWritesTheRowsBackWithTheirIdsAndReapplyWritesThemAgain)
{
    TempDb db;
    const Id naver = db.w().addCompany(makeCompany(QStringLiteral("네이버"), 4, Stage::Applied));
    const Id posting = db.w().addPosting(makePosting(
        naver, QStringLiteral("AI"), db.today().addDays(9),
        {{Section::Requirement, QStringLiteral("PyTorch")}, {Section::Preferred, QStringLiteral("논문")}}));
    Task t = makeTask(QStringLiteral("PyTorch 스터디"));
    t.companyId = naver;
    t.lineIds = lineIds(db.store(), posting, Section::Requirement);
    const Id task = db.w().addTask(t);
    const QString before = dumpDatabase(db.store());

    Change change;
    db.service().companies().remove(naver, &change);
    const QString after = dumpDatabase(db.store());
    ASSERT_NE(after, before);
    db.service().revert(change);
    EXPECT_EQ(dumpDatabase(db.store()), before); // the same ids, stamps, history, lines and links
    EXPECT_EQ(db->task(task)->companyId, naver);
    db.service().reapply(change);
    EXPECT_EQ(dumpDatabase(db.store()), after);
}

TEST(Service, UndoOfAStageChangeRemovesTheHistoryEntryItAdded)
{
    TempDb db;
    const Id toss = db.w().addCompany(makeCompany(QStringLiteral("토스"), 3, Stage::Interested));
    Change change;
    db.service().companies().setStage(toss, Stage::CodingTest, &change);
    ASSERT_EQ(db->company(toss)->history.size(), 2);
    db.service().revert(change);
    const Company back = *db->company(toss);
    EXPECT_EQ(back.stage, Stage::Interested);
    ASSERT_EQ(back.history.size(), 1);
    EXPECT_EQ(back.history[0].stage, Stage::Interested);
}

TEST(Service, AnUndoOverAValueChangedElsewhereIsRefusedAndWritesNothing)
{
    TempDb db;
    const Id id = db.w().addTask(makeTask(QStringLiteral("a")));
    Change change;
    db.service().tasks().pin({id}, Quadrant::Schedule, &change);
    // Another process (another connection to the file) edits the task: its title, which the undo
    // leaves alone, and then its pin, which the undo would write over.
    Store other(db.path());
    Task t = *other.task(id);
    t.title = QStringLiteral("edited elsewhere");
    writer(other).updateTask(t);
    Change titleOnly = change;
    db.service().revert(titleOnly); // only the pin goes back; their title stays
    EXPECT_EQ(db->task(id)->pinned, Quadrant::None);
    EXPECT_EQ(db->task(id)->title, QStringLiteral("edited elsewhere"));
    db.service().reapply(change);
    writer(other).pinTasks({id}, Quadrant::Limit);
    const QString now = dumpDatabase(db.store());
    try {
        db.service().revert(change);
        FAIL() << "an undo wrote over another process's change";
    } catch (const DbError &e) {
        EXPECT_EQ(e.kind(), DbError::Kind::Conflict);
        EXPECT_TRUE(e.message().contains(QStringLiteral("tasks"))) << e.message().toStdString();
    }
    EXPECT_EQ(dumpDatabase(db.store()), now);
    EXPECT_EQ(db->task(id)->pinned, Quadrant::Limit);
}

TEST(Service, DoneInAnEditIsTheSameTransitionAsDoneAnywhere)
{
    TempDb db;
    Task habit = makeTask(QStringLiteral("1일 1커밋"), Kind::Community, db.today(), 0.5);
    habit.repeat = Repeat::Daily;
    habit.streak = 2;
    const Id id = db.w().addTask(habit);
    Task edited = *db->task(id);
    edited.status = Status::Done;
    edited.notes = QStringLiteral("written in the editor");
    db.service().tasks().edit(edited);
    // A habit stays open with today ticked, at its next occurrence.
    const Task ticked = *db->task(id);
    EXPECT_TRUE(ticked.isOpen());
    EXPECT_EQ(ticked.streak, 3);
    EXPECT_EQ(ticked.due, db.today().addDays(1));
    EXPECT_EQ(ticked.notes, QStringLiteral("written in the editor"));
    EXPECT_EQ(db->tasks(true).size(), 1);

    Task plain = makeTask(QStringLiteral("Spark 스터디"));
    const Id plainId = db.w().addTask(plain);
    Task marked = *db->task(plainId);
    marked.status = Status::Done;
    db.service().tasks().edit(marked);
    const Task done = *db->task(plainId);
    EXPECT_EQ(done.status, Status::Done);
    EXPECT_EQ(done.doneOn, db.today());
    const Id id2 = plainId;

    // Open again from the editor: no done date left behind.
    Task reopened = done;
    reopened.status = Status::Doing;
    db.service().tasks().edit(reopened);
    EXPECT_EQ(db->task(id2)->status, Status::Doing);
    EXPECT_FALSE(db->task(id2)->doneOn.isValid());
}

TEST(Service, ANewQuadrantInAnEditForgetsTheManualOrder)
{
    TempDb db;
    const Id a = db.w().addTask(makeTask(QStringLiteral("a"), Kind::Project));
    const Id b = db.w().addTask(makeTask(QStringLiteral("b"), Kind::Project));
    db.service().tasks().reorder({b, a});
    Task t = *db->task(a);
    t.title = QStringLiteral("a, renamed");
    db.service().tasks().edit(t);
    EXPECT_EQ(db->task(a)->manualOrder, 1); // same pane: kept
    t = *db->task(a);
    t.pinned = Quadrant::Limit;
    db.service().tasks().edit(t);
    EXPECT_FALSE(db->task(a)->manualOrder.has_value());
}

TEST(Service, EstimatesUpToTheOneLimitAreKept)
{
    TempDb db;
    Task big = makeTask(QStringLiteral("대학원 논문"), Kind::Project, {}, limits::kMaxEstimateHours);
    const Id id = db.service().tasks().add(big);
    EXPECT_DOUBLE_EQ(db->task(id)->estimateHours, 1000);
    big.estimateHours = limits::kMaxEstimateHours + 0.5;
    EXPECT_THROW(db.service().tasks().add(big), DbError);
    Task old = makeTask(QStringLiteral("old"), Kind::Study, QDate(1899, 12, 31));
    EXPECT_THROW(db.service().tasks().add(old), DbError);
}

TEST(Service, AHabitAddedWithoutADueDateStartsToday)
{
    TempDb db;
    Task habit = makeTask(QStringLiteral("영어 단어"), Kind::Study);
    habit.repeat = Repeat::Weekly;
    const Id id = db.service().tasks().add(habit);
    EXPECT_EQ(db->task(id)->due, db.today());
}

TEST(Service, AnImportIsAnnouncedAsEverythingAndTheExamplePlanOnlyFillsAnEmptyFile)
{
    TempDb db;
    Announced announced(db.service());
    db.service().data().importJson(QByteArray(
        R"({"companies":[{"name":"토스"}],"postings":[],"tasks":[{"title":"SQL","company":"토스"}]})"));
    ASSERT_EQ(announced.sets.size(), 1);
    EXPECT_TRUE(announced.sets[0].everything);
    EXPECT_THROW(db.service().data().addExamplePlan(), DbError);
    EXPECT_EQ(db->tasks(true).size(), 1);
}

TEST(Service, WritesOfAnotherProcessAreNoticedAndItsOwnAreNot)
{
    TempDb db;
    Announced announced(db.service());
    db.service().tasks().add(makeTask(QStringLiteral("mine")));
    EXPECT_FALSE(db.service().checkForOtherWriters());
    ASSERT_EQ(announced.sets.size(), 1);
    {
        Store other(db.path());
        writer(other).addTask(makeTask(QStringLiteral("theirs")));
    }
    EXPECT_TRUE(db.service().checkForOtherWriters());
    ASSERT_EQ(announced.sets.size(), 2);
    EXPECT_TRUE(announced.sets[1].everything);
    EXPECT_EQ(announced.sets[1].origin, ChangeSet::Origin::OtherProcess);
    EXPECT_FALSE(db.service().checkForOtherWriters()); // once
}

TEST(Service, SavingTheSameSettingsWritesNothingAndNewOnesMovePlacement)
{
    TempDb db;
    db.w().addTask(makeTask(QStringLiteral("SQLD"), Kind::Certificate));
    Announced announced(db.service());
    Change change;
    db.service().settings().save(db->settings(), &change);
    EXPECT_TRUE(change.isEmpty());
    EXPECT_TRUE(announced.sets.isEmpty());
    Settings s = db->settings();
    s.kindBase[int(Kind::Certificate)] = 90;
    db.service().settings().save(s, &change);
    ASSERT_EQ(announced.sets.size(), 1);
    EXPECT_TRUE(announced.sets[0].settings);
    EXPECT_TRUE(announced.sets[0].beyondTasks());
}

// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "builders.h"
#include "tempdb.h"

#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace jobprep;
using namespace jobprep::test;

TEST(Store, CompanyRoundTripsWithKoreanNameAndHistory)
{
    TempDb db;
    Company c = makeCompany(QStringLiteral("카카오"), 5, Stage::Preparing);
    c.website = QStringLiteral("https://careers.kakao.com");
    c.codingTestNotes = QStringLiteral("구현, 문자열 위주");
    const Id id = db.w().addCompany(c);
    db.reopen();
    const auto back = db->company(id);
    ASSERT_TRUE(back);
    EXPECT_EQ(back->name, QStringLiteral("카카오"));
    EXPECT_EQ(back->stage, Stage::Preparing);
    EXPECT_EQ(back->interest, 5);
    EXPECT_EQ(back->codingTestNotes, QStringLiteral("구현, 문자열 위주"));
    ASSERT_EQ(back->history.size(), 1);
    EXPECT_EQ(back->history[0].date, db.today());
}

TEST(Store, CompanyNamesAreUniqueIgnoringCase)
{
    TempDb db;
    db.w().addCompany(makeCompany(QStringLiteral("Toss")));
    EXPECT_THROW(db.w().addCompany(makeCompany(QStringLiteral("TOSS"))), DbError);
    EXPECT_TRUE(db->companyByName(QStringLiteral("toss")));
    EXPECT_EQ(db->companies().size(), 1);
}

TEST(Store, StageChangesAreRecordedWithTheirDate)
{
    TempDb db;
    const Id id = db.w().addCompany(makeCompany(QStringLiteral("Naver")));
    Company c = *db->company(id);
    c.stage = Stage::Applied;
    db.w().setClock([] { return QDateTime(QDate(2026, 12, 3), QTime(9, 0)); });
    db.w().updateCompany(c);
    c.interest = 4; // no stage change: no new history entry
    db.w().updateCompany(c);
    const auto back = db->company(id);
    ASSERT_EQ(back->history.size(), 2);
    EXPECT_EQ(back->history[1].stage, Stage::Applied);
    EXPECT_EQ(back->history[1].date, QDate(2026, 12, 3));
}

TEST(Store, TaskRoundTripsEveryField)
{
    TempDb db;
    const Id company = db.w().addCompany(makeCompany(QStringLiteral("Kakao")));
    const Id posting = db.w().addPosting(makePosting(company, QStringLiteral("Data Engineer"), QDate(2026, 12, 10),
                                                  {{Section::Requirement, QStringLiteral("Spark 경험")},
                                                   {Section::Preferred, QStringLiteral("Airflow")}}));
    Task t = makeTask(QStringLiteral("Spark 스터디"), Kind::Study, QDate(2026, 12, 5), 3.5);
    t.notes = QStringLiteral("RDD → DataFrame");
    t.companyId = company;
    t.lineIds = lineIds(db.store(), posting, Section::Requirement);
    t.repeat = Repeat::Weekly;
    t.streak = 2;
    t.pinned = Quadrant::Limit;
    t.status = Status::Doing;
    const Id id = db.w().addTask(t);
    db.reopen();
    const auto back = db->task(id);
    ASSERT_TRUE(back);
    EXPECT_EQ(back->title, t.title);
    EXPECT_EQ(back->kind, Kind::Study);
    EXPECT_EQ(back->notes, t.notes);
    EXPECT_EQ(back->due, t.due);
    EXPECT_DOUBLE_EQ(back->estimateHours, 3.5);
    EXPECT_EQ(back->status, Status::Doing);
    EXPECT_EQ(back->companyId, company);
    EXPECT_EQ(back->lineIds, t.lineIds);
    EXPECT_EQ(back->repeat, Repeat::Weekly);
    EXPECT_EQ(back->streak, 2);
    EXPECT_EQ(back->pinned, Quadrant::Limit);
    EXPECT_EQ(back->created.date(), db.today());
}

TEST(Store, DeletingACompanyKeepsItsTasksButUnlinksThem)
{
    TempDb db;
    const Id company = db.w().addCompany(makeCompany(QStringLiteral("Line")));
    const Id posting = db.w().addPosting(
        makePosting(company, QStringLiteral("MLE"), {}, {{Section::Requirement, QStringLiteral("PyTorch")}}));
    Task t = makeTask(QStringLiteral("PyTorch"));
    t.companyId = company;
    t.lineIds = lineIds(db.store(), posting, Section::Requirement);
    const Id id = db.w().addTask(t);
    db.w().deleteCompany(company);
    const auto back = db->task(id);
    ASSERT_TRUE(back);
    EXPECT_EQ(back->companyId, 0);
    EXPECT_TRUE(back->lineIds.isEmpty());
    EXPECT_FALSE(db->posting(posting));
}

TEST(Store, LinkToAMissingLineIsRefusedAndNothingIsWritten)
{
    TempDb db;
    Task t = makeTask(QStringLiteral("x"));
    t.lineIds = {999};
    EXPECT_THROW(db.w().addTask(t), DbError);
    EXPECT_TRUE(db->tasks().isEmpty());
}

TEST(Store, ForeignKeysAreEnforcedBySqlite)
{
    TempDb db;
    Database &raw = database(db.store());
    EXPECT_EQ(raw.pragmaInt(QStringLiteral("foreign_keys")), 1);
    EXPECT_THROW(raw.exec(QStringLiteral("INSERT INTO postings(company_id, title, role, created_at) "
                                         "VALUES(42, 't', 'other', 'now')")),
                 DbError);
}

TEST(Store, FileIsWalWithOurApplicationIdAndVersion)
{
    TempDb db;
    Database &raw = database(db.store());
    EXPECT_EQ(raw.pragmaInt(QStringLiteral("application_id")), Store::kApplicationId);
    EXPECT_EQ(raw.pragmaInt(QStringLiteral("user_version")), Store::kSchemaVersion);
    Statement st = raw.prepare(QStringLiteral("PRAGMA journal_mode"));
    ASSERT_TRUE(st.step());
    EXPECT_EQ(st.text(0), QStringLiteral("wal"));
}

TEST(Store, ValidationNamesTheField)
{
    TempDb db;
    Task t = makeTask(QString(300 + 1, QLatin1Char('x')));
    try {
        db.w().addTask(t);
        FAIL() << "a 301-character title was accepted";
    } catch (const DbError &e) {
        EXPECT_TRUE(e.message().contains(QStringLiteral("title"))) << e.message().toStdString();
    }
    t = makeTask(QStringLiteral("ok"), Kind::Study, {}, -1);
    try {
        db.w().addTask(t);
        FAIL() << "a negative estimate was accepted";
    } catch (const DbError &e) {
        EXPECT_TRUE(e.message().contains(QStringLiteral("estimate"))) << e.message().toStdString();
    }
    EXPECT_THROW(db.w().addCompany(makeCompany(QStringLiteral("x"), 6)), DbError);
    EXPECT_TRUE(db->tasks().isEmpty());
}

TEST(Store, ATransactionThatThrowsLeavesNothingBehind)
{
    TempDb db;
    EXPECT_THROW(db.w().transaction([&] {
        db.w().addCompany(makeCompany(QStringLiteral("A")));
        db.w().addTask(makeTask(QStringLiteral("t")));
        throw DbError(DbError::Kind::Invalid, QStringLiteral("stop"));
    }),
                 DbError);
    EXPECT_TRUE(db->companies().isEmpty());
    EXPECT_TRUE(db->tasks().isEmpty());
}

TEST(Store, PostingLinesKeepTheirIdsWhenEdited)
{
    TempDb db;
    const Id company = db.w().addCompany(makeCompany(QStringLiteral("Coupang")));
    const Id id = db.w().addPosting(makePosting(company, QStringLiteral("DE"), {},
                                             {{Section::Duty, QStringLiteral("ETL")},
                                              {Section::Requirement, QStringLiteral("SQL")}}));
    Posting p = *db->posting(id);
    const Id sqlLine = p.lines[1].id;
    Task t = makeTask(QStringLiteral("SQL"));
    t.lineIds = {sqlLine};
    const Id task = db.w().addTask(t);
    p.lines[1].text = QStringLiteral("SQL 능숙");
    p.lines.removeFirst();
    p.lines.append({0, Section::Preferred, QStringLiteral("dbt")});
    db.w().updatePosting(p);
    const Posting back = *db->posting(id);
    ASSERT_EQ(back.lines.size(), 2);
    EXPECT_EQ(back.lines[0].id, sqlLine);
    EXPECT_EQ(back.lines[0].text, QStringLiteral("SQL 능숙"));
    EXPECT_EQ(db->task(task)->lineIds, QList<Id>{sqlLine});
}

TEST(Store, HabitDoneOnTimeTicksTodayAndMovesToItsNextOccurrence)
{
    TempDb db;
    Task t = makeTask(QStringLiteral("1일 1커밋"), Kind::Project, db.today(), 0.5);
    t.repeat = Repeat::Daily;
    t.streak = 4; // a streak number given to a new habit stands for the four days before it is due
    const Id id = db.w().addTask(t);
    EXPECT_EQ(db->habitDoneDays(id).size(), 4);
    EXPECT_EQ(db->habitDoneDays(id).first(), db.today().addDays(-4));
    db.w().completeTask(id, db.today());
    const Task after = *db->task(id);
    EXPECT_EQ(after.status, Status::Todo); // the habit stays, one row
    EXPECT_EQ(after.streak, 5);
    EXPECT_EQ(after.due, db.today().addDays(1));
    EXPECT_EQ(db->tasks().size(), 1);
}

TEST(Store, HabitDoneLateStartsTheStreakOver)
{
    TempDb db;
    Task t = makeTask(QStringLiteral("주간 회고"), Kind::Community, db.today().addDays(-10), 1);
    t.repeat = Repeat::Weekly;
    t.streak = 6; // six weeks up to 17 days ago: last week was missed
    const Id id = db.w().addTask(t);
    db.w().completeTask(id, db.today());
    EXPECT_EQ(db->task(id)->streak, 1);
    EXPECT_EQ(db->task(id)->due, db.today().addDays(7));
}

TEST(Store, PlainTaskDoneMakesNoNextOccurrence)
{
    TempDb db;
    const Id id = db.w().addTask(makeTask(QStringLiteral("once")));
    db.w().completeTask(id, db.today());
    EXPECT_EQ(db->task(id)->status, Status::Done);
    EXPECT_EQ(db->tasks().size(), 1);
    db.w().reopenTask(id);
    EXPECT_EQ(db->task(id)->status, Status::Todo);
    EXPECT_FALSE(db->task(id)->doneOn.isValid());
}

TEST(Store, SettingsAreSharedThroughTheFile)
{
    TempDb db;
    Settings s = db->settings();
    EXPECT_EQ(s, Settings());
    s.capacityHours[0] = 1.5;
    s.urgencyWindowDays = 5;
    db.w().saveSettings(s);
    db.reopen();
    EXPECT_EQ(db->settings(), s);
}

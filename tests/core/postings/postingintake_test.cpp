// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "builders.h"
#include "core/board/board.h"
#include "core/postings/postingintake.h"
#include "core/postings/postingparser.h"
#include "core/postings/readiness.h"
#include "core/service/postingservice.h"
#include "tempdb.h"

#include <gtest/gtest.h>

using namespace jobprep;
using namespace jobprep::test;

namespace {

QString u(const char *s) { return QString::fromUtf8(s); }

// Parses text into a posting of the company and stores it with its default proposals.
IntakeResult paste(TempDb &db, Id company, const char *title, const char *text, const QDate &deadline = {},
                   bool withPreferred = false)
{
    const ParseResult parsed = PostingParser().parse(u(text));
    EXPECT_TRUE(parsed.ok());
    Posting p;
    p.companyId = company;
    p.title = u(title);
    p.deadline = deadline;
    p.rawText = u(text);
    for (const ParsedLine &l : parsed.lines)
        p.lines.append({0, l.section, l.text});
    QList<ProposedTask> proposals = TaskProposer().propose(p.lines, db->tasks(false));
    for (ProposedTask &t : proposals)
        t.checked = t.checked || withPreferred;
    return db.service().postings().addWithTasks(p, proposals);
}

} // namespace

// Proposing reads only until each skill has its oldest task and skips titles without a word of the
// skill's spellings: it must link exactly the task the rule names, from the store as from a list.
TEST(TaskProposer, ReadingTheStoreProposesWhatTheWholeListProposes)
{
    TempDb db;
    // The oldest tasks, with spellings whose separators differ from the dictionary's ("추천 시스템",
    // "machine learning", "Big Query", "ML Ops"): the pattern finds them, so the shortcut must not
    // skip them. Then many more tasks for the same skills.
    for (const char *title : {"추천시스템 토이 프로젝트", "machine-learning 기초 복습", "빅 쿼리 SQL 연습", "Big  Query 파티션",
                              "R 언어 통계 복습", "ml ops 파이프라인 정리", "딥러닝 논문 읽기"})
        db.w().addTask(makeTask(u(title)));
    importGenerated(db.store(), 3000, 11, db.today());
    const Id done = db.w().addTask(makeTask(u("Rust 러스트 입문")));
    db.w().completeTask(done, db.today());
    const TaskProposer proposer;
    // What the rule says, the slow way: the oldest open task whose title names the skill.
    auto oldestFor = [&](const QString &skill) -> Id {
        for (const Task &t : db->tasks(false)) // in id order
            if (proposer.skillsOf(t).contains(skill))
                return t.id;
        return 0;
    };
    auto expectTheRule = [&](const std::initializer_list<const char *> &texts) {
        QList<PostingLine> lines;
        for (const char *text : texts)
            lines.append({0, Section::Requirement, u(text)});
        lines.append({0, Section::Preferred, u("Kubernetes 운영 경험")});
        const QList<ProposedTask> fromList = proposer.propose(lines, db->tasks(false));
        const QList<ProposedTask> fromStore = proposer.propose(lines, db.store());
        EXPECT_EQ(fromStore.size(), fromList.size());
        if (fromStore.size() != fromList.size())
            return 0;
        int linked = 0;
        for (int i = 0; i < fromList.size(); ++i) {
            const ProposedTask &a = fromList[i], &b = fromStore[i];
            EXPECT_EQ(b.line, a.line);
            EXPECT_EQ(b.skill, a.skill) << i;
            EXPECT_EQ(b.title, a.title) << i;
            EXPECT_EQ(b.kind, a.kind) << i;
            EXPECT_EQ(b.checked, a.checked) << i;
            EXPECT_EQ(b.existingTaskId, a.existingTaskId) << a.skill.toStdString();
            EXPECT_EQ(b.existingTitle, a.existingTitle) << a.skill.toStdString();
            EXPECT_EQ(a.existingTaskId, a.skill.isEmpty() ? 0 : oldestFor(a.skill)) << a.skill.toStdString();
            linked += a.existingTaskId != 0;
            if (a.skill == u("Rust")) {
                EXPECT_EQ(a.existingTaskId, 0); // its task is done: a new one is proposed
            }
        }
        return linked;
    };
    // Without a one-letter skill, whose word ("r") is in most titles and would hide a wrong shortcut.
    EXPECT_GE(expectTheRule({"추천 시스템 개발 경험", "Machine Learning 기본 이해", "BigQuery 활용 경험", "MLOps 경험",
                             "Spark 기반 대용량 처리", "Rust 경험", "Haskell 로 함수형 프로그래밍", "커뮤니케이션 능력",
                             "딥 러닝 프레임워크 경험", "A/B 테스트 설계"}),
              6);
    EXPECT_GE(expectTheRule({"R 또는 Python 사용", "SQL 능숙", "Rust 경험"}), 2);
}

TEST(TaskProposer, GuessesKindFromTheLine)
{
    EXPECT_EQ(TaskProposer::guessKind(u("Spark 기반 파이프라인 구축 경험")), Kind::Project);
    EXPECT_EQ(TaskProposer::guessKind(u("포트폴리오 제출")), Kind::Project);
    EXPECT_EQ(TaskProposer::guessKind(u("Shipped ML models to production")), Kind::Project);
    EXPECT_EQ(TaskProposer::guessKind(u("3+ years of experience with Python")), Kind::Project);
    EXPECT_EQ(TaskProposer::guessKind(u("자료구조와 알고리즘에 대한 이해")), Kind::CodingTest);
    EXPECT_EQ(TaskProposer::guessKind(u("코딩테스트 경험")), Kind::CodingTest); // coding test wins over 경험
    EXPECT_EQ(TaskProposer::guessKind(u("Strong knowledge of data structures")), Kind::CodingTest);
    EXPECT_EQ(TaskProposer::guessKind(u("통계 지식")), Kind::Study);
    EXPECT_EQ(TaskProposer::guessKind(u("Solid foundation in statistics")), Kind::Study);
}

TEST(TaskProposer, RequirementsTickedPreferredUntickedOthersNotProposed)
{
    const QList<PostingLine> lines{{0, Section::Duty, u("Spark 파이프라인 운영")},
                                   {0, Section::Requirement, u("파이썬 능숙")},
                                   {0, Section::Preferred, u("Kafka 경험")},
                                   {0, Section::Other, u("SQL 교육 지원")}};
    const QList<ProposedTask> p = TaskProposer().propose(lines, {});
    ASSERT_EQ(p.size(), 2);
    EXPECT_EQ(p[0].line, 1);
    EXPECT_TRUE(p[0].checked);
    EXPECT_EQ(p[0].skill, u("Python"));
    EXPECT_EQ(p[0].kind, Kind::Study);
    EXPECT_EQ(p[1].line, 2);
    EXPECT_FALSE(p[1].checked);
    EXPECT_EQ(p[1].kind, Kind::Project);
}

TEST(TaskProposer, LongLinesGetShortTitlesThatKeepTheSkill)
{
    const QString longLine = QString(u("대규모 트래픽 환경에서 ")).repeated(10) + u("Kafka 운영 경험");
    const QString title = TaskProposer().titleFor(longLine, u("Kafka"));
    EXPECT_LE(title.size(), TaskProposer::kMaxTitle);
    // The cut lost "Kafka" from the end of the line: it is put in front, inside the template.
    EXPECT_TRUE(title.startsWith(u("포트폴리오 프로젝트: Kafka: "))) << title.toStdString();
    EXPECT_TRUE(title.endsWith(u("…"))) << title.toStdString();
    EXPECT_TRUE(SkillDictionary::builtIn().find(title).contains(u("Kafka")));
}

TEST(PostingIntake, StoresPostingLinesAndTasksTogether)
{
    TempDb db;
    const Id kakao = db.w().addCompany(makeCompany(u("카카오"), 4));
    const IntakeResult r = paste(db, kakao, "데이터 엔지니어",
                                 "자격요건\n- Spark 경험\n- 파이썬 능숙\n우대사항\n- Kafka 경험\n복리후생\n- 점심 제공\n");
    const Posting p = *db->posting(r.postingId);
    ASSERT_EQ(p.lines.size(), 4);
    EXPECT_EQ(p.lines[3].section, Section::Other);
    EXPECT_FALSE(p.rawText.isEmpty());
    ASSERT_EQ(r.createdTasks.size(), 2); // the preferred line is not ticked by default
    const Task spark = *db->task(r.createdTasks[0]);
    EXPECT_EQ(spark.title, u("포트폴리오 프로젝트: Spark 활용"));
    EXPECT_EQ(spark.kind, Kind::Project);
    EXPECT_EQ(spark.companyId, kakao);
    EXPECT_EQ(spark.lineIds, QList<Id>{p.lines[0].id});
}

TEST(PostingIntake, OneSparkTaskClosesTheRequirementsOfThreePostings)
{
    TempDb db;
    const QDate today = db.today();
    const Id a = db.w().addCompany(makeCompany(u("카카오")));
    const Id b = db.w().addCompany(makeCompany(u("네이버")));
    const Id c = db.w().addCompany(makeCompany(u("토스")));
    const IntakeResult first = paste(db, a, "DE", "자격요건\n- Spark 파이프라인 구축 경험\n", today.addDays(30));
    ASSERT_EQ(first.createdTasks.size(), 1);
    const Id spark = first.createdTasks[0];
    const int importanceOne = Board::compute(db.store(), today).find(spark)->placement.importance;

    const IntakeResult second = paste(db, b, "DE", "자격요건\n- 스파크를 활용한 대용량 처리\n- SQL 능숙\n", today.addDays(20));
    EXPECT_EQ(second.linkedTasks, QList<Id>{spark});
    EXPECT_EQ(second.createdTasks.size(), 1); // SQL is new
    const IntakeResult third = paste(db, c, "MLE", "Requirements\n- Experience with Apache Spark\n", today.addDays(5));
    EXPECT_EQ(third.linkedTasks, QList<Id>{spark});
    EXPECT_TRUE(third.createdTasks.isEmpty());

    const Task t = *db->task(spark);
    EXPECT_EQ(t.lineIds.size(), 3);
    int sparkTasks = 0;
    for (const Task &x : db->tasks())
        sparkTasks += SkillDictionary::builtIn().find(x.title).contains(u("Spark"));
    EXPECT_EQ(sparkTasks, 1);
    // Its importance rises with the demand, and the nearest posting deadline drives its urgency.
    const Board board = Board::compute(db.store(), today);
    const PlacedTask *placed = board.find(spark);
    EXPECT_EQ(placed->placement.importance - importanceOne, 2 * db->settings().extraPostingBonus);
    EXPECT_EQ(placed->placement.effectiveDeadline, today.addDays(5));
}

TEST(PostingIntake, SameSkillTwiceInOnePostingMakesOneTaskAndDoneTasksAreNotReused)
{
    TempDb db;
    const Id a = db.w().addCompany(makeCompany(u("당근")));
    Task done = makeTask(u("Kafka 공부"));
    const Id doneId = db.w().addTask(done);
    db.w().completeTask(doneId, db.today());
    const IntakeResult r = paste(db, a, "DE", "자격요건\n- Kafka 운영 경험\n- 카프카 스트림즈 이해\n- 통계 지식\n");
    ASSERT_EQ(r.createdTasks.size(), 2);
    EXPECT_TRUE(r.linkedTasks.isEmpty());
    EXPECT_EQ(db->task(r.createdTasks[0])->lineIds.size(), 2);
    EXPECT_EQ(db->task(doneId)->lineIds.size(), 0);
}

TEST(PostingIntake, FailureWritesNothing)
{
    TempDb db;
    const Id a = db.w().addCompany(makeCompany(u("쿠팡")));
    Posting p = makePosting(a, u("DA"), {}, {{Section::Requirement, u("SQL")}});
    ProposedTask bad;
    bad.line = 0;
    bad.checked = true;
    bad.title = u("SQL");
    bad.existingTaskId = 999; // vanished meanwhile
    EXPECT_THROW(db.service().postings().addWithTasks(p, {bad}), DbError);
    EXPECT_TRUE(db->postings().isEmpty());
    EXPECT_TRUE(db->tasks().isEmpty());
}

TEST(Readiness, CountsRequirementLinesClosedByDoneTasks)
{
    TempDb db;
    const QDate today = db.today();
    const Id a = db.w().addCompany(makeCompany(u("카카오")));
    const IntakeResult open = paste(db, a, "DE", "자격요건\n- Spark 경험\n- SQL 능숙\n- 통계 지식\n- Docker\n우대사항\n- Kafka\n",
                                    today.addDays(10));
    const IntakeResult closed = paste(db, a, "old", "자격요건\n- Airflow\n- Hive\n", today.addDays(-1));
    ASSERT_EQ(open.createdTasks.size(), 4);
    db.w().completeTask(open.createdTasks[0], today); // Spark
    db.w().completeTask(open.createdTasks[1], today); // SQL
    db.w().completeTask(closed.createdTasks[0], today);

    ReadinessReport r = ReadinessReport::compute(db.store(), today);
    EXPECT_EQ(r.posting(open.postingId).requirementLines, 4); // the preferred line does not count
    EXPECT_EQ(r.posting(open.postingId).requirementLinesDone, 2);
    EXPECT_DOUBLE_EQ(r.posting(open.postingId).readiness(), 0.5);
    EXPECT_DOUBLE_EQ(r.posting(closed.postingId).readiness(), 0.5);
    // The company counts its open postings only; the closed one is still listed as a posting.
    EXPECT_EQ(r.company(a).requirementLines, 4);
    EXPECT_EQ(r.company(a).requirementLinesDone, 2);
    EXPECT_EQ(r.company(a).postings, 2);
    EXPECT_EQ(r.company(a).nearestDeadline, today.addDays(10));

    // A second posting's line linked to the done Spark task is ready at once; reopening undoes it.
    const Id b = db.w().addCompany(makeCompany(u("네이버")));
    const IntakeResult other = paste(db, b, "DE", "자격요건\n- Spark\n- Python\n", today.addDays(3));
    EXPECT_TRUE(other.linkedTasks.isEmpty()); // the Spark task is done: a new one is proposed
    Task spark = *db->task(open.createdTasks[0]);
    spark.lineIds << lineIds(db.store(), other.postingId, Section::Requirement)[0];
    db.w().updateTask(spark);
    r = ReadinessReport::compute(db.store(), today);
    EXPECT_DOUBLE_EQ(r.posting(other.postingId).readiness(), 0.5);
    db.w().reopenTask(spark.id);
    r = ReadinessReport::compute(db.store(), today);
    EXPECT_EQ(r.posting(other.postingId).requirementLinesDone, 0);
    EXPECT_EQ(r.posting(open.postingId).requirementLinesDone, 1);
}

TEST(TaskProposer, EitherSkillOfAOneOfLineLinksToAnOpenTask)
{
    TempDb db;
    const Id pytorch = db.w().addTask(makeTask(u("PyTorch 튜토리얼 정리")));
    const QList<PostingLine> lines{{0, Section::Requirement, u("TensorFlow 또는 PyTorch 사용 경험")},
                                   {0, Section::Requirement, u("TensorFlow 사용 경험")},
                                   {0, Section::Preferred, u("Java, Scala 중 하나 이상")}};
    const QList<ProposedTask> p = TaskProposer().propose(lines, db.store());
    ASSERT_EQ(p.size(), 3);
    // TensorFlow comes first, but a PyTorch task already closes the line.
    EXPECT_EQ(p[0].alternatives, (QStringList{u("TensorFlow"), u("PyTorch")}));
    EXPECT_EQ(p[0].existingTaskId, pytorch);
    EXPECT_EQ(p[0].skill, u("PyTorch"));
    // A line that asks for TensorFlow alone is not closed by the PyTorch task.
    EXPECT_TRUE(p[1].alternatives.isEmpty());
    EXPECT_EQ(p[1].existingTaskId, 0);
    EXPECT_EQ(p[1].skill, u("TensorFlow"));
    EXPECT_EQ(p[2].alternatives, (QStringList{u("Java"), u("Scala")}));
    EXPECT_EQ(p[2].existingTaskId, 0);
    // Stored, the one-of line joins the PyTorch task instead of creating a TensorFlow one.
    Posting posting = makePosting(db.w().addCompany(makeCompany(u("네이버"))), u("MLE"), {}, {});
    posting.lines = lines;
    const IntakeResult r = db.service().postings().addWithTasks(posting, p);
    EXPECT_EQ(r.linkedTasks, QList<Id>{pytorch});
    EXPECT_EQ(r.createdTasks.size(), 1); // TensorFlow; the preferred line is not ticked
}

TEST(TaskProposer, EligibilityLinesAreNeverProposedAndTitlesFollowThePostingsLanguage)
{
    const QList<PostingLine> lines{{0, Section::Requirement, u("Python 3년 이상")},
                                   {0, Section::Eligibility, u("Python 3년 이상")},
                                   {0, Section::Eligibility, u("학사 이상")},
                                   {0, Section::Requirement, u("Experience with Kafka")},
                                   {0, Section::Other, u("서울 강남구")}};
    const QList<ProposedTask> p = TaskProposer().propose(lines, {});
    ASSERT_EQ(p.size(), 2);
    EXPECT_EQ(p[0].line, 0);
    EXPECT_EQ(p[1].line, 3);
    // The posting is Korean: even its English line gets a Korean title; the years are gone.
    EXPECT_EQ(p[0].title, u("포트폴리오 프로젝트: Python 활용"));
    EXPECT_EQ(p[1].title, u("포트폴리오 프로젝트: Kafka 활용"));
}

// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// A stored posting's transitions: its fields, a re-parse (which lines and links survive, what
// happens to a task whose line is gone), "I meet this" ticks, a line's section, delete and undo.
#include "builders.h"
#include "core/postings/postingoverview.h"
#include "core/service/postingservice.h"
#include "databasedump.h"
#include "tempdb.h"

#include <gtest/gtest.h>

using namespace jobprep;
using namespace jobprep::test;

namespace {

QString u(const char *s)
{
    return QString::fromUtf8(s);
}

struct Announced
{
    explicit Announced(Service &service)
    {
        QObject::connect(&service, &Service::changed, &service, [this](const ChangeSet &c) { sets << c; });
    }
    QList<ChangeSet> sets;
};

// A posting stored as an older parser (or a user's edit in the preview) left it: its text yields
// other lines than it has.
struct OldPosting
{
    Id company = 0, posting = 0;
    Id python = 0, years = 0, edited = 0, degree = 0; // line ids
    Id pythonTask = 0, yearsTask = 0, editedTask = 0;

    explicit OldPosting(TempDb &db)
    {
        company = db.w().addCompany(makeCompany(u("카카오")));
        Posting p = makePosting(company, u("데이터 엔지니어"), QDate(2026, 12, 20),
                                {{Section::Requirement, u("Python 3년 이상")},
                                 {Section::Requirement, u("백엔드 개발 경력 5년 이상이신 분")},
                                 {Section::Requirement, u("Airflow 운영 경험 (미리보기에서 고친 문장)")},
                                 {Section::Eligibility, u("학사 이상")}});
        p.rawText = u("[자격요건]\n- Python 3년 이상\n- 백엔드 개발 경력 5년 이상이신 분\n- Airflow 운영 "
                      "경험\n- 학사 이상\n");
        posting = db.w().addPosting(p);
        const Posting stored = *db->posting(posting);
        python = stored.lines[0].id;
        years = stored.lines[1].id;
        edited = stored.lines[2].id;
        degree = stored.lines[3].id;
        db.w().setLinesMet({degree}, true);
        pythonTask = addTask(db, u("Python 프로젝트"), {python});
        yearsTask = addTask(db, u("백엔드 경력 쌓기"), {years});
        editedTask = addTask(db, u("Airflow DAG 만들기"), {edited, python});
    }
    static Id addTask(TempDb &db, const QString &title, const QList<Id> &lines)
    {
        Task t = makeTask(title);
        t.lineIds = lines;
        return db.w().addTask(t);
    }
};

} // namespace

TEST(PostingService, ReparseKeepsLinesWhoseTextIsUnchangedWithTheirLinksAndTicks)
{
    TempDb db;
    const OldPosting old(db);
    const QString before = dumpDatabase(db.store());
    Announced announced(db.service());
    Change change;
    const ReparseResult r = db.service().postings().reparse(old.posting, &change);

    const Posting after = *db->posting(old.posting);
    QHash<QString, QList<PostingLine>> byText;
    for (const PostingLine &l : after.lines)
        byText[l.text] << l;
    // The Python requirement keeps its id and both its tasks; its years come in as a new eligibility line.
    ASSERT_EQ(byText[u("Python 3년 이상")].size(), 2);
    EXPECT_EQ(byText[u("Python 3년 이상")][0].id, old.python);
    EXPECT_EQ(byText[u("Python 3년 이상")][0].section, Section::Requirement);
    EXPECT_EQ(byText[u("Python 3년 이상")][1].section, Section::Eligibility);
    EXPECT_EQ(byText[u("Python 3년 이상")][0].heading, u("자격요건"));
    // The years line the old parser made a requirement is eligibility now, the same line: its
    // task keeps the link (the user decides what to do with it).
    EXPECT_EQ(byText[u("백엔드 개발 경력 5년 이상이신 분")][0].id, old.years);
    EXPECT_EQ(byText[u("백엔드 개발 경력 5년 이상이신 분")][0].section, Section::Eligibility);
    EXPECT_EQ(db->task(old.yearsTask)->lineIds, QList<Id>{old.years});
    // The degree keeps its tick.
    EXPECT_EQ(byText[u("학사 이상")][0].id, old.degree);
    EXPECT_TRUE(byText[u("학사 이상")][0].met);
    // The edited line is gone; its text comes back as the parser reads it, a new line.
    EXPECT_TRUE(byText[u("Airflow 운영 경험 (미리보기에서 고친 문장)")].isEmpty());
    ASSERT_EQ(byText[u("Airflow 운영 경험")].size(), 1);
    EXPECT_NE(byText[u("Airflow 운영 경험")][0].id, old.edited);
    // A task whose line disappeared stays, with everything else it had, and only that link gone.
    const Task unlinked = *db->task(old.editedTask);
    EXPECT_EQ(unlinked.title, u("Airflow DAG 만들기"));
    EXPECT_EQ(unlinked.lineIds, QList<Id>{old.python});
    EXPECT_EQ(r.unlinkedTasks, QList<Id>{old.editedTask});
    EXPECT_EQ(r.kept, 3);
    EXPECT_EQ(r.added, 2);
    EXPECT_EQ(r.removed, 1);
    EXPECT_EQ(r.sectionsChanged, 1);
    EXPECT_EQ(db->placementCacheProblems(), QStringList());
    ASSERT_EQ(announced.sets.size(), 1);
    EXPECT_TRUE(announced.sets[0].lines.removed.contains(old.edited));
    EXPECT_TRUE(announced.sets[0].tasks.changed.contains(old.editedTask));

    // Undo gives back every line, id, link and tick exactly; a second re-parse changes nothing more.
    db.service().revert(change);
    EXPECT_EQ(dumpDatabase(db.store()), before) << firstDifference(before, dumpDatabase(db.store()));
    db.service().reapply(change);
    const ReparseResult again = db.service().postings().reparse(old.posting);
    EXPECT_FALSE(again.changedAnything());
    EXPECT_EQ(again.kept, after.lines.size());
}

TEST(PostingService, ReparseKeepsASectionTheUserChoseAndRefusesAPostingWithoutText)
{
    TempDb db;
    const OldPosting old(db);
    db.service().postings().setLineSection(old.posting, old.years, Section::Requirement);
    EXPECT_TRUE(db->posting(old.posting)->lines[1].sectionByUser);
    db.service().postings().reparse(old.posting);
    const Posting reparsed = *db->posting(old.posting);
    for (const PostingLine &l : reparsed.lines) {
        if (l.id == old.years) {
            EXPECT_EQ(l.section, Section::Requirement);
        }
    }

    Posting bare = makePosting(old.company, u("텍스트 없음"), {}, {{Section::Requirement, u("SQL")}});
    const Id id = db.w().addPosting(bare);
    const QString before = dumpDatabase(db.store());
    try {
        db.service().postings().reparse(id);
        FAIL() << "a posting without text was re-parsed";
    } catch (const DbError &e) {
        EXPECT_EQ(e.kind(), DbError::Kind::Invalid);
        EXPECT_TRUE(e.message().contains(QString::number(id))) << e.message().toStdString();
    }
    EXPECT_EQ(dumpDatabase(db.store()), before);
    EXPECT_THROW(db.service().postings().setLineSection(id, old.python, Section::Other), DbError);
}

TEST(PostingService, TicksChangeOnlyEligibilityLinesAndAreAnnouncedAsTicksNotLines)
{
    TempDb db;
    const OldPosting old(db);
    Announced announced(db.service());
    Change change;
    db.service().postings().setMet({old.degree}, false, &change);
    EXPECT_FALSE(db->posting(old.posting)->lines[3].met);
    ASSERT_EQ(announced.sets.size(), 1);
    EXPECT_EQ(announced.sets[0].ticks.changed, QSet<Id>{old.degree});
    EXPECT_TRUE(announced.sets[0].lines.isEmpty());
    EXPECT_FALSE(announced.sets[0].beyondTasks()); // the board does not place anything again
    db.service().revert(change);
    EXPECT_TRUE(db->posting(old.posting)->lines[3].met);
    EXPECT_EQ(announced.sets.last().ticks.changed, QSet<Id>{old.degree});

    // A requirement line is not ticked, nor one that does not exist; nothing is written either way.
    const QString before = dumpDatabase(db.store());
    EXPECT_THROW(db.service().postings().setMet({old.degree, old.python}, false), DbError);
    EXPECT_THROW(db.service().postings().setMet({old.degree, 999}, false), DbError);
    EXPECT_EQ(dumpDatabase(db.store()), before);
}

TEST(PostingService, DetailsChangeOnlyWhatIsGivenAndDeleteIsUndoneWithTheSameIds)
{
    TempDb db;
    const OldPosting old(db);
    PostingDetails d;
    d.deadline = QDate();
    d.url = u("  https://careers.kakao.com/jobs/P-1  ");
    db.service().postings().setDetails(old.posting, d);
    Posting p = *db->posting(old.posting);
    EXPECT_FALSE(p.deadline.isValid());
    EXPECT_EQ(p.url, u("https://careers.kakao.com/jobs/P-1"));
    EXPECT_EQ(p.title, u("데이터 엔지니어"));
    EXPECT_EQ(p.lines.size(), 4);
    PostingDetails empty;
    empty.title = u("  ");
    EXPECT_THROW(db.service().postings().setDetails(old.posting, empty), DbError);
    EXPECT_THROW(db.service().postings().setDetails(12345, d), DbError);

    const QString before = dumpDatabase(db.store());
    Change change;
    db.service().postings().remove(old.posting, &change);
    EXPECT_FALSE(db->posting(old.posting).has_value());
    EXPECT_TRUE(db->task(old.pythonTask)->lineIds.isEmpty()); // the tasks stay, without their links
    db.service().revert(change);
    EXPECT_EQ(dumpDatabase(db.store()), before) << firstDifference(before, dumpDatabase(db.store()));
    const auto overview = PostingOverview::read(db.store(), old.posting);
    ASSERT_TRUE(overview);
    EXPECT_EQ(overview->lines[0].line.id, old.python);
    EXPECT_EQ(overview->lines[0].tasks.size(), 2);
    EXPECT_EQ(overview->readiness.requirementLines, 3);
}

// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "builders.h"
#include "ui/commands/taskcontroller.h"
#include "ui/companies/companiesmodel.h"
#include "ui/companies/companiesview.h"

#include <QListWidget>
#include "core/service/companyservice.h"
#include "core/service/postingservice.h"
#include "core/service/taskservice.h"
#include "tempdb.h"

#include <QAbstractItemModelTester>
#include <QTableView>
#include <QTest>
#include <QDir>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace jobprep;
using namespace jobprep::test;

namespace {
QString u(const char *s) { return QString::fromUtf8(s); }
QString cell(const CompaniesModel &m, int row, int column) { return m.index(row, column).data().toString(); }
} // namespace

TEST(CompaniesModel, ShowsDeadlineReadinessAndNextTaskAndFollowsTheStore)
{
    TempDb db;
    const QDate today = db.today();
    const Id kakao = db.w().addCompany(makeCompany(u("카카오"), 5));
    const Id posting = db.w().addPosting(makePosting(kakao, u("DE"), today.addDays(3),
                                                  {{Section::Requirement, u("Spark")}, {Section::Requirement, u("SQL")}}));
    Task t = makeTask(u("Spark 공부"));
    t.companyId = kakao;
    t.lineIds = {lineIds(db.store(), posting, Section::Requirement)[0]};
    const Id task = db.w().addTask(t);
    CompaniesModel model(db.service());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(cell(model, 0, CompaniesModel::Deadline), u("D-3"));
    EXPECT_EQ(cell(model, 0, CompaniesModel::Readiness), u("0% (0/2)"));
    EXPECT_EQ(cell(model, 0, CompaniesModel::NextTask), u("Spark 공부"));
    EXPECT_EQ(cell(model, 0, CompaniesModel::Postings), u("1"));
    db.service().tasks().complete({task});
    // Task changes are shown once they pause.
    EXPECT_EQ(cell(model, 0, CompaniesModel::Readiness), u("0% (0/2)"));
    EXPECT_TRUE(QTest::qWaitFor([&] { return cell(model, 0, CompaniesModel::Readiness) == u("50% (1/2)"); }, 5000));
    EXPECT_EQ(cell(model, 0, CompaniesModel::NextTask), QString());

    QTableView view;
    view.setModel(&model);
    view.resize(760, 160);
    view.resizeColumnsToContents();
    QDir().mkpath(QStringLiteral(JOBPREP_SCREENSHOTS));
    view.show();
    view.grab().save(QStringLiteral(JOBPREP_SCREENSHOTS "/companies-view.png"));
}

TEST(CompaniesModel, TakesNextTasksFromItsSourceAndReloadsOnceWhenTaskChangesPause)
{
    TempDb db;
    const Id kakao = db.w().addCompany(makeCompany(u("카카오"), 5));
    const Id naver = db.w().addCompany(makeCompany(u("네이버"), 3));
    int asked = 0;
    QHash<Id, QString> next{{kakao, u("Spark 공부")}};
    CompaniesModel model(db.service(), nullptr, [&] {
        ++asked;
        return next;
    });
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(model.rowCount(), 2);
    auto rowOf = [&](Id id) {
        for (int r = 0; r < model.rowCount(); ++r)
            if (model.index(r, 0).data(CompaniesModel::IdRole).toLongLong() == id)
                return r;
        return -1;
    };
    EXPECT_EQ(cell(model, rowOf(kakao), CompaniesModel::NextTask), u("Spark 공부"));
    EXPECT_EQ(cell(model, rowOf(naver), CompaniesModel::NextTask), QString());
    EXPECT_EQ(asked, 1);

    // Ten task writes in a row (a drag, an undo burst): one reload after they pause, not ten.
    for (int i = 0; i < 10; ++i)
        db.service().tasks().add(makeTask(u("과제 %1").arg(i)));
    EXPECT_EQ(asked, 1);
    EXPECT_TRUE(QTest::qWaitFor([&] { return asked == 2; }, 5000));
    QTest::qWait(CompaniesModel::kTaskChangesPauseMs + 100);
    EXPECT_EQ(asked, 2);

    // A company change is shown at once, and the task change the store announces with it adds nothing.
    Company c = *db->company(naver);
    c.name = u("NAVER");
    db.service().companies().edit(c);
    EXPECT_EQ(asked, 3);
    EXPECT_EQ(cell(model, rowOf(naver), CompaniesModel::Name), u("NAVER"));
    QTest::qWait(CompaniesModel::kTaskChangesPauseMs + 100);
    EXPECT_EQ(asked, 3);

    // The source changed (the whole board arrived): only the next-task cells that differ change.
    next.insert(naver, u("코딩테스트 연습"));
    QList<QModelIndex> changed;
    QObject::connect(&model, &QAbstractItemModel::dataChanged,
                     [&](const QModelIndex &from, const QModelIndex &) { changed << from; });
    model.refreshNextTasks();
    ASSERT_EQ(changed.size(), 1);
    EXPECT_EQ(changed[0].row(), rowOf(naver));
    EXPECT_EQ(changed[0].column(), int(CompaniesModel::NextTask));
    EXPECT_EQ(cell(model, rowOf(naver), CompaniesModel::NextTask), u("코딩테스트 연습"));
}

TEST(CompanyCommands, DeleteKeepsTasksRemovesLinksAndUndoRestoresThem)
{
    TempDb db;
    const Id toss = db.w().addCompany(makeCompany(u("토스"), 4, Stage::Applied));
    const Id posting = db.w().addPosting(makePosting(toss, u("DA"), db.today().addDays(5), {{Section::Requirement, u("SQL")}}));
    const QList<Id> lines = lineIds(db.store(), posting, Section::Requirement);
    Task t = makeTask(u("SQL 연습"));
    t.companyId = toss;
    t.lineIds = lines;
    const Id task = db.w().addTask(t);
    CompaniesModel model(db.service());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ui::TaskController controller(db.service());
    QUndoStack &stack = *controller.undoStack();
    ASSERT_TRUE(controller.deleteCompany(toss));
    EXPECT_EQ(model.rowCount(), 0);
    ASSERT_TRUE(db->task(task).has_value()); // the task stays
    EXPECT_TRUE(db->task(task)->lineIds.isEmpty());
    EXPECT_EQ(db->task(task)->companyId, 0);
    stack.undo();
    ASSERT_EQ(model.rowCount(), 1);
    const auto back = db->companyByName(u("토스"));
    ASSERT_TRUE(back);
    EXPECT_EQ(back->id, toss); // restored, not added again
    EXPECT_EQ(back->stage, Stage::Applied);
    ASSERT_TRUE(db->posting(posting).has_value());
    EXPECT_EQ(lineIds(db.store(), posting, Section::Requirement), lines);
    EXPECT_EQ(db->task(task)->lineIds, lines);
    EXPECT_EQ(db->task(task)->companyId, toss);
    stack.redo();
    EXPECT_FALSE(db->companyByName(u("토스")));

    const Id naver = db.w().addCompany(makeCompany(u("네이버")));
    Company after = *db->company(naver);
    after.stage = Stage::Interview;
    ASSERT_TRUE(controller.editCompany(after));
    EXPECT_EQ(db->company(naver)->stage, Stage::Interview);
    EXPECT_EQ(db->company(naver)->history.size(), 2);
    stack.undo();
    EXPECT_EQ(db->company(naver)->stage, Stage::Interested);
    EXPECT_EQ(db->company(naver)->history.size(), 1); // the entry the change added is gone again
}

TEST(CompaniesView, StageChangeAndDeleteGoThroughTheSharedUndoStack)
{
    TempDb db;
    db.w().addCompany(makeCompany(u("쿠팡")));
    ui::TaskController controller(db.service());
    QUndoStack &stack = *controller.undoStack();
    CompaniesView view(controller);
    view.resize(900, 300);
    view.table()->setCurrentIndex(view.model()->index(0, 0));
    view.setStage(Stage::CodingTest);
    EXPECT_EQ(db->companyByName(u("쿠팡"))->stage, Stage::CodingTest);
    view.table()->setCurrentIndex(view.model()->index(0, 0));
    EXPECT_EQ(view.findChild<QListWidget *>(QStringLiteral("stageHistory"))->count(), 2);
    view.deleteCurrent();
    EXPECT_EQ(view.model()->rowCount(), 0);
    EXPECT_EQ(stack.count(), 2);
    stack.undo();
    stack.undo();
    EXPECT_EQ(db->companyByName(u("쿠팡"))->stage, Stage::Interested);
}

// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "builders.h"
#include "core/export/planformat.h"
#include "readerprocess.h"
#include "core/service/companyservice.h"
#include "core/service/postingservice.h"
#include "core/service/taskservice.h"
#include "tempdb.h"
#include "ui/plan/planblockwidget.h"
#include "ui/plan/plandaycolumn.h"
#include "ui/plan/planview.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace jobprep;
using namespace jobprep::test;

namespace {

const QDate kToday(2026, 12, 2); // Wednesday of 2026-W49

class PlanViewTest : public ::testing::Test
{
protected:
    TempDb db{kToday};
    QTemporaryDir dir;
    PlanView view;
    Id spark = 0, project = 0, resume = 0;

    void SetUp() override
    {
        const Id kakao = db.w().addCompany(makeCompany(QStringLiteral("카카오"), 5));
        const Id posting = db.w().addPosting(makePosting(kakao, QStringLiteral("데이터 엔지니어"), QDate(2026, 12, 10),
                                                      {{Section::Requirement, QStringLiteral("Spark 경험")}}));
        Task t = makeTask(QStringLiteral("Spark 스터디"), Kind::Study, QDate(2026, 12, 4), 5);
        t.companyId = kakao;
        t.lineIds = lineIds(db.store(), posting, Section::Requirement);
        spark = db.w().addTask(t);
        project = db.w().addTask(makeTask(QStringLiteral("추천 시스템 포트폴리오 프로젝트"), Kind::Project, {}, 30));
        resume = db.w().addTask(makeTask(QStringLiteral("이력서 업데이트"), Kind::Resume, QDate(2026, 12, 3), 9));
        view.setService(&db.service());
        view.setTimeZone(QTimeZone("Asia/Seoul"));
        view.resize(1280, 760);
        view.show();
    }

    QList<PlanBlockWidget *> blockWidgets() const { return view.findChildren<PlanBlockWidget *>(); }
};

} // namespace

TEST_F(PlanViewTest, ShowsTheWeekOfTodayWithABlockWidgetPerBlockAndCapacityBars)
{
    EXPECT_EQ(view.week(), QDate(2026, 11, 30));
    const WeeklyPlan &plan = view.plan();
    ASSERT_GT(plan.blockCount(), 5);
    EXPECT_EQ(blockWidgets().size(), plan.blockCount());
    for (int d = 0; d < 7; ++d) {
        PlanDayColumn *column = view.dayColumn(d);
        EXPECT_EQ(column->isEnabled(), !plan.days[d].past);
        EXPECT_EQ(column->capacityBar()->value(), std::min(plan.days[d].usedMinutes, plan.days[d].capacityMinutes));
        EXPECT_EQ(column->findChildren<PlanBlockWidget *>().size(), plan.days[d].blocks.size());
    }
    bool sawKorean = false;
    for (PlanBlockWidget *w : blockWidgets())
        sawKorean = sawKorean || w->findChild<QLabel *>(QStringLiteral("planBlockTitle"))->text() == QStringLiteral("Spark 스터디");
    EXPECT_TRUE(sawKorean);
    EXPECT_TRUE(view.findChild<QLabel *>(QStringLiteral("planWeekTitle"))->text().contains(QStringLiteral("2026-W49")));
}

TEST_F(PlanViewTest, PreviousNextAndThisWeekButtonsMoveTheWeek)
{
    QTest::mouseClick(view.findChild<QToolButton *>(QStringLiteral("planNextWeekButton")), Qt::LeftButton);
    EXPECT_EQ(view.week(), QDate(2026, 12, 7));
    for (int d = 0; d < 7; ++d)
        EXPECT_TRUE(view.dayColumn(d)->isEnabled());
    QTest::mouseClick(view.findChild<QToolButton *>(QStringLiteral("planPreviousWeek")), Qt::LeftButton);
    QTest::mouseClick(view.findChild<QToolButton *>(QStringLiteral("planPreviousWeek")), Qt::LeftButton);
    EXPECT_EQ(view.week(), QDate(2026, 11, 23));
    EXPECT_EQ(view.plan().blockCount(), 0); // a past week plans nothing
    QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("planThisWeek")), Qt::LeftButton);
    EXPECT_EQ(view.week(), QDate(2026, 11, 30));
}

TEST_F(PlanViewTest, ActivatingABlockOrAListItemAsksToOpenItsTask)
{
    QSignalSpy spy(&view, &PlanView::taskActivated);
    PlanBlockWidget *block = nullptr;
    for (PlanBlockWidget *w : blockWidgets())
        if (w->block().taskId == spark)
            block = w;
    ASSERT_NE(block, nullptr);
    QTest::mouseDClick(block, Qt::LeftButton);
    block->setFocus();
    QTest::keyClick(block, Qt::Key_Return);
    ASSERT_EQ(spy.size(), 2);
    EXPECT_EQ(spy[0][0].value<Id>(), spark);
    EXPECT_EQ(spy[1][0].value<Id>(), spark);

    auto *atRisk = view.findChild<QListWidget *>(QStringLiteral("planAtRisk"));
    QAbstractItemModelTester tester(atRisk->model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    ASSERT_EQ(atRisk->count(), view.plan().atRisk.size());
    Q_EMIT atRisk->itemActivated(atRisk->item(0));
    ASSERT_EQ(spy.size(), 3);
    EXPECT_EQ(spy[2][0].value<Id>(), view.plan().atRisk.first().taskId);
    auto *next = view.findChild<QListWidget *>(QStringLiteral("planNextWeek"));
    QAbstractItemModelTester nextTester(next->model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    ASSERT_EQ(next->count(), view.plan().nextWeek.size());
    EXPECT_EQ(next->item(0)->data(Qt::UserRole).toLongLong(), project);
}

TEST_F(PlanViewTest, FollowsTheStore)
{
    const Id added = db.service().tasks().add(makeTask(QStringLiteral("SQL 윈도 함수"), Kind::Study, QDate(2026, 12, 6), 1));
    // The week is full, so the new task is either planned (pushing other work out) or listed.
    bool seen = false;
    for (const PlanBlock &b : view.plan().allBlocks())
        seen = seen || b.taskId == added;
    for (const AtRiskItem &r : view.plan().atRisk)
        seen = seen || r.taskId == added;
    for (const CarryOverItem &c : view.plan().nextWeek)
        seen = seen || c.taskId == added;
    EXPECT_TRUE(seen);
    EXPECT_EQ(blockWidgets().size(), view.plan().blockCount());
    db.service().tasks().remove({project});
    EXPECT_TRUE(view.plan().nextWeek.isEmpty() || view.plan().nextWeek.first().taskId != project);
}

TEST_F(PlanViewTest, WhileHiddenItWaitsAndReadsTheWeekAgainWhenShown)
{
    auto planned = [&](Id task) {
        for (const PlanBlock &b : view.plan().allBlocks())
            if (b.taskId == task)
                return true;
        return false;
    };
    ASSERT_TRUE(planned(spark));
    view.hide(); // another tab is current
    db.service().tasks().remove({spark});
    EXPECT_TRUE(planned(spark)) << "a hidden plan is not read on every change";
    view.show();
    EXPECT_FALSE(planned(spark));
    EXPECT_EQ(blockWidgets().size(), view.plan().blockCount());
}

TEST_F(PlanViewTest, ExportsTheWeekInTheChosenFormat)
{
    QList<std::optional<PlanFormat>> asked;
    PlanExportTarget next{PlanFormat::Csv, dir.filePath(QStringLiteral("week.csv"))};
    view.setTargetChooser([&](std::optional<PlanFormat> fixed) {
        asked << fixed;
        return std::optional<PlanExportTarget>(next);
    });
    QSignalSpy done(&view, &PlanView::exported);
    QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("planExportWeek")), Qt::LeftButton);
    ASSERT_EQ(done.size(), 1);
    EXPECT_EQ(asked.last(), std::nullopt);
    const QJsonObject csv = readWithPython("read_csv.py", next.path);
    EXPECT_EQ(csv[QStringLiteral("rows")].toArray().size(), view.plan().blockCount());

    next = {PlanFormat::Ics, dir.filePath(QStringLiteral("week.ics"))};
    QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("planExportWeek")), Qt::LeftButton);
    const QJsonObject ics = readWithPython("read_ics.py", next.path);
    EXPECT_EQ(ics[QStringLiteral("events")].toArray().size(), view.plan().blockCount());
    EXPECT_EQ(ics[QStringLiteral("tzids")].toArray().first().toString(), QStringLiteral("Asia/Seoul"));

    next = {PlanFormat::Pdf, dir.filePath(QStringLiteral("week.pdf"))};
    QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("planExportPdf")), Qt::LeftButton);
    EXPECT_EQ(asked.last(), std::optional<PlanFormat>(PlanFormat::Pdf));
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {next.path, QStringLiteral("-")});
    ASSERT_TRUE(p.waitForFinished(60000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    EXPECT_TRUE(text.contains(QStringLiteral("Spark 스터디")));
    EXPECT_TRUE(text.contains(QStringLiteral("이력서 업데이트")));
    EXPECT_TRUE(text.contains(QStringLiteral("추천 시스템 포트폴리오 프로젝트")));

    QSignalSpy failed(&view, &PlanView::exportFailed);
    next = {PlanFormat::Markdown, dir.filePath(QStringLiteral("missing/week.md"))};
    view.exportWeek();
    ASSERT_EQ(failed.size(), 1);
    EXPECT_TRUE(failed[0][0].toString().contains(QStringLiteral("missing/week.md")));
}

TEST_F(PlanViewTest, PrintsThroughQtPrintSupport)
{
    const QString out = dir.filePath(QStringLiteral("printed.pdf"));
    view.setPrintDialog([&](QPrinter *printer) {
        printer->setOutputFormat(QPrinter::PdfFormat);
        printer->setOutputFileName(out);
        return true;
    });
    QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("planPrint")), Qt::LeftButton);
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {out, QStringLiteral("-")});
    ASSERT_TRUE(p.waitForFinished(60000));
    EXPECT_TRUE(QString::fromUtf8(p.readAllStandardOutput()).contains(QStringLiteral("Spark 스터디")));
}

TEST_F(PlanViewTest, ScreenshotForAPersonToLookAt)
{
    QDir().mkpath(QStringLiteral(JOBPREP_SCREENSHOTS));
    const QString path = QStringLiteral(JOBPREP_SCREENSHOTS "/planview.png");
    QTest::qWait(50); // let the scroll area settle its height-for-width layout
    EXPECT_TRUE(view.grab().save(path));
    // Nothing is clipped: every block's title got the height its wrapped text needs.
    for (PlanBlockWidget *w : blockWidgets()) {
        auto *title = w->findChild<QLabel *>(QStringLiteral("planBlockTitle"));
        EXPECT_GE(title->height(), title->heightForWidth(title->width())) << title->text().toStdString();
    }
}

TEST_F(PlanViewTest, ALongListEndsWithHowManyMoreWhichOpensNothing)
{
    const int before = view.plan().atRiskTotal;
    QList<Task> overdue;
    for (int i = 0; i < 70; ++i)
        overdue << makeTask(QStringLiteral("밀린 과제 %1").arg(i), Kind::Project, kToday.addDays(-3), 1.5);
    for (const Task &t : std::as_const(overdue))
        db.service().tasks().add(t);
    const WeeklyPlan &plan = view.plan();
    ASSERT_EQ(plan.atRiskTotal, before + 70);
    auto *atRisk = view.findChild<QListWidget *>(QStringLiteral("planAtRisk"));
    ASSERT_EQ(atRisk->count(), WeeklyPlan::kListed + 1);
    QListWidgetItem *more = atRisk->item(WeeklyPlan::kListed);
    EXPECT_EQ(more->text(), QStringLiteral("…and %1 more (%2 missing in all)").arg(before + 20).arg(planformat::hoursText(plan.atRiskMinutes)));
    EXPECT_EQ(more->data(Qt::UserRole).toLongLong(), 0);
    QSignalSpy spy(&view, &PlanView::taskActivated);
    Q_EMIT atRisk->itemActivated(more);
    EXPECT_EQ(spy.size(), 0);
}

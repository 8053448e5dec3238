// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "builders.h"
#include "core/service/companyservice.h"
#include "core/service/postingservice.h"
#include "core/service/taskservice.h"
#include "tempdb.h"
#include "ui/commands/taskcontroller.h"
#include "ui/postings/postingpastedialog.h"
#include "ui/skills/skillschart.h"
#include "ui/skills/skillsview.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QTableWidget>
#include <QTest>
#include <gtest/gtest.h>
#include <memory>

using namespace jobprep;
using namespace jobprep::test;

namespace {

QString u(const char *s) { return QString::fromUtf8(s); }

QString fixture(const char *name)
{
    QFile f(QStringLiteral(JOBPREP_FIXTURES "/postings/") + QString::fromUtf8(name));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    return QString::fromUtf8(f.readAll());
}

void screenshot(QWidget &w, const QString &name)
{
    QDir().mkpath(QStringLiteral(JOBPREP_SCREENSHOTS));
    w.show();
    QCoreApplication::processEvents();
    EXPECT_TRUE(w.grab().save(QStringLiteral(JOBPREP_SCREENSHOTS "/") + name));
}

int rowOf(QTableWidget *t, int column, const QString &needle)
{
    for (int i = 0; i < t->rowCount(); ++i)
        if (t->item(i, column) && t->item(i, column)->text().contains(needle))
            return i;
    return -1;
}

} // namespace

TEST(PostingPasteDialog, PasteEditPreviewAndAcceptWritesPostingAndTasks)
{
    TempDb db;
    const Id kakao = db.w().addCompany(makeCompany(u("카카오")));
    const Id pythonTask = db.w().addTask(makeTask(u("Python 코딩 연습")));
    ui::TaskController controller(db.service());
    PostingPasteDialog dialog(controller);
    dialog.findChild<QComboBox *>(QStringLiteral("company"))->setCurrentText(u("카카오"));
    dialog.findChild<QLineEdit *>(QStringLiteral("title"))->setText(u("데이터 엔지니어"));
    dialog.findChild<QLineEdit *>(QStringLiteral("deadline"))->setText(u("2026-12-20"));
    dialog.setText(fixture("kr-jobboard-conversational.txt"));
    auto *lines = dialog.findChild<QTableWidget *>(QStringLiteral("lines"));
    auto *tasks = dialog.findChild<QTableWidget *>(QStringLiteral("tasks"));
    ASSERT_GT(lines->rowCount(), 10);
    // 3 requirement lines ticked, 2 preferred unticked; the Python line links to the open Python task.
    ASSERT_EQ(tasks->rowCount(), 5);
    const int pythonRow = rowOf(tasks, 0, u("파이썬을"));
    ASSERT_GE(pythonRow, 0);
    EXPECT_TRUE(tasks->item(pythonRow, 2)->text().contains(QString::number(pythonTask))) << "links to";
    EXPECT_EQ(tasks->item(rowOf(tasks, 0, u("쿠버네티스")), 0)->checkState(), Qt::Unchecked);
    screenshot(dialog, QStringLiteral("posting-paste-dialog.png"));

    // Edit the preview: the benefit line "최신 장비 지급" is dropped, a duty line becomes a requirement,
    // a requirement text is edited, and the Kubernetes preferred task is ticked with kind "study".
    const int benefit = rowOf(lines, 1, u("최신 장비"));
    ASSERT_GE(benefit, 0);
    const int before = lines->rowCount();
    dialog.dropLine(benefit);
    EXPECT_EQ(lines->rowCount(), before - 1);
    dialog.moveLine(rowOf(lines, 1, u("Airflow로")), Section::Requirement);
    lines->item(rowOf(lines, 1, u("리눅스 환경")), 1)->setText(u("리눅스와 도커 실무 경험"));
    ASSERT_EQ(tasks->rowCount(), 6);
    const int k8s = rowOf(tasks, 0, u("쿠버네티스"));
    tasks->item(k8s, 0)->setCheckState(Qt::Checked);
    auto *kind = qobject_cast<QComboBox *>(tasks->cellWidget(k8s, 1));
    kind->setCurrentIndex(kind->findData(u("study")));

    dialog.accept();
    ASSERT_NE(dialog.result().postingId, 0);
    const Posting p = *db->posting(dialog.result().postingId);
    EXPECT_EQ(p.companyId, kakao);
    EXPECT_EQ(p.deadline, QDate(2026, 12, 20));
    EXPECT_EQ(p.lines.size(), before - 1);
    int requirements = 0;
    for (const PostingLine &l : p.lines)
        requirements += l.section == Section::Requirement;
    EXPECT_EQ(requirements, 4);
    EXPECT_EQ(dialog.result().linkedTasks, QList<Id>{pythonTask});
    EXPECT_EQ(dialog.result().createdTasks.size(), 4); // 3 requirements besides Python + ticked Kubernetes
    bool edited = false, k8sStudy = false;
    for (const Task &t : db->tasks()) {
        // Titles say what to do: the edited line's task is a project about it, without "경험".
        edited |= t.title == u("포트폴리오 프로젝트: 리눅스와 도커 실무") && t.kind == Kind::Project;
        k8sStudy |= t.title.contains(u("쿠버네티스")) && t.kind == Kind::Study;
    }
    EXPECT_TRUE(edited);
    EXPECT_TRUE(k8sStudy);
    EXPECT_EQ(db->task(pythonTask)->lineIds.size(), 1);
}

TEST(PostingPasteDialog, NewCompanyIsCreatedAndBadDeadlineKeepsTheDialogOpen)
{
    TempDb db;
    ui::TaskController controller(db.service());
    PostingPasteDialog dialog(controller);
    dialog.setCompany(u("당근"));
    dialog.findChild<QLineEdit *>(QStringLiteral("title"))->setText(u("DA"));
    dialog.findChild<QLineEdit *>(QStringLiteral("deadline"))->setText(u("2026-02-30"));
    dialog.setText(fixture("kr-inline.txt"));
    dialog.accept();
    EXPECT_EQ(dialog.result().postingId, 0);
    EXPECT_TRUE(db->companies().isEmpty());
    dialog.findChild<QLineEdit *>(QStringLiteral("deadline"))->clear();
    dialog.accept();
    ASSERT_NE(dialog.result().postingId, 0);
    EXPECT_TRUE(db->companyByName(u("당근")).has_value());
    EXPECT_EQ(dialog.result().createdTasks.size(), 3); // Python, SQL, 통계 지식
}

TEST(SkillsView, ChartSortedByDemandAndClickShowsPostingsAndTasks)
{
    TempDb db;
    const QDate today = db.today();
    const Id a = db.w().addCompany(makeCompany(u("카카오")));
    const Id b = db.w().addCompany(makeCompany(u("네이버 클라우드")));
    db.w().addPosting(makePosting(a, u("데이터 엔지니어"), today.addDays(9),
                               {{Section::Requirement, u("Spark, 파이썬")}, {Section::Preferred, u("쿠버네티스")}}));
    db.w().addPosting(makePosting(b, u("ML 엔지니어"), {},
                               {{Section::Requirement, u("스파크 경험")}, {Section::Requirement, u("PyTorch")},
                                {Section::Preferred, u("Kubernetes 운영")}, {Section::Preferred, u("자연어처리 연구")}}));
    const Id done = db.w().addTask(makeTask(u("파이썬 자료구조 복습")));
    db.w().completeTask(done, today);
    SkillsView view(db.service());
    view.resize(760, 420);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !view.isReading(); }, 10000)); // a file: read in a worker
    SkillsChart *chart = view.chart();
    ASSERT_GE(chart->rows().size(), 5);
    EXPECT_EQ(chart->rows()[0].skill, u("Spark"));
    for (int i = 1; i < chart->rows().size(); ++i) {
        const auto &x = chart->rows()[i - 1], &y = chart->rows()[i];
        EXPECT_GE(x.requiredBy.size(), y.requiredBy.size());
    }
    screenshot(view, QStringLiteral("skills-view.png"));
    int python = -1;
    for (int i = 0; i < chart->rows().size(); ++i)
        if (chart->rows()[i].skill == u("Python"))
            python = i;
    ASSERT_GE(python, 0);
    EXPECT_TRUE(chart->rows()[python].covered());
    QTest::mouseClick(chart, Qt::LeftButton, {}, chart->barRect(python).center());
    EXPECT_EQ(chart->selected(), python);
    QStringList shown;
    for (int i = 0; i < view.details()->count(); ++i)
        shown << view.details()->item(i)->text();
    EXPECT_EQ(shown.size(), 2) << shown.join(u(" | ")).toStdString();
    EXPECT_TRUE(shown.join(u("\n")).contains(u("카카오 — 데이터 엔지니어 (requires)")));
    EXPECT_TRUE(shown.join(u("\n")).contains(u("(done)")));
    // A new posting refreshes the chart through the store's signals.
    db.service().postings().add(makePosting(b, u("DE"), {}, {{Section::Requirement, u("PyTorch")}}));
    EXPECT_TRUE(QTest::qWaitFor([&] { return !view.isReading() && view.chart()->rows()[0].requiredBy.size() == 2; },
                                10000));
}

TEST(SkillsView, ReadsOnceWhenTaskChangesPauseAndListsTheFirstTasksOfACommonSkill)
{
    TempDb db;
    const Id a = db.w().addCompany(makeCompany(u("카카오")));
    db.w().addPosting(makePosting(a, u("데이터 엔지니어"), {}, {{Section::Requirement, u("SQL 능숙")}}));
    QList<Task> many;
    for (int i = 0; i < SkillsView::kTasksListed + 30; ++i)
        many << makeTask(u("SQL 문제 %1").arg(i), Kind::CodingTest);
    db.w().addTasks(many);
    auto view = std::make_unique<SkillsView>(db.service());
    int updates = 0;
    QObject::connect(view.get(), &SkillsView::chartUpdated, [&] { ++updates; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return updates == 1; }, 10000));
    ASSERT_EQ(view->chart()->rows().size(), 1);
    EXPECT_EQ(view->chart()->rows()[0].openTasks.size(), SkillsView::kTasksListed + 30);

    // Twenty writes in a row: one reading after they pause, and it has them all.
    for (int i = 0; i < 20; ++i)
        db.service().tasks().add(makeTask(u("SQL 윈도우 함수 %1").arg(i), Kind::Study));
    QTest::qWait(SkillsView::kTaskChangesPauseMs / 3);
    EXPECT_EQ(updates, 1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return updates == 2; }, 10000));
    QTest::qWait(SkillsView::kTaskChangesPauseMs + 200);
    EXPECT_EQ(updates, 2);
    EXPECT_EQ(view->chart()->rows()[0].openTasks.size(), SkillsView::kTasksListed + 50);

    view->showSkill(u("SQL"));
    const int shown = view->details()->count();
    EXPECT_EQ(shown, 1 + SkillsView::kTasksListed + 1); // the posting, the first tasks, "… and 50 more"
    EXPECT_TRUE(view->details()->item(shown - 1)->text().contains(u("50"))) << view->details()->item(shown - 1)->text().toStdString();

    // Closed while a reading runs: it waits for the worker, and nothing arrives afterwards.
    db.service().tasks().add(makeTask(u("SQL 마지막"), Kind::Study));
    view->refresh();
    EXPECT_TRUE(view->isReading());
    view.reset();
    QTest::qWait(50);
}

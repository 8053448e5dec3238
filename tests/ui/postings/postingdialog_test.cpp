// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "builders.h"
#include "core/service/companyservice.h"
#include "core/service/postingservice.h"
#include "core/service/taskservice.h"
#include "tempdb.h"
#include "ui/commands/taskcontroller.h"
#include "ui/common/messagebox.h"
#include "ui/postings/postingpastedialog.h"
#include "ui/postings/postingpreviewmodel.h"
#include "ui/skills/skillschart.h"
#include "ui/skills/skillsview.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QAbstractItemModelTester>
#include <QFont>
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

// The preview row whose line contains `needle`, or -1.
int rowOf(const ui::PostingPreviewModel &m, const QString &needle)
{
    for (int i = 0; i < m.rowCount(); ++i)
        if (m.index(i, ui::PostingPreviewModel::LineColumn).data(Qt::EditRole).toString().contains(needle))
            return i;
    return -1;
}

QVariant cell(const ui::PostingPreviewModel &m, int row, int column, int role = Qt::DisplayRole)
{
    return m.index(row, column).data(role);
}

} // namespace

TEST(PostingPasteDialog, PreviewShowsEachLinesHeadingAndWhatTheUserCorrectsIsStored)
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
    ui::PostingPreviewModel &m = *dialog.preview();
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::Fatal);
    using M = ui::PostingPreviewModel;
    ASSERT_EQ(m.rowCount(), 13);

    // Every line says which heading placed it: shown on the first line under it, in the tool tip on all.
    const int firstRequirement = rowOf(m, u("파이썬을"));
    ASSERT_GE(firstRequirement, 0);
    EXPECT_EQ(cell(m, firstRequirement, M::HeadingColumn).toString(), u("이런 분을 찾아요"));
    EXPECT_EQ(cell(m, firstRequirement + 1, M::HeadingColumn).toString(), QString());
    EXPECT_TRUE(cell(m, firstRequirement + 1, M::HeadingColumn, Qt::ToolTipRole).toString().contains(u("이런 분을 찾아요")));
    EXPECT_EQ(cell(m, firstRequirement, M::SectionColumn).toString(), displayName(Section::Requirement));
    // The Python line links to the open Python task; the Kubernetes preferred line is proposed unticked.
    EXPECT_TRUE(cell(m, firstRequirement, M::TaskColumn).toString().contains(QString::number(pythonTask)));
    const int k8s = rowOf(m, u("쿠버네티스"));
    EXPECT_EQ(cell(m, k8s, M::TaskColumn, Qt::CheckStateRole).toInt(), Qt::Unchecked);
    screenshot(dialog, QStringLiteral("posting-paste-dialog.png"));

    // Corrections: a title first, then other edits that make every proposal be worked out again.
    const int linux = rowOf(m, u("리눅스 환경"));
    ASSERT_TRUE(m.setData(m.index(linux, M::TaskColumn), u("도커로 로컬 개발 환경 만들기")));
    ASSERT_TRUE(m.setData(m.index(k8s, M::TaskColumn), Qt::Checked, Qt::CheckStateRole));
    ASSERT_TRUE(m.setData(m.index(k8s, M::KindColumn), int(Kind::Study)));
    const int benefit = rowOf(m, u("최신 장비"));
    dialog.dropLine(benefit);
    EXPECT_EQ(m.rowCount(), 12);
    const int airflow = rowOf(m, u("Airflow로"));
    dialog.moveLine(airflow, Section::Requirement);
    EXPECT_TRUE(cell(m, airflow, M::SectionColumn, Qt::FontRole).value<QFont>().italic()); // the user's choice shows
    const int kafka = rowOf(m, u("카프카 스트리밍"));
    ASSERT_TRUE(m.setData(m.index(kafka, M::LineColumn), u("카프카 스트리밍 파이프라인 구축 경험")));
    // The corrections survived the proposals being worked out again.
    EXPECT_EQ(cell(m, rowOf(m, u("리눅스 환경")), M::TaskColumn).toString(), u("도커로 로컬 개발 환경 만들기"));
    EXPECT_EQ(cell(m, rowOf(m, u("쿠버네티스")), M::KindColumn, Qt::EditRole).toInt(), int(Kind::Study));
    EXPECT_EQ(cell(m, rowOf(m, u("쿠버네티스")), M::TaskColumn, Qt::CheckStateRole).toInt(), Qt::Checked);
    // A line that is not a requirement or preferred line becomes nothing, and takes no task text.
    EXPECT_FALSE(m.setData(m.index(rowOf(m, u("건강검진")), M::TaskColumn), u("x")));

    dialog.accept();
    ASSERT_NE(dialog.result().postingId, 0);
    const Posting p = *db->posting(dialog.result().postingId);
    EXPECT_EQ(p.companyId, kakao);
    EXPECT_EQ(p.deadline, QDate(2026, 12, 20));
    ASSERT_EQ(p.lines.size(), 12);
    int requirements = 0;
    for (const PostingLine &l : p.lines) {
        requirements += l.section == Section::Requirement;
        // Stored as corrected: the section the user chose is marked as theirs; the headings are kept.
        EXPECT_EQ(l.sectionByUser, l.text.startsWith(u("Airflow로"))) << l.text.toStdString();
        if (l.text.startsWith(u("파이썬을"))) {
            EXPECT_EQ(l.heading, u("이런 분을 찾아요"));
        }
    }
    EXPECT_EQ(requirements, 4);
    EXPECT_EQ(dialog.result().linkedTasks, QList<Id>{pythonTask});
    EXPECT_EQ(dialog.result().createdTasks.size(), 4); // 3 requirements besides Python + ticked Kubernetes
    QStringList titles;
    bool k8sStudy = false;
    for (const Task &t : db->tasks()) {
        titles << t.title;
        k8sStudy |= t.title.contains(u("쿠버네티스")) && t.kind == Kind::Study;
    }
    EXPECT_TRUE(titles.contains(u("도커로 로컬 개발 환경 만들기"))) << titles.join(u(" | ")).toStdString();
    EXPECT_TRUE(k8sStudy);
    EXPECT_EQ(db->task(pythonTask)->lineIds.size(), 1);
}

TEST(PostingPasteDialog, EligibilityLinesAreTickedNotTurnedIntoTasksAndOneOfIsShown)
{
    TempDb db;
    ui::TaskController controller(db.service());
    PostingPasteDialog dialog(controller);
    dialog.setCompany(u("네이버"));
    dialog.findChild<QLineEdit *>(QStringLiteral("title"))->setText(u("ML"));
    dialog.setText(u("자격요건\n- TensorFlow 또는 PyTorch 경험\n- 학사 이상\n- 병역필 또는 면제자\n"));
    ui::PostingPreviewModel &m = *dialog.preview();
    using M = ui::PostingPreviewModel;
    const int degree = rowOf(m, u("학사"));
    ASSERT_GE(degree, 0);
    EXPECT_EQ(cell(m, degree, M::SectionColumn).toString(), displayName(Section::Eligibility));
    EXPECT_EQ(cell(m, degree, M::TaskColumn).toString(), u("I meet this"));
    EXPECT_FALSE(m.proposalAt(degree).has_value());
    EXPECT_FALSE(m.flags(m.index(degree, M::TaskColumn)) & Qt::ItemIsEditable);
    ASSERT_TRUE(m.setData(m.index(degree, M::TaskColumn), Qt::Checked, Qt::CheckStateRole));
    const int either = rowOf(m, u("TensorFlow"));
    EXPECT_TRUE(cell(m, either, M::LineColumn).toString().contains(u("TensorFlow / PyTorch"))) << cell(m, either, M::LineColumn).toString().toStdString();
    dialog.accept();
    ASSERT_NE(dialog.result().postingId, 0);
    EXPECT_EQ(dialog.result().createdTasks.size(), 1); // the TensorFlow-or-PyTorch line only
    const Posting stored = *db->posting(dialog.result().postingId);
    for (const PostingLine &l : stored.lines)
        EXPECT_EQ(l.met, l.text == u("학사 이상")) << l.text.toStdString();
}

TEST(PostingPasteDialog, APostingAlreadyStoredIsAddedAgainOnlyWhenTheUserSaysSo)
{
    TempDb db;
    const Id toss = db.w().addCompany(makeCompany(u("토스")));
    Posting stored = makePosting(toss, u("Data Analyst"), {}, {{Section::Requirement, u("SQL")}});
    stored.url = u("https://toss.im/career/job-detail?job_id=42");
    const Id first = db.w().addPosting(stored);
    ui::TaskController controller(db.service());
    ui::MessageBox::setTestMode(true);
    auto attempt = [&](const QString &company, const QString &title, const QString &url, int answer) {
        QString asked;
        ui::MessageBox::setChooser([&](const QString &text, const QStringList &) {
            asked = text;
            return answer;
        });
        PostingPasteDialog dialog(controller);
        dialog.setCompany(company);
        dialog.findChild<QLineEdit *>(QStringLiteral("title"))->setText(title);
        dialog.findChild<QLineEdit *>(QStringLiteral("url"))->setText(url);
        dialog.setText(u("자격요건\n- SQL\n"));
        dialog.accept();
        return std::make_pair(dialog.result().postingId, asked);
    };
    // The same company and title (case and spacing aside): asked, and "Go back" adds nothing.
    auto [none, asked] = attempt(u("토스"), u("data  analyst"), QString(), 1);
    EXPECT_EQ(none, 0);
    EXPECT_TRUE(asked.contains(QString::number(first))) << asked.toStdString();
    EXPECT_EQ(db->postingHeads().size(), 1);
    // The same URL under another company, written differently: asked too; "Add a second copy" adds it.
    auto [second, askedAgain] = attempt(u("비바리퍼블리카"), u("DA"), u("HTTPS://Toss.im/career/job-detail/?job_id=42#top"), 0);
    EXPECT_TRUE(askedAgain.contains(u("URL"))) << askedAgain.toStdString();
    EXPECT_NE(second, 0);
    // Neither: no question.
    auto [third, notAsked] = attempt(u("토스"), u("Data Engineer"), QString(), 1);
    EXPECT_NE(third, 0);
    EXPECT_TRUE(notAsked.isEmpty());
    ui::MessageBox::setChooser({});
    ui::MessageBox::setTestMode(false);
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

// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// The Postings tab: its models under QAbstractItemModelTester, following the service's change sets
// without resets, and the view driven offscreen through its widgets (found by objectName).
#include "builders.h"
#include "core/postings/linematch.h"
#include "core/service/postingservice.h"
#include "core/service/taskservice.h"
#include "databasedump.h"
#include "tempdb.h"
#include "ui/commands/taskcontroller.h"
#include "ui/common/messagebox.h"
#include "ui/common/urlopener.h"
#include "ui/postings/postingeditdialog.h"
#include "ui/postings/postinglinesmodel.h"
#include "ui/postings/postingsfilter.h"
#include "ui/postings/postingsmodel.h"
#include "ui/postings/postingsview.h"

#include <gtest/gtest.h>
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace jobprep;
using namespace jobprep::test;
using ui::PostingLinesModel;
using ui::PostingsModel;
using ui::PostingsView;

namespace {

QString u(const char *s)
{
    return QString::fromUtf8(s);
}

// Two companies, three postings; one parsed from text with an eligibility line and a one-of line.
struct Postings
{
    Id kakao = 0, toss = 0;
    Id de = 0, da = 0, old = 0;
    Id sparkTask = 0;

    explicit Postings(TempDb &db)
    {
        kakao = db.w().addCompany(makeCompany(u("카카오"), 5));
        toss = db.w().addCompany(makeCompany(u("토스")));
        Posting p;
        p.companyId = kakao;
        p.title = u("데이터 엔지니어");
        p.role = Role::DataEngineer;
        p.deadline = db.today().addDays(9);
        p.url = u("https://careers.kakao.com/jobs/P-1");
        p.rawText = u("[자격요건]\n- Spark 경험\n- TensorFlow 또는 PyTorch 경험\n- 학사 이상\n[우대사항]\n- "
                      "Kafka 경험\n");
        p.lines = LineMatch::toPostingLines(PostingParser().parse(p.rawText));
        de = db.w().addPosting(p);
        Task spark = makeTask(u("학습: Spark"));
        spark.lineIds = {lineIds(db.store(), de, Section::Requirement).first()};
        sparkTask = db.w().addTask(spark);
        da = db.w().addPosting(
            makePosting(toss, u("Data Analyst"), db.today().addDays(12),
                        {{Section::Requirement, u("SQL")}, {Section::Requirement, u("A/B 테스트")}}));
        old = db.w().addPosting(
            makePosting(toss, u("지난 공고"), db.today().addDays(-3), {{Section::Requirement, u("Excel")}}));
    }
};

QString text(const QAbstractItemModel &m, int row, int column)
{
    return m.index(row, column).data().toString();
}

int lineRow(const PostingLinesModel &m, const QString &needle)
{
    for (int r = 0; r < m.rowCount(); ++r)
        if (m.lineAt(r) && m.lineAt(r)->line.text.contains(needle))
            return r;
    return -1;
}

void screenshot(QWidget &w, const QString &name)
{
    QDir().mkpath(QStringLiteral(JOBPREP_SCREENSHOTS));
    w.resize(1100, 760);
    w.show();
    QCoreApplication::processEvents();
    EXPECT_TRUE(w.grab().save(QStringLiteral(JOBPREP_SCREENSHOTS "/") + name));
}

} // namespace

TEST(PostingsModel, ListsEveryPostingAndFollowsChangeSetsWithoutAReset)
{
    TempDb db;
    const Postings data(db);
    PostingsModel model(db.service());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    ASSERT_EQ(model.rowCount(), 3);
    // By deadline: the passed one first, dimmed; its D-day says so.
    EXPECT_EQ(model.idAt(0), data.old);
    EXPECT_FALSE(model.isOpen(0));
    EXPECT_TRUE(model.index(0, 0).data(Qt::ForegroundRole).isValid());
    const int de = model.rowOf(data.de);
    EXPECT_EQ(text(model, de, PostingsModel::CompanyColumn), u("카카오"));
    EXPECT_EQ(text(model, de, PostingsModel::Deadline),
              db.today().addDays(9).toString(Qt::ISODate) + u(" (D-9)"));
    EXPECT_EQ(text(model, de, PostingsModel::Readiness), u("0% (0/2)"));
    EXPECT_EQ(text(model, de, PostingsModel::Url), u("https://careers.kakao.com/jobs/P-1"));
    EXPECT_EQ(text(model, de, PostingsModel::RoleColumn), displayName(Role::DataEngineer));

    // A row that stays keeps its persistent index through an insertion and a removal.
    const QPersistentModelIndex kept(model.index(model.rowOf(data.da), 0));
    const Id added = db.service().postings().add(makePosting(data.kakao, u("ML 엔지니어"), {}, {}));
    ASSERT_EQ(model.rowCount(), 4);
    EXPECT_EQ(model.idAt(3), added); // no deadline: last
    PostingDetails d;
    d.title = u("Data Analyst (Product)");
    db.service().postings().setDetails(data.da, d);
    EXPECT_EQ(kept.data().toString(), u("토스"));
    EXPECT_EQ(text(model, kept.row(), PostingsModel::Title), u("Data Analyst (Product)"));
    db.service().postings().remove(data.old);
    EXPECT_EQ(model.rowCount(), 3);
    EXPECT_TRUE(kept.isValid());
    EXPECT_EQ(kept.data(PostingsModel::IdRole).toLongLong(), data.da);
    // Readiness follows a done task once task changes pause.
    db.service().tasks().complete({data.sparkTask});
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return text(model, model.rowOf(data.de), PostingsModel::Readiness) == u("50% (1/2)"); }, 5000));
    EXPECT_EQ(resets.count(), 0);
}

TEST(PostingLinesModel, GroupsLinesBySectionWithTheirTasksOneOfAndTheChecklist)
{
    TempDb db;
    const Postings data(db);
    ui::TaskController controller(db.service());
    PostingLinesModel model(db.service());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setTick([&](Id line, bool met) { return controller.setEligibilityMet({line}, met); });
    model.setPosting(data.de);
    QStringList headings;
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.index(r, 0).data(PostingLinesModel::HeadingRowRole).toBool())
            headings << text(model, r, 0).section(u(" "), 0, 0);
    EXPECT_EQ(headings, (QStringList{displayName(Section::Requirement), displayName(Section::Preferred),
                                     displayName(Section::Eligibility)}));
    const int spark = lineRow(model, u("Spark"));
    EXPECT_TRUE(text(model, spark, PostingLinesModel::TaskColumn).contains(u("학습: Spark")));
    EXPECT_EQ(text(model, spark, PostingLinesModel::StatusColumn), u("to do"));
    EXPECT_TRUE(text(model, lineRow(model, u("TensorFlow")), 0).contains(u("TensorFlow / PyTorch")));
    EXPECT_EQ(text(model, lineRow(model, u("Kafka")), PostingLinesModel::TaskColumn), u("no task yet"));
    EXPECT_TRUE(model.index(spark, 0).data(Qt::ToolTipRole).toString().contains(u("자격요건")));

    // The checklist: ticking goes through the service (one undo step) and comes back in the change set.
    const int degree = lineRow(model, u("학사"));
    const QModelIndex box = model.index(degree, 0);
    ASSERT_TRUE(model.flags(box) & Qt::ItemIsUserCheckable);
    EXPECT_FALSE(model.flags(model.index(spark, 0)) & Qt::ItemIsUserCheckable);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    ASSERT_TRUE(model.setData(box, Qt::Checked, Qt::CheckStateRole));
    EXPECT_EQ(box.data(Qt::CheckStateRole).toInt(), Qt::Checked);
    EXPECT_TRUE(db->posting(data.de)->lines[2].met);
    EXPECT_GE(changed.count(), 1);
    EXPECT_TRUE(text(model, degree - 1, 0).contains(u("1 of 1"))) << text(model, degree - 1, 0).toStdString();
    controller.undoStack()->undo();
    EXPECT_EQ(box.data(Qt::CheckStateRole).toInt(), Qt::Unchecked);

    // A done task marks its line done ✓.
    db.service().tasks().complete({data.sparkTask});
    EXPECT_EQ(text(model, lineRow(model, u("Spark")), PostingLinesModel::StatusColumn), u("done ✓"));
    model.setPosting(0);
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(PostingsView, FollowsTheCompaniesDockAndEditsDeletesAndUndoesThroughTheUndoStack)
{
    TempDb db;
    const Postings data(db);
    ui::TaskController controller(db.service());
    ui::MessageBox::setTestMode(true);
    PostingsView view(controller);
    auto *table = view.findChild<QTableView *>(QStringLiteral("postingsTable"));
    ASSERT_NE(table, nullptr);
    QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    // The first posting still open is chosen at once, its lines under it.
    EXPECT_EQ(view.currentPosting(), data.de);
    EXPECT_GT(view.findChild<QTreeView *>(QStringLiteral("postingLines"))->model()->rowCount(), 0);
    screenshot(view, QStringLiteral("postings-view.png"));

    view.setCompany(data.toss);
    EXPECT_EQ(table->model()->rowCount(), 2);
    EXPECT_EQ(view.currentPosting(), data.da);
    view.setCompany(0);
    EXPECT_EQ(table->model()->rowCount(), 3);

    // Edit through the dialog: what its fields say is stored.
    view.setDialogRunner([](QDialog &dialog) {
        dialog.findChild<QLineEdit *>(QStringLiteral("postingTitle"))->setText(u("Product Analyst"));
        dialog.findChild<QCheckBox *>(QStringLiteral("postingHasDeadline"))->setChecked(false);
        dialog.findChild<QLineEdit *>(QStringLiteral("postingUrl"))->setText(u("toss.im/career/1"));
        return int(QDialog::Accepted);
    });
    view.selectPosting(data.da);
    view.findChild<QPushButton *>(QStringLiteral("editPosting"))->click();
    Posting da = *db->posting(data.da);
    EXPECT_EQ(da.title, u("Product Analyst"));
    EXPECT_FALSE(da.deadline.isValid());
    EXPECT_EQ(view.currentPosting(), data.da); // its row moved (no deadline: last) and stayed chosen

    // Open URL through the seam: an address without its scheme opens as https; a file: one never.
    QList<QUrl> opened;
    ui::UrlOpener::setOpener([&](const QUrl &url) {
        opened << url;
        return true;
    });
    EXPECT_TRUE(view.openUrl());
    EXPECT_EQ(opened, QList<QUrl>{QUrl(u("https://toss.im/career/1"))});
    PostingDetails fileUrl;
    fileUrl.url = u("file:///etc/passwd");
    controller.editPosting(data.da, fileUrl);
    EXPECT_FALSE(view.findChild<QPushButton *>(QStringLiteral("openPostingUrl"))->isEnabled());
    EXPECT_FALSE(view.openUrl());
    EXPECT_EQ(opened.size(), 1);
    EXPECT_EQ(ui::MessageBox::takeShownMessages().size(), 1);
    ui::UrlOpener::setOpener({});

    // Delete, then undo: the same posting, lines and links, chosen again.
    const QString before = dumpDatabase(db.store());
    view.selectPosting(data.de);
    view.findChild<QPushButton *>(QStringLiteral("deletePosting"))->click();
    EXPECT_FALSE(db->posting(data.de).has_value());
    EXPECT_EQ(table->model()->rowCount(), 2);
    EXPECT_NE(view.currentPosting(), 0);
    controller.undoStack()->undo();
    EXPECT_EQ(dumpDatabase(db.store()), before) << firstDifference(before, dumpDatabase(db.store()));
    EXPECT_EQ(table->model()->rowCount(), 3);
    view.selectPosting(data.de);
    EXPECT_EQ(view.linesModel()->overview()->posting.id, data.de);
    ui::MessageBox::setTestMode(false);
}

TEST(PostingsView, MakesATaskForALineLinksAnOpenOneAndMovesALine)
{
    TempDb db;
    const Postings data(db);
    const Id kafka = db.w().addTask(makeTask(u("Kafka 스트리밍 실습"), Kind::Project));
    ui::TaskController controller(db.service());
    ui::MessageBox::setTestMode(true);
    PostingsView view(controller);
    QList<Task> requested;
    QObject::connect(&view, &PostingsView::makeTaskRequested, [&](const Task &t) {
        requested << t;
        controller.addTask(t);
    });
    // A line whose skill no open task covers: a task proposed from the line, for the company.
    const Id either = [&] {
        const Posting p = *db->posting(data.de);
        for (const PostingLine &l : p.lines)
            if (l.text.contains(u("TensorFlow")))
                return l.id;
        return Id(0);
    }();
    view.selectLine(either);
    ASSERT_EQ(view.currentLine(), either);
    auto *make = view.findChild<QPushButton *>(QStringLiteral("makeTask"));
    ASSERT_TRUE(make->isEnabled());
    make->click();
    ASSERT_EQ(requested.size(), 1);
    EXPECT_EQ(requested[0].lineIds, QList<Id>{either});
    EXPECT_EQ(requested[0].companyId, data.kakao);
    EXPECT_TRUE(requested[0].title.contains(u("TensorFlow"))) << requested[0].title.toStdString();
    const int row = lineRow(*view.linesModel(), u("TensorFlow"));
    EXPECT_TRUE(text(*view.linesModel(), row, PostingLinesModel::TaskColumn).contains(requested[0].title));

    // The Kafka line: an open Kafka task exists; the user links the line to it.
    const Id kafkaLine = lineIds(db.store(), data.de, Section::Preferred).first();
    ui::MessageBox::setChooser([](const QString &, const QStringList &buttons) {
        EXPECT_EQ(buttons.size(), 3);
        return 0; // "Link to #…"
    });
    view.selectLine(kafkaLine);
    view.makeTaskForCurrentLine();
    EXPECT_EQ(requested.size(), 1);
    EXPECT_EQ(db->task(kafka)->lineIds, QList<Id>{kafkaLine});
    ui::MessageBox::setChooser({});

    // An eligibility line takes no task; any line moves to another section, as the user's choice.
    const Id degree = lineIds(db.store(), data.de, Section::Eligibility).first();
    view.selectLine(degree);
    EXPECT_FALSE(make->isEnabled());
    view.moveCurrentLine(Section::Other);
    const Posting after = *db->posting(data.de);
    for (const PostingLine &l : after.lines) {
        if (l.id == degree) {
            EXPECT_EQ(l.section, Section::Other);
            EXPECT_TRUE(l.sectionByUser);
        }
    }
    EXPECT_EQ(view.currentLine(), degree);
    ui::MessageBox::setTestMode(false);
}

TEST(PostingsView, ReparseAsksBeforeDroppingLinesThatHaveTasksOrTicks)
{
    TempDb db;
    const Postings data(db);
    // As if the user had edited a line's text in the preview: the stored text yields another.
    Posting p = *db->posting(data.de);
    p.lines[0].text = u("Spark 경험 (고친 문장)");
    test::writer(db.store()).updatePosting(p);
    ui::TaskController controller(db.service());
    ui::MessageBox::setTestMode(true);
    PostingsView view(controller);
    QStringList messages;
    QObject::connect(&view, &PostingsView::message, [&](const QString &m) { messages << m; });
    int asked = 0;
    ui::MessageBox::setChooser([&](const QString &text, const QStringList &) {
        ++asked;
        EXPECT_TRUE(text.contains(u("학습: Spark"))) << text.toStdString();
        return 1; // Cancel
    });
    view.findChild<QPushButton *>(QStringLiteral("reparsePosting"))->click();
    EXPECT_EQ(asked, 1);
    EXPECT_EQ(db->posting(data.de)->lines[0].text, u("Spark 경험 (고친 문장)"));
    ui::MessageBox::setChooser([&](const QString &, const QStringList &) { return 0; }); // Re-parse
    view.reparseCurrent();
    EXPECT_EQ(db->posting(data.de)->lines[0].text, u("Spark 경험"));
    EXPECT_TRUE(db->task(data.sparkTask)->lineIds.isEmpty());
    ASSERT_EQ(messages.size(), 1);
    EXPECT_TRUE(messages[0].contains(u("1 task(s) lost a link"))) << messages[0].toStdString();
    // Without a stored text there is nothing to read again: the button says so and does nothing.
    view.selectPosting(data.da);
    EXPECT_FALSE(view.findChild<QPushButton *>(QStringLiteral("reparsePosting"))->isEnabled());
    ui::MessageBox::setChooser({});
    ui::MessageBox::setTestMode(false);
}

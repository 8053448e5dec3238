// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "builders.h"
#include "core/service/companyservice.h"
#include "tempdb.h"
#include "ui/commands/taskcontroller.h"
#include "ui/companies/companiesmodel.h"
#include "ui/companies/companiesview.h"
#include "ui/companies/companyeditdialog.h"
#include "ui/common/messagebox.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace jobprep;
using namespace jobprep::test;

TEST(CompanyEdit, EditingNameAndInterestIsOneUndoableCommand)
{
    TempDb db;
    const Id id = db.w().addCompany(makeCompany(QStringLiteral("Kakao"), 3));
    ui::TaskController controller(db.service());
    QUndoStack &undo = *controller.undoStack();
    CompaniesView view(controller);
    view.table()->setCurrentIndex(view.model()->index(0, 0));
    view.setDialogRunner([](QDialog &d) {
        d.findChild<QLineEdit *>(QStringLiteral("companyName"))->setText(QStringLiteral("카카오"));
        d.findChild<QSpinBox *>(QStringLiteral("companyInterest"))->setValue(5);
        return int(QDialog::Accepted);
    });
    view.editCurrent();
    EXPECT_EQ(db->company(id)->name, QStringLiteral("카카오"));
    EXPECT_EQ(db->company(id)->interest, 5);
    ASSERT_EQ(undo.count(), 1);
    undo.undo();
    EXPECT_EQ(db->company(id)->name, QStringLiteral("Kakao"));
    EXPECT_EQ(db->company(id)->interest, 3);
}

TEST(CompanyEdit, ATakenNameIsRefusedBeforeAnythingIsWritten)
{
    TempDb db;
    db.w().addCompany(makeCompany(QStringLiteral("Toss")));
    const Id naver = db.w().addCompany(makeCompany(QStringLiteral("Naver")));
    CompanyEditDialog dialog(db.store(), *db->company(naver));
    dialog.findChild<QLineEdit *>(QStringLiteral("companyName"))->setText(QStringLiteral("TOSS"));
    EXPECT_TRUE(dialog.problem().contains(QStringLiteral("already exists"))) << dialog.problem().toStdString();
    EXPECT_FALSE(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    dialog.findChild<QLineEdit *>(QStringLiteral("companyName"))->setText(QStringLiteral("네이버"));
    EXPECT_TRUE(dialog.problem().isEmpty());
    EXPECT_TRUE(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    EXPECT_EQ(db->company(naver)->name, QStringLiteral("Naver"));
}

namespace {

struct CompaniesTab
{
    explicit CompaniesTab(TempDb &db) : controller(db.service()), view(controller)
    {
        ui::MessageBox::setTestMode(true);
        view.resize(900, 400);
        view.show();
    }
    ~CompaniesTab() { ui::MessageBox::setTestMode(false); }
    void select(Id id) { view.table()->setCurrentIndex(view.model()->index(view.model()->rowOf(id), 0)); }
    Id selected() const { return view.currentCompany(); }

    ui::TaskController controller;
    CompaniesView view;
};

} // namespace

TEST(CompaniesView, TheStageBoxShowsTheSelectedCompanysStage)
{
    TempDb db;
    const Id toss = db.w().addCompany(makeCompany(QStringLiteral("토스"), 3, Stage::CodingTest));
    const Id naver = db.w().addCompany(makeCompany(QStringLiteral("네이버"), 4, Stage::Offer));
    CompaniesTab tab(db);
    tab.select(toss);
    EXPECT_EQ(tab.view.stageBox()->currentData().toString(), toString(Stage::CodingTest));
    tab.select(naver);
    EXPECT_EQ(tab.view.stageBox()->currentData().toString(), toString(Stage::Offer));
    tab.view.setStage(Stage::Rejected);
    EXPECT_EQ(tab.view.stageBox()->currentData().toString(), toString(Stage::Rejected));
}

// With no company selected, the stage box and the buttons that act on one are disabled, so the box
// does not show a stage that belongs to no company.
TEST(CompaniesView, WhatActsOnACompanyIsDisabledWhileNoneIsSelected)
{
    TempDb db;
    const Id toss = db.w().addCompany(makeCompany(QStringLiteral("토스"), 3, Stage::CodingTest));
    CompaniesTab tab(db);
    const auto button = [&](const char *name) { return tab.view.findChild<QPushButton *>(QLatin1String(name)); };
    ASSERT_TRUE(button("setStage") && button("editCompany") && button("deleteCompany") && button("newCompany"));
    EXPECT_FALSE(tab.view.stageBox()->isEnabled());
    EXPECT_FALSE(button("setStage")->isEnabled());
    EXPECT_FALSE(button("editCompany")->isEnabled());
    EXPECT_FALSE(button("deleteCompany")->isEnabled());
    EXPECT_TRUE(button("newCompany")->isEnabled());
    tab.select(toss);
    EXPECT_TRUE(tab.view.stageBox()->isEnabled());
    EXPECT_TRUE(button("setStage")->isEnabled());
    EXPECT_TRUE(button("deleteCompany")->isEnabled());
    tab.view.deleteCurrent();
    EXPECT_FALSE(tab.view.stageBox()->isEnabled());
    EXPECT_FALSE(button("deleteCompany")->isEnabled());
}

TEST(CompaniesView, TheSelectionStaysOnItsCompanyAcrossChanges)
{
    TempDb db;
    const Id kakao = db.w().addCompany(makeCompany(QStringLiteral("카카오"), 3));
    const Id toss = db.w().addCompany(makeCompany(QStringLiteral("토스"), 3));
    CompaniesTab tab(db);
    QAbstractItemModelTester tester(tab.view.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy resets(tab.view.model(), &QAbstractItemModel::modelReset);
    tab.select(toss);
    // Another company changes, one is added before it in the order, and the selected one is renamed
    // so that it sorts first: the table follows each row, and the selection its company.
    Company k = *db->company(kakao);
    k.interest = 5;
    db.service().companies().edit(k);
    EXPECT_EQ(tab.selected(), toss);
    db.service().companies().add(makeCompany(QStringLiteral("가나다 랩")));
    EXPECT_EQ(tab.selected(), toss);
    Company t = *db->company(toss);
    t.name = QStringLiteral("AAA 토스");
    db.service().companies().edit(t);
    EXPECT_EQ(tab.selected(), toss);
    EXPECT_EQ(tab.view.model()->rowOf(toss), 0);
    db.service().companies().remove(kakao);
    EXPECT_EQ(tab.selected(), toss);
    EXPECT_EQ(resets.size(), 0);
}

TEST(CompaniesView, EditDeleteAndUndoTwiceBringsTheCompanyBackAsItWasWithItsId)
{
    // Issue 20's crash: edit 네이버's interest 4 -> 5, delete it, Ctrl+Z twice.
    TempDb db;
    db.w().addCompany(makeCompany(QStringLiteral("카카오"), 3));
    db.w().addCompany(makeCompany(QStringLiteral("토스"), 3));
    const Id naver = db.w().addCompany(makeCompany(QStringLiteral("네이버"), 4, Stage::Applied));
    ASSERT_EQ(naver, 3);
    const Id posting = db.w().addPosting(makePosting(naver, QStringLiteral("AI 엔지니어"), db.today().addDays(10),
                                                     {{Section::Requirement, QStringLiteral("PyTorch")}}));
    Task t = makeTask(QStringLiteral("PyTorch 공부"));
    t.companyId = naver;
    t.lineIds = lineIds(db.store(), posting, Section::Requirement);
    const Id task = db.w().addTask(t);
    const Company before = *db->company(naver);
    CompaniesTab tab(db);
    tab.select(naver);
    tab.view.setDialogRunner([](QDialog &d) {
        d.findChild<QSpinBox *>(QStringLiteral("companyInterest"))->setValue(5);
        return int(QDialog::Accepted);
    });
    tab.view.editCurrent();
    EXPECT_EQ(db->company(naver)->interest, 5);
    tab.view.deleteCurrent();
    EXPECT_FALSE(db->company(naver).has_value());
    QUndoStack &undo = *tab.controller.undoStack();
    undo.undo();
    undo.undo();
    EXPECT_EQ(ui::MessageBox::takeShownMessages(), QStringList());
    const auto back = db->company(naver);
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(back->interest, 4);
    EXPECT_EQ(back->name, before.name);
    EXPECT_EQ(back->history.size(), before.history.size());
    EXPECT_EQ(lineIds(db.store(), posting, Section::Requirement), t.lineIds);
    EXPECT_EQ(db->task(task)->lineIds, t.lineIds);
    EXPECT_EQ(db->task(task)->companyId, naver);
    undo.redo();
    undo.redo();
    EXPECT_FALSE(db->company(naver).has_value());
}

// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "builders.h"
#include "tempdb.h"
#include "ui/commands/taskcontroller.h"
#include "ui/companies/companiesmodel.h"
#include "ui/companies/companiesview.h"
#include "ui/companies/companyeditdialog.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
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

// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "tempdb.h"
#include "ui/commands/taskcontroller.h"
#include "ui/window/plannerhelp.h"
#include "ui/window/settingsdialog.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTest>
#include <QTimeEdit>
#include <gtest/gtest.h>

using namespace jobprep;
using namespace jobprep::test;
using jobprep::ui::PlannerHelpDialog;
using jobprep::ui::SettingsDialog;
using jobprep::ui::TaskController;
using jobprep::ui::WelcomeDialog;

namespace {

template <typename T> T *child(QWidget &parent, const char *name)
{
    T *w = parent.findChild<T *>(QLatin1String(name));
    EXPECT_NE(w, nullptr) << name;
    return w;
}

// scripts/screenshots sets JOBPREP_SCREENSHOT_DIR to collect pictures of the dialogs.
void maybeGrab(QWidget &w, const char *name)
{
    const QString dir = qEnvironmentVariable("JOBPREP_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    w.show();
    QTest::qWait(50);
    w.grab().save(dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png"));
}

} // namespace

TEST(SettingsDialog, EditedValuesReachTheDatabaseAndSurviveReopening)
{
    TempDb db;
    {
        TaskController controller(db.service());
        SettingsDialog dialog(controller);
        child<QDoubleSpinBox>(dialog, "capacity1")->setValue(4.5);  // Monday
        child<QTimeEdit>(dialog, "start6")->setTime(QTime(9, 30)); // Saturday
        child<QSpinBox>(dialog, "urgencyWindow")->setValue(5);
        child<QSpinBox>(dialog, "protectedShare")->setValue(25);
        child<QDoubleSpinBox>(dialog, "blockHours")->setValue(1.5);
        child<QSpinBox>(dialog, "kindBase_certificate")->setValue(35);
        child<QSpinBox>(dialog, "requirementBonus")->setValue(20);
        child<QComboBox>(dialog, "language")->setCurrentIndex(2);
        child<QLineEdit>(dialog, "backupsFolder")->setText(db.dir());
        ASSERT_TRUE(dialog.save());
    }
    db.reopen();
    const Settings s = db->settings();
    EXPECT_DOUBLE_EQ(s.capacityHours[0], 4.5);
    EXPECT_EQ(s.startTime[5], QTime(9, 30));
    EXPECT_EQ(s.urgencyWindowDays, 5);
    EXPECT_DOUBLE_EQ(s.protectedShare, 0.25);
    EXPECT_DOUBLE_EQ(s.blockHours, 1.5);
    EXPECT_EQ(s.baseFor(Kind::Certificate), 35);
    EXPECT_EQ(s.requirementBonus, 20);
    EXPECT_EQ(QSettings().value(SettingsDialog::languageKey()).toString(), QStringLiteral("ko"));
    EXPECT_EQ(QSettings().value(SettingsDialog::backupsFolderKey()).toString(), db.dir());

    // A second dialog shows what was saved.
    TaskController controller(db.service());
    SettingsDialog again(controller);
    maybeGrab(again, "settings");
    EXPECT_EQ(again.settings(), s);
    EXPECT_EQ(again.language(), QStringLiteral("ko"));
}

TEST(SettingsDialog, RestoreDefaultsResetsTheForm)
{
    TempDb db;
    Settings changed;
    changed.urgencyWindowDays = 9;
    db.w().saveSettings(changed);
    TaskController controller(db.service());
    SettingsDialog dialog(controller);
    EXPECT_EQ(dialog.settings().urgencyWindowDays, 9);
    dialog.setSettings(Settings());
    EXPECT_EQ(dialog.settings(), Settings());
}

TEST(PlannerHelp, ThePageQuotesTheUsersOwnSettings)
{
    Settings s;
    s.requirementBonus = 21;
    s.urgencyWindowDays = 6;
    const QString html = PlannerHelpDialog::html(s);
    PlannerHelpDialog dialog(Settings{});
    maybeGrab(dialog, "planner-help");
    EXPECT_TRUE(html.contains(QStringLiteral("+21"))) << html.toStdString();
    EXPECT_TRUE(html.contains(QStringLiteral("within 6 days")));
    EXPECT_TRUE(html.contains(QStringLiteral("자격요건")));
    EXPECT_FALSE(PlannerHelpDialog::html(Settings()).contains(QStringLiteral("+21")));
}

TEST(WelcomeDialog, ReportsTheChoiceMade)
{
    WelcomeDialog example;
    maybeGrab(example, "welcome");
    QTest::mouseClick(child<QPushButton>(example, "startWithExample"), Qt::LeftButton);
    EXPECT_EQ(example.result(), QDialog::Accepted);
    EXPECT_EQ(example.choice(), WelcomeDialog::Example);
    WelcomeDialog empty;
    QTest::mouseClick(child<QPushButton>(empty, "startEmpty"), Qt::LeftButton);
    EXPECT_EQ(empty.choice(), WelcomeDialog::Empty);
}

// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "builders.h"
#include "tempdb.h"
#include "ui/common/messagebox.h"
#include "ui/window/mainwindow.h"

#include <QAction>
#include <QFile>
#include <QTabWidget>
#include <gtest/gtest.h>

using namespace jobprep;
using namespace jobprep::test;
using jobprep::ui::MainWindow;
using jobprep::ui::MessageBox;

namespace {

QString writeFile(const QString &dir, const QByteArray &bytes)
{
    const QString path = dir + QStringLiteral("/import.json");
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}

} // namespace

TEST(MainWindowViews, EveryViewHasItsTabAndThePostingActionsAreInTheMenus)
{
    TempDb db;
    MainWindow window(db.service());
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("centralTabs"));
    ASSERT_NE(tabs, nullptr);
    QStringList pages;
    for (int i = 0; i < tabs->count(); ++i)
        pages << tabs->widget(i)->objectName();
    EXPECT_EQ(pages, (QStringList{QStringLiteral("boardPage"), QStringLiteral("planPage"),
                                  QStringLiteral("companiesPage"), QStringLiteral("postingsPage"),
                                  QStringLiteral("skillsPage"), QStringLiteral("habitsPage")}));
    for (const char *name : {"actionAddPosting", "actionImport", "actionSettings", "actionPlannerHelp", "actionReviewWeek"}) {
        QAction *a = window.findChild<QAction *>(QLatin1String(name));
        ASSERT_NE(a, nullptr) << name;
        EXPECT_FALSE(a->text().isEmpty()) << name;
    }
    EXPECT_FALSE(window.findChild<QAction *>(QStringLiteral("actionAddPosting"))->shortcut().isEmpty());
}

TEST(MainWindowViews, ImportWritesEverythingOrNothing)
{
    TempDb db;
    MessageBox::setTestMode(true);
    MainWindow window(db.service());
    const QString bad = writeFile(db.dir(), R"({"tasks":[{"title":"ok"},{"title":"bad","due":"2026-02-30"}]})");
    EXPECT_FALSE(window.importFile(bad));
    EXPECT_TRUE(db->tasks().isEmpty());
    const QStringList shown = MessageBox::takeShownMessages();
    ASSERT_EQ(shown.size(), 1);
    EXPECT_TRUE(shown[0].contains(QStringLiteral("tasks[1].due"))) << shown[0].toStdString();

    const QString good = writeFile(db.dir(), R"({"companies":[{"name":"토스"}],"tasks":[{"title":"SQL","company":"토스"}]})");
    EXPECT_TRUE(window.importFile(good));
    ASSERT_EQ(db->tasks().size(), 1);
    EXPECT_EQ(db->tasks()[0].companyId, db->companyByName(QStringLiteral("토스"))->id);
    MessageBox::setTestMode(false);
}

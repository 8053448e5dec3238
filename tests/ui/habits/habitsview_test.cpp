// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// The Habits tab on real widgets: a click on a day ticks or un-ticks it as one undoable command,
// the tooltip lists a day's commits, a repository linked through the dialog is read off the GUI
// thread, and a missing one gets its note.
#include "builders.h"
#include "core/service/habitservice.h"
#include "gitrepo.h"
#include "integrations/git/gitscanner.h"
#include "integrations/git/habitsync.h"
#include "tempdb.h"
#include "ui/commands/taskcontroller.h"
#include "ui/habits/habitsview.h"
#include "ui/habits/habitsyncer.h"
#include "ui/habits/heatmapwidget.h"
#include "ui/habits/linkrepositorydialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace jobprep;
using namespace jobprep::test;
using namespace jobprep::ui;

namespace {

const QDate kToday(2026, 12, 6);
const QString kMe = QStringLiteral("me@example.com");

Id addHabit(TempDb &db, const QString &title = QStringLiteral("1일 1커밋"))
{
    Task t = makeTask(title, Kind::Project, kToday, 0.5);
    t.repeat = Repeat::Daily;
    t.created = QDateTime(QDate(2026, 11, 1), QTime(9, 0));
    return db.w().addTask(t);
}

void click(HeatmapWidget *map, const QDate &day)
{
    QTest::mouseClick(map, Qt::LeftButton, {}, map->cellRect(day).center());
}

bool waitFor(const std::function<bool()> &done)
{
    for (int i = 0; i < 300 && !done(); ++i)
        QTest::qWait(20);
    return done();
}

} // namespace

TEST(HabitsView, ClickingADayTicksItByHandAndUndoTakesItBack)
{
    TempDb db(kToday);
    const Id habit = addHabit(db);
    TaskController controller(db.service());
    HabitsView view(controller, nullptr);
    view.show();
    ASSERT_EQ(view.habitCount(), 1);
    HeatmapWidget *map = view.heatmap(habit);
    ASSERT_TRUE(map);
    EXPECT_EQ(map->grid().today(), kToday);
    const QDate friday(2026, 12, 4);
    EXPECT_TRUE(map->isMissed(friday)); // since the habit began on 11-01
    click(map, friday);
    EXPECT_EQ(db->habitDoneDays(habit), QList<QDate>{friday});
    EXPECT_EQ(controller.undoStack()->count(), 1);
    // The view followed the change: a new heatmap that knows the day.
    map = view.heatmap(habit);
    EXPECT_FALSE(map->isMissed(friday));
    EXPECT_TRUE(map->toolTipFor(friday).contains(QStringLiteral("Ticked by hand")));
    // Saturday too: the streak reads 2 while today is still open.
    click(map, QDate(2026, 12, 5));
    EXPECT_TRUE(view.summary(habit)->text().startsWith(QStringLiteral("Current streak: 2 day(s)"))) << view.summary(habit)->text().toStdString();
    // A day after today cannot be clicked.
    click(view.heatmap(habit), kToday.addDays(1));
    EXPECT_EQ(controller.undoStack()->count(), 2);
    controller.undoStack()->undo();
    controller.undoStack()->undo();
    EXPECT_TRUE(db->habitDoneDays(habit).isEmpty());
    EXPECT_TRUE(view.heatmap(habit)->isMissed(friday));
    controller.undoStack()->redo();
    EXPECT_EQ(db->habitDoneDays(habit), QList<QDate>{friday});
}

TEST(HabitsView, ADayWithCommitsListsThemAndUntickingKeepsThemApart)
{
    TempDb db(kToday);
    const Id habit = addHabit(db);
    GitRepo repo;
    for (int i = 0; i < 12; ++i)
        repo.commit(QStringLiteral("2026-12-03T%1:00:00+09:00").arg(10 + i), kMe, QStringLiteral("a.md"),
                    QStringLiteral("풀이 %1").arg(i));
    db.service().habits().link({0, habit, repo.path(), {}, {kMe}, {}, {}});
    git::syncHabits(db.service(), git::scanLinks, QTimeZone("Asia/Seoul"));
    TaskController controller(db.service());
    HabitsView view(controller, nullptr);
    view.show();
    const QString tip = view.heatmap(habit)->toolTipFor(QDate(2026, 12, 3));
    EXPECT_TRUE(tip.contains(QStringLiteral("12 commit(s)"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("풀이 11"))) << tip.toStdString(); // newest first
    EXPECT_FALSE(tip.contains(QStringLiteral("풀이 1\n"))) << tip.toStdString(); // ten listed, not twelve
    EXPECT_TRUE(tip.contains(QStringLiteral("…and 2 more"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(repo.head().left(7))) << tip.toStdString();
    // Un-ticked by hand: not done, the commits still known and said not to count.
    click(view.heatmap(habit), QDate(2026, 12, 3));
    EXPECT_TRUE(db->habitDoneDays(habit).isEmpty());
    EXPECT_TRUE(view.heatmap(habit)->toolTipFor(QDate(2026, 12, 3)).contains(QStringLiteral("they do not count")));
    EXPECT_TRUE(view.sourceTexts(habit).first().contains(repo.path()));
}

TEST(HabitsView, ARepositoryLinkedInTheDialogIsReadOffTheGuiThreadAndAMissingOneGetsItsNote)
{
    TempDb db(kToday);
    const Id habit = addHabit(db);
    GitRepo repo;
    repo.commit(QStringLiteral("2026-12-05T21:00:00+09:00"), kMe, QStringLiteral("백준/1000.py"));
    repo.commit(QStringLiteral("2026-12-06T08:00:00+09:00"), kMe, QStringLiteral("README.md"));
    TaskController controller(db.service());
    HabitSyncer syncer(db.service());
    syncer.setTimeZone(QTimeZone("Asia/Seoul"));
    HabitsView view(controller, &syncer);
    view.setDialogRunner([&](QDialog &d) {
        auto &dialog = dynamic_cast<LinkRepositoryDialog &>(d);
        dialog.folderEdit()->setText(repo.path());
        dialog.subfolderEdit()->setText(QStringLiteral("백준/"));
        dialog.authorsEdit()->setText(kMe);
        dialog.accept();
        return dialog.result();
    });
    view.show();
    QSignalSpy finished(&syncer, &HabitSyncer::finished);
    view.linkRepository(habit);
    ASSERT_TRUE(waitFor([&] { return !finished.isEmpty(); }));
    EXPECT_EQ(finished.first().at(1).toInt(), 1); // the README commit is outside 백준/
    EXPECT_EQ(db->habitDoneDays(habit), QList<QDate>{QDate(2026, 12, 5)});
    EXPECT_TRUE(view.heatmap(habit)->toolTipFor(QDate(2026, 12, 5)).contains(QStringLiteral("1 commit(s)")));
    // The link is one undoable step.
    EXPECT_EQ(controller.undoStack()->count(), 1);

    // The repository is moved away: the next sync leaves a note on the habit, its day stays.
    QDir(repo.path()).rename(repo.path(), repo.path() + QStringLiteral("-moved"));
    finished.clear();
    syncer.syncNow();
    ASSERT_TRUE(waitFor([&] { return !finished.isEmpty(); }));
    EXPECT_EQ(finished.first().at(2).toStringList().size(), 1);
    EXPECT_TRUE(view.sourceTexts(habit).first().contains(QStringLiteral("not there any more")))
        << view.sourceTexts(habit).first().toStdString();
    EXPECT_EQ(db->habitDoneDays(habit), QList<QDate>{QDate(2026, 12, 5)});
    // At most once a minute when the window comes back into focus.
    finished.clear();
    syncer.syncIfDue();
    QTest::qWait(50);
    EXPECT_TRUE(finished.isEmpty());
}

TEST(HabitsView, TheLinkDialogRefusesAFolderThatIsNotARepository)
{
    QTemporaryDir plain;
    LinkRepositoryDialog dialog(1, QStringLiteral("1일 1커밋"));
    dialog.folderEdit()->setText(plain.path());
    dialog.authorsEdit()->setText(kMe);
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(dialog.findChild<QLabel *>(QStringLiteral("linkError"))->text().contains(QStringLiteral("not a git repository")));
}

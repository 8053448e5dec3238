// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// Plan → Review the week…: the dialog shows the review it saves, saves each format (read back by an
// independent reader), and the window offers it once on the first start of a new week.
#include "builders.h"
#include "core/service/clock.h"
#include "core/service/planservice.h"
#include "core/service/taskservice.h"
#include "readerprocess.h"
#include "tempdb.h"
#include "ui/common/messagebox.h"
#include "ui/plan/reviewdialog.h"
#include "ui/window/mainwindow.h"

#include <QJsonArray>
#include <QSettings>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <gtest/gtest.h>

using namespace jobprep;
using namespace jobprep::test;

namespace {

const QDate kMonday(2026, 11, 30);

void liveAWeek(TempDb &db)
{
    const Id study = db.w().addTask(makeTask(QStringLiteral("Spark 스터디"), Kind::Study, QDate(2026, 12, 2), 2.0));
    Task h = makeTask(QStringLiteral("1일 1커밋"), Kind::Project, kMonday, 0.5);
    h.repeat = Repeat::Daily;
    const Id habit = db.w().addTask(h);
    for (QDate day = kMonday; day <= kMonday.addDays(6); day = day.addDays(1)) {
        db.service().clock().setSource([day] { return QDateTime(day, QTime(9, 0)); });
        db.service().plans().recordToday();
        db.service().tasks().complete({habit});
        if (day == QDate(2026, 12, 1))
            db.service().tasks().complete({study});
    }
    db.service().clock().setSource([] { return QDateTime(kMonday.addDays(7), QTime(9, 0)); });
}

} // namespace

TEST(ReviewDialog, ShowsLastWeekAndSavesEveryFormat)
{
    TempDb db(kMonday);
    liveAWeek(db);
    ReviewDialog dialog(db.store(), kMonday.addDays(7));
    EXPECT_EQ(dialog.review().monday, kMonday);
    const QString shown = dialog.browser()->toPlainText();
    EXPECT_TRUE(shown.contains(QStringLiteral("Weekly review 2026-W49"))) << shown.toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("1일 1커밋: kept 7 of 7 day(s)"))) << shown.toStdString();
    QString target;
    dialog.setPathChooser([&](ReviewFormat f) {
        target = db.dir() + (f == ReviewFormat::Markdown ? QStringLiteral("/r.md")
                             : f == ReviewFormat::Html   ? QStringLiteral("/r.html")
                                                         : QStringLiteral("/r.json"));
        return target;
    });
    for (const ReviewFormat f : {ReviewFormat::Markdown, ReviewFormat::Html}) {
        dialog.save(f);
        const QJsonObject read = readWithPython("read_review.py", target);
        const QJsonArray habits = read.value(QStringLiteral("sections")).toObject().value(QStringLiteral("Habits")).toObject().value(QStringLiteral("items")).toArray();
        ASSERT_EQ(habits.size(), 1) << target.toStdString();
        EXPECT_EQ(habits[0].toString(), QStringLiteral("1일 1커밋: kept 7 of 7 day(s) · streak 7 (longest 7)"));
    }
    dialog.save(ReviewFormat::Json);
    QFile json(target);
    ASSERT_TRUE(json.open(QIODevice::ReadOnly));
    const QJsonObject o = QJsonDocument::fromJson(json.readAll()).object();
    EXPECT_EQ(o.value(QStringLiteral("week")).toString(), QStringLiteral("2026-W49"));
    EXPECT_GT(o.value(QStringLiteral("quadrants")).toArray().size(), 0);
    // The week before: nothing happened, nothing planned was recorded.
    dialog.findChild<QToolButton *>(QStringLiteral("reviewPrevious"))->click();
    EXPECT_EQ(dialog.review().monday, kMonday.addDays(-7));
    EXPECT_EQ(dialog.review().daysWithoutPlan, 7);
}

TEST(ReviewDialog, OfferedOnceOnTheFirstStartOfANewWeek)
{
    TempDb db(kMonday);
    liveAWeek(db);
    ui::MessageBox::setTestMode(true);
    QSettings().setValue(QStringLiteral("review/offeredWeek"), QStringLiteral("2026-W49"));
    int reviews = 0;
    auto open = [&] {
        ui::MainWindow window(db.service());
        window.setDialogRunner([&](QDialog &d) {
            if (auto *r = dynamic_cast<ReviewDialog *>(&d)) {
                ++reviews;
                EXPECT_EQ(r->review().monday, kMonday);
            }
            return int(QDialog::Rejected);
        });
        bool painted = false;
        QObject::connect(&window, &ui::MainWindow::firstPainted, &window, [&] { painted = true; });
        ui::MessageBox::setNextAnswer(true);
        window.show();
        for (int i = 0; i < 200 && !painted; ++i)
            QTest::qWait(10);
        QTest::qWait(20);
        EXPECT_TRUE(painted);
    };
    open(); // Monday of W50: the review of W49 is offered
    EXPECT_EQ(reviews, 1);
    const QStringList shown = ui::MessageBox::takeShownMessages();
    ASSERT_EQ(shown.size(), 1);
    EXPECT_TRUE(shown.first().contains(QStringLiteral("2026-W49"))) << shown.first().toStdString();
    open(); // the same week again: not offered twice
    EXPECT_EQ(reviews, 1);
    EXPECT_TRUE(ui::MessageBox::takeShownMessages().isEmpty());
    // Today's plan was kept for next week's review when the window started.
    EXPECT_TRUE(db->hasRecordedPlan(kMonday.addDays(7)));
    ui::MessageBox::setTestMode(false);
}

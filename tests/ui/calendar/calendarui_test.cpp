// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// The calendar sync in the app (issue 18): Settings → Calendar against a real Radicale, Sync now
// with its summary in the status bar, the debounced sync after changes, no keyring, busy blocks.
#include "builders.h"
#include "core/service/calendarservice.h"
#include "core/service/taskservice.h"
#include "radicaleserver.h"
#include "tempdb.h"
#include "ui/calendar/calendarsettingspage.h"
#include "ui/calendar/calendarsynccontroller.h"
#include "ui/plan/plandaycolumn.h"
#include "ui/plan/planview.h"
#include "ui/window/mainwindow.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <gtest/gtest.h>

using namespace jobprep;
using namespace jobprep::test;
using jobprep::ui::CalendarSettingsPage;
using jobprep::ui::CalendarSyncController;
using jobprep::ui::MainWindow;
using jobprep::PlanDayColumn;
using jobprep::PlanView;

namespace {

const QDate kToday(2026, 12, 2);

class CalendarUi : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_server = new RadicaleServer();
        ASSERT_TRUE(s_server->start()) << s_server->error().toStdString();
        s_server->makeCalendar(QStringLiteral("personal"));
        s_server->makeCalendar(QStringLiteral("work"));
    }
    static void TearDownTestSuite()
    {
        delete s_server;
        s_server = nullptr;
    }
    static RadicaleServer &server() { return *s_server; }
    static QString calendarUrl(const char *name)
    {
        return server().url().resolved(QUrl(QStringLiteral("/alice/%1/").arg(QLatin1String(name)))).toString();
    }
    static void addTasks(TempDb &db)
    {
        db.service().tasks().add(makeTask(QStringLiteral("Spark 스터디"), Kind::Study, kToday.addDays(2), 5));
        db.service().tasks().add(makeTask(QStringLiteral("포트폴리오"), Kind::Project, {}, 8));
    }
    static CalendarAccount account(const char *calendar)
    {
        CalendarAccount a;
        a.url = server().url().toString();
        a.user = RadicaleServer::user();
        a.collection = calendarUrl(calendar);
        return a;
    }
    static RadicaleServer *s_server;
};
RadicaleServer *CalendarUi::s_server = nullptr;

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

TEST_F(CalendarUi, TheSettingsPageListsTheCalendarsAndSavesTheAccountButNeverThePassword)
{
    TempDb db(kToday);
    CalendarSyncController sync(db.service());
    CalendarSettingsPage page(db.service(), sync);
    page.urlEdit()->setText(server().url().toString());
    page.userEdit()->setText(RadicaleServer::user());
    // A wrong password first: the page says what the server said
    page.passwordEdit()->setText(QStringLiteral("wrong"));
    QSignalSpy tested(&page, &CalendarSettingsPage::tested);
    QTest::mouseClick(page.testButton(), Qt::LeftButton);
    ASSERT_TRUE(tested.wait(15000));
    EXPECT_FALSE(tested.takeFirst().at(0).toBool());
    EXPECT_TRUE(page.statusLabel()->text().contains(QStringLiteral("HTTP 401"))) << page.statusLabel()->text().toStdString();
    // The right one lists both calendars of the calendar home set
    page.passwordEdit()->setText(RadicaleServer::password());
    QTest::mouseClick(page.testButton(), Qt::LeftButton);
    ASSERT_TRUE(tested.wait(15000));
    EXPECT_TRUE(tested.takeFirst().at(0).toBool()) << page.statusLabel()->text().toStdString();
    ASSERT_EQ(page.calendars()->count(), 2);
    page.calendars()->setCurrentIndex(page.calendars()->findData(calendarUrl("work")));
    ASSERT_TRUE(page.save());
    const CalendarAccount a = db->calendarAccount();
    EXPECT_EQ(a.url, server().url().toString());
    EXPECT_EQ(a.user, RadicaleServer::user());
    EXPECT_EQ(a.collection, calendarUrl("work"));
    EXPECT_TRUE(sync.hasSessionPassword());
    db.close();
    for (const QString &file : {db.path(), db.path() + QStringLiteral("-wal")})
        EXPECT_FALSE(fileBytes(file).contains(RadicaleServer::password().toUtf8())) << file.toStdString();
    // A URL that is not http(s) is refused before anything is saved
    db.reopen();
    CalendarSettingsPage again(db.service(), sync);
    again.urlEdit()->setText(QStringLiteral("dav.example.com"));
    EXPECT_FALSE(again.save());
    EXPECT_EQ(db->calendarAccount().url, server().url().toString());
}

// A label with a mnemonic and no buddy shows its "&" as text (it did on the Calendar row).
TEST_F(CalendarUi, EveryLabelWithAShortcutOnTheSettingsPageHasAField)
{
    TempDb db(kToday);
    CalendarSyncController sync(db.service());
    CalendarSettingsPage page(db.service(), sync);
    int withShortcut = 0;
    for (const QLabel *label : page.findChildren<QLabel *>()) {
        if (!label->text().contains(QLatin1Char('&')))
            continue;
        ++withShortcut;
        EXPECT_NE(label->buddy(), nullptr) << label->text().toStdString();
    }
    EXPECT_EQ(withShortcut, 5); // URL, user, password, calendar, weeks
    EXPECT_EQ(page.calendars()->count(), 1) << "the stored calendar (or the first found) before any connection";
}

TEST_F(CalendarUi, SyncNowWritesThePlanAndShowsTheSummaryInTheStatusBar)
{
    TempDb db(kToday);
    addTasks(db);
    db.service().calendar().saveAccount(account("personal"));
    MainWindow window(db.service());
    window.calendarSync()->setSessionPassword(RadicaleServer::password());
    auto *summary = window.findChild<QLabel *>(QStringLiteral("calendarSyncSummary"));
    ASSERT_NE(summary, nullptr);
    QSignalSpy finished(window.calendarSync(), &CalendarSyncController::finished);
    window.findChild<QAction *>(QStringLiteral("actionSyncCalendar"))->trigger();
    ASSERT_TRUE(finished.wait(20000));
    EXPECT_TRUE(summary->text().startsWith(QStringLiteral("Calendar synced: "))) << summary->text().toStdString();
    EXPECT_TRUE(summary->text().contains(QStringLiteral(" created, 0 updated, 0 deleted"))) << summary->text().toStdString();
    EXPECT_FALSE(db->calendarRecords(calendarUrl("personal")).isEmpty());
    EXPECT_TRUE(db->calendarAccount().lastSync.contains(QStringLiteral("created")));
    EXPECT_TRUE(window.findChild<QAction *>(QStringLiteral("actionSyncCalendar"))->isEnabled());
}

TEST_F(CalendarUi, ABurstOfChangesStartsOneSyncAfterThePauseWhenAutoSyncIsOn)
{
    TempDb db(kToday);
    CalendarAccount a = account("work");
    a.autoSync = true;
    db.service().calendar().saveAccount(a);
    CalendarSyncController sync(db.service());
    sync.setSessionPassword(RadicaleServer::password());
    sync.setDebounceMs(300);
    QSignalSpy started(&sync, &CalendarSyncController::started);
    QSignalSpy finished(&sync, &CalendarSyncController::finished);
    addTasks(db);
    db.service().tasks().add(makeTask(QStringLiteral("SQL"), Kind::Study, {}, 1));
    EXPECT_TRUE(sync.debounceTimer()->isActive());
    EXPECT_EQ(started.count(), 0);
    ASSERT_TRUE(finished.wait(20000));
    EXPECT_EQ(started.count(), 1);
    QTest::qWait(500);
    EXPECT_EQ(started.count(), 1) << "the sync's own writes start no other";
    // Off: changes start nothing
    a.autoSync = false;
    db.service().calendar().saveAccount(a);
    db.service().tasks().add(makeTask(QStringLiteral("More"), Kind::Study, {}, 1));
    EXPECT_FALSE(sync.debounceTimer()->isActive());
}

TEST_F(CalendarUi, WithoutAKeyringTheMessageSaysHowToGoOn)
{
    TempDb db(kToday);
    db.service().calendar().saveAccount(account("work"));
    const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/jobprep-test-bus");
    CalendarSyncController sync(db.service());
    QSignalSpy message(&sync, &CalendarSyncController::message);
    sync.syncNow();
    ASSERT_TRUE(message.wait(15000));
    const QString text = message.takeFirst().at(0).toString();
    EXPECT_TRUE(text.contains(QStringLiteral("keyring"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("--password-file")) || text.contains(QStringLiteral("no password")))
        << text.toStdString();
    qputenv("DBUS_SESSION_BUS_ADDRESS", bus);
}

TEST_F(CalendarUi, ThePlanViewShowsBusyTimeAsGreyBlocksBesideTheWork)
{
    TempDb db(kToday);
    addTasks(db);
    BusyEvent cls;
    cls.summary = QStringLiteral("데이터베이스 수업");
    cls.time = BusyEvent::Time::Floating;
    cls.start = QDateTime(kToday.addDays(1), QTime(19, 0), Qt::UTC);
    cls.end = QDateTime(kToday.addDays(1), QTime(20, 30), Qt::UTC);
    db.service().calendar().setBusy(BusySource::File, {cls});
    PlanView view;
    view.setToday(kToday);
    view.setService(&db.service());
    view.resize(1200, 700);
    view.show();
    QTest::qWait(50);
    PlanDayColumn *thursday = view.dayColumn(3);
    const QList<QLabel *> busy = thursday->findChildren<QLabel *>(QStringLiteral("busyBlock"));
    ASSERT_EQ(busy.size(), 1);
    EXPECT_TRUE(busy[0]->text().contains(QStringLiteral("데이터베이스 수업")));
    EXPECT_TRUE(busy[0]->text().contains(QStringLiteral("19:00–20:30")));
    EXPECT_EQ(view.plan().days[3].capacityMinutes, 90);
    // A busy time added later (a sync) shows without reopening the view
    cls.start = QDateTime(kToday.addDays(2), QTime(19, 0), Qt::UTC);
    cls.end = QDateTime(kToday.addDays(2), QTime(20, 0), Qt::UTC);
    db.service().calendar().setBusy(BusySource::Calendar, {cls});
    EXPECT_EQ(view.dayColumn(4)->findChildren<QLabel *>(QStringLiteral("busyBlock")).size(), 1);
    QDir().mkpath(QStringLiteral(JOBPREP_SCREENSHOTS));
    view.grab().save(QStringLiteral(JOBPREP_SCREENSHOTS "/plan-busy-test.png"));
}

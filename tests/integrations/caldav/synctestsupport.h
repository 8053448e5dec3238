// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// What the calendar sync's scenario tests share: one Radicale for the suite, a sync run in-process,
// jobprep-cli as a process, and the independent client (python3-caldav) reading the calendar back.
#pragma once

#include "builders.h"
#include "core/service/calendarservice.h"
#include "core/service/taskservice.h"
#include "integrations/caldav/calendarsyncjob.h"
#include "radicaleserver.h"
#include "tempdb.h"

#include <QJsonArray>
#include <QJsonObject>
#include <gtest/gtest.h>

namespace jobprep::test {

// Wednesday of week 2026-W49, at noon UTC (21:00 in Seoul, where the tests run: TZ=Asia/Seoul).
inline const QDate kSyncToday(2026, 12, 2);
inline QDateTime noonOf(const QDate &d) { return QDateTime(d, QTime(12, 0), Qt::UTC); }

struct CliResult
{
    int code = -1;
    QByteArray out;
    QString err;
};

class CalendarSyncTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite();
    static void TearDownTestSuite();
    static RadicaleServer &server() { return *s_server; }

    // A calendar of this test's own on the shared server.
    QUrl freshCalendar();
    // Four tasks (a study with a deadline, a project, a short one, a daily habit) in `db`.
    static void addTasks(TempDb &db);
    CalendarSyncResult sync(TempDb &db, const QUrl &calendar, const QDate &today = kSyncToday,
                            std::function<void(int)> afterEachWrite = {}, const QUrl &server = {},
                            const QString &password = RadicaleServer::password(), int timeoutMs = 10000);
    static CliResult cli(const QString &dbPath, const QStringList &args, const QDate &today = kSyncToday);
    // Every event of the calendar as python3-caldav reads it.
    static QJsonArray readBack(const QUrl &calendar);
    // The events of database `dbId` in the calendar are exactly the blocks of `jobprep-cli plan
    // --format json --weeks 2` (UID, title, start, end), each once; plus `extraUids` kept from before.
    static void expectCalendarIsThePlan(const QString &dbPath, const QString &dbId, const QUrl &calendar,
                                        const QDate &today = kSyncToday, const QStringList &extraUids = {});
    // The files of the server's storage with their contents: equal before and after means nothing
    // was written.
    static QStringList storageSnapshot();

private:
    static RadicaleServer *s_server;
    static int s_calendars;
};

} // namespace jobprep::test

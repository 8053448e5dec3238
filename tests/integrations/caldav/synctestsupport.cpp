// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "synctestsupport.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>

namespace jobprep::test {

RadicaleServer *CalendarSyncTest::s_server = nullptr;
int CalendarSyncTest::s_calendars = 0;

void CalendarSyncTest::SetUpTestSuite()
{
    s_server = new RadicaleServer();
    ASSERT_TRUE(s_server->start()) << s_server->error().toStdString();
}

void CalendarSyncTest::TearDownTestSuite()
{
    delete s_server;
    s_server = nullptr;
}

QUrl CalendarSyncTest::freshCalendar()
{
    return server().makeCalendar(QStringLiteral("cal%1").arg(++s_calendars));
}

void CalendarSyncTest::addTasks(TempDb &db)
{
    TaskService &tasks = db.service().tasks();
    tasks.add(makeTask(QStringLiteral("Spark 스터디"), Kind::Study, kSyncToday.addDays(2), 5));
    tasks.add(makeTask(QStringLiteral("포트폴리오 프로젝트, \"추천 시스템\""), Kind::Project, {}, 8));
    tasks.add(makeTask(QStringLiteral("SQL; 윈도우 함수"), Kind::Study, {}, 1.5));
    Task habit = makeTask(QStringLiteral("LeetCode 한 문제"), Kind::CodingTest, kSyncToday, 0.5);
    habit.repeat = Repeat::Daily;
    tasks.add(habit);
}

CalendarSyncResult CalendarSyncTest::sync(TempDb &db, const QUrl &calendar, const QDate &today,
                                          std::function<void(int)> afterEachWrite, const QUrl &serverUrl,
                                          const QString &password, int timeoutMs)
{
    DavClient::Account account{serverUrl.isEmpty() ? server().url() : serverUrl, RadicaleServer::user(), password,
                               timeoutMs};
    CalendarSyncOptions options;
    options.today = today;
    options.now = noonOf(today);
    QUrl collection = calendar;
    if (!serverUrl.isEmpty())
        collection = serverUrl.resolved(QUrl(calendar.path()));
    CalendarSyncJob job(db.service(), account, collection, options);
    job.afterEachWrite = std::move(afterEachWrite);
    return job.run();
}

CliResult CalendarSyncTest::cli(const QString &dbPath, const QStringList &args, const QDate &today)
{
    QProcess p;
    p.start(QStringLiteral(JOBPREP_CLI),
            QStringList{QStringLiteral("--db"), dbPath, QStringLiteral("--today"), today.toString(Qt::ISODate)} + args);
    EXPECT_TRUE(p.waitForFinished(60000));
    return {p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
}

QJsonArray CalendarSyncTest::readBack(const QUrl &calendar)
{
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral(JOBPREP_READERS "/read_caldav.py"), calendar.toString(),
                                                 RadicaleServer::user(), server().passwordFile()});
    EXPECT_TRUE(p.waitForFinished(60000));
    EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object().value(QStringLiteral("events")).toArray();
}

void CalendarSyncTest::expectCalendarIsThePlan(const QString &dbPath, const QString &dbId, const QUrl &calendar,
                                               const QDate &today, const QStringList &extraUids)
{
    const CliResult plan = cli(dbPath, {QStringLiteral("plan"), QStringLiteral("--format"), QStringLiteral("json"),
                                        QStringLiteral("--weeks"), QStringLiteral("2")},
                               today);
    ASSERT_EQ(plan.code, 0) << plan.err.toStdString();
    QHash<QString, QJsonObject> blocks;
    for (const QJsonValue &w : QJsonDocument::fromJson(plan.out).object().value(QStringLiteral("weeks")).toArray())
        for (const QJsonValue &d : w.toObject().value(QStringLiteral("days")).toArray())
            for (const QJsonValue &b : d.toObject().value(QStringLiteral("blocks")).toArray())
                blocks.insert(b.toObject().value(QStringLiteral("uid")).toString(), b.toObject());
    ASSERT_FALSE(blocks.isEmpty());
    QSet<QString> seen;
    for (const QJsonValue &v : readBack(calendar)) {
        const QJsonObject e = v.toObject();
        if (e.value(QStringLiteral("database")).toString() != dbId)
            continue;
        const QString uid = e.value(QStringLiteral("uid")).toString();
        EXPECT_FALSE(seen.contains(uid)) << "twice in the calendar: " << uid.toStdString();
        seen.insert(uid);
        EXPECT_TRUE(uid.startsWith(QStringLiteral("jobprep-") + dbId + QLatin1Char('-'))) << uid.toStdString();
        EXPECT_EQ(e.value(QStringLiteral("href")).toString(), calendar.path() + uid + QStringLiteral(".ics"));
        if (extraUids.contains(uid))
            continue;
        ASSERT_TRUE(blocks.contains(uid)) << "not in the plan: " << uid.toStdString();
        const QJsonObject b = blocks.value(uid);
        EXPECT_EQ(e.value(QStringLiteral("summary")).toString(), b.value(QStringLiteral("title")).toString());
        EXPECT_EQ(e.value(QStringLiteral("start")).toString(), b.value(QStringLiteral("start")).toString()) << uid.toStdString();
        EXPECT_EQ(e.value(QStringLiteral("end")).toString(), b.value(QStringLiteral("end")).toString()) << uid.toStdString();
        EXPECT_EQ(e.value(QStringLiteral("tzid")).toString(), QStringLiteral("Asia/Seoul"));
        EXPECT_EQ(e.value(QStringLiteral("categories")).toArray().size(), 1);
    }
    for (auto it = blocks.cbegin(); it != blocks.cend(); ++it)
        EXPECT_TRUE(seen.contains(it.key())) << "missing from the calendar: " << it.key().toStdString();
    for (const QString &uid : extraUids)
        EXPECT_TRUE(seen.contains(uid)) << "should have stayed: " << uid.toStdString();
}

QStringList CalendarSyncTest::storageSnapshot()
{
    QStringList out;
    QDirIterator it(server().storageFolder(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.contains(QLatin1String(".Radicale.cache")) || path.endsWith(QLatin1String(".lock")))
            continue;
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        out << path + QLatin1Char(' ') + QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha1).toHex());
    }
    out.sort();
    return out;
}

} // namespace jobprep::test

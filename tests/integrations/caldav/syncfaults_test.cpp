// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// The faults of issue 18, each with a clear message that names the URL and the status or network
// error, and none losing anything: a faulty server in front of Radicale (faultproxy.py), HTTPS with
// a certificate nobody trusts, a calendar that is not there, no server at all.
#include "synctestsupport.h"

#include <QProcess>

using namespace jobprep;
using namespace jobprep::test;

namespace {

// faultproxy.py in front of the suite's Radicale; stopped when destroyed.
class FaultProxy
{
public:
    explicit FaultProxy(const QUrl &target, const QStringList &args)
    {
        m_process.start(QStringLiteral("/usr/bin/python3"),
                        QStringList{QStringLiteral(JOBPREP_FAULT_PROXY), target.toString()} + args);
        m_process.waitForReadyRead(10000);
        m_port = m_process.readLine().trimmed().toInt();
    }
    ~FaultProxy()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_port)); }

private:
    QProcess m_process;
    int m_port = 0;
};

} // namespace

TEST_F(CalendarSyncTest, QuotaAndServerFailuresAreNamedAndCutOffSyncsFinishLater)
{
    TempDb db(kSyncToday);
    addTasks(db);
    const QUrl calendar = freshCalendar();
    {
        FaultProxy full(server().url(), {QStringLiteral("--status"), QStringLiteral("507")});
        const CalendarSyncResult r = sync(db, calendar, kSyncToday, {}, full.url());
        EXPECT_FALSE(r.ok());
        EXPECT_TRUE(r.error.contains(QStringLiteral("HTTP 507"))) << r.error.toStdString();
        EXPECT_TRUE(r.error.contains(QStringLiteral("quota"))) << r.error.toStdString();
        EXPECT_TRUE(r.error.contains(full.url().toString())) << r.error.toStdString();
    }
    // 503 after four PUTs, for two: the sync stops there; the next one, through the same server,
    // finishes without a duplicate
    FaultProxy flaky(server().url(), {QStringLiteral("--fail-puts-after"), QStringLiteral("4"), QStringLiteral("--fail-count"),
                                      QStringLiteral("2")});
    CalendarSyncResult r = sync(db, calendar, kSyncToday, {}, flaky.url());
    EXPECT_FALSE(r.ok());
    EXPECT_TRUE(r.error.contains(QStringLiteral("HTTP 503"))) << r.error.toStdString();
    EXPECT_FALSE(r.refusedOrUnreachable);
    const QString key = flaky.url().resolved(QUrl(calendar.path())).toString();
    const int written = int(db->calendarRecords(key).size());
    EXPECT_GE(written, 4);
    r = sync(db, calendar, kSyncToday, {}, flaky.url());
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    EXPECT_EQ(r.unchanged, written);
    int ours = 0;
    QSet<QString> uids;
    for (const QJsonValue &e : readBack(calendar)) {
        ++ours;
        uids.insert(e.toObject().value(QStringLiteral("uid")).toString());
    }
    EXPECT_EQ(ours, uids.size()) << "a duplicate";
    EXPECT_EQ(ours, written + r.created);
}

TEST_F(CalendarSyncTest, ATimeoutIsNamed)
{
    TempDb db(kSyncToday);
    addTasks(db);
    FaultProxy slow(server().url(), {QStringLiteral("--delay"), QStringLiteral("5")});
    const CalendarSyncResult r = sync(db, freshCalendar(), kSyncToday, {}, slow.url(), RadicaleServer::password(), 1000);
    EXPECT_FALSE(r.ok());
    EXPECT_TRUE(r.refusedOrUnreachable);
    EXPECT_TRUE(r.error.contains(QStringLiteral("timed out"))) << r.error.toStdString();
    EXPECT_TRUE(db->calendarRecords(slow.url().toString()).isEmpty());
}

TEST_F(CalendarSyncTest, NoSuchCalendarAndNoServerAreNamedAndExitThree)
{
    TempDb db(kSyncToday);
    addTasks(db);
    db.close();
    const QStringList base{QStringLiteral("calendar"), QStringLiteral("sync"), QStringLiteral("--user"),
                           RadicaleServer::user(), QStringLiteral("--password-file"), server().passwordFile()};
    CliResult r = cli(db.path(), base + QStringList{QStringLiteral("--url"), server().url().toString(),
                                                     QStringLiteral("--calendar"), QStringLiteral("/alice/no-such-calendar/")});
    EXPECT_EQ(r.code, 3);
    EXPECT_TRUE(r.err.contains(QStringLiteral("HTTP 404"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("/alice/no-such-calendar/"))) << r.err.toStdString();
    r = cli(db.path(), base + QStringList{QStringLiteral("--url"), QStringLiteral("http://127.0.0.1:1/")});
    EXPECT_EQ(r.code, 3);
    EXPECT_TRUE(r.err.contains(QStringLiteral("http://127.0.0.1:1/: connection refused"))) << r.err.toStdString();
    // Bad arguments are 1, and say which
    r = cli(db.path(), base + QStringList{QStringLiteral("--url"), QStringLiteral("ftp://x/")});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--url"))) << r.err.toStdString();
    r = cli(db.path(), {QStringLiteral("calendar"), QStringLiteral("sync"), QStringLiteral("--url"), server().url().toString(),
                        QStringLiteral("--user"), RadicaleServer::user(), QStringLiteral("--password-file"),
                        QStringLiteral("/nonexistent/pw")});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("/nonexistent/pw"))) << r.err.toStdString();
}

TEST_F(CalendarSyncTest, ACertificateNobodyTrustsIsRefusedWithTheReason)
{
    RadicaleServer tls({true});
    ASSERT_TRUE(tls.start()) << tls.error().toStdString();
    const QUrl calendar = tls.makeCalendar(QStringLiteral("secure"));
    TempDb db(kSyncToday);
    addTasks(db);
    DavClient::Account account{tls.url(), RadicaleServer::user(), RadicaleServer::password(), 10000};
    CalendarSyncOptions options;
    options.today = kSyncToday;
    options.now = noonOf(kSyncToday);
    CalendarSyncJob job(db.service(), account, calendar, options);
    QEventLoop loop;
    QObject::connect(&job, &CalendarSyncJob::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    EXPECT_FALSE(job.result().ok());
    EXPECT_TRUE(job.result().refusedOrUnreachable);
    EXPECT_TRUE(job.result().error.contains(QStringLiteral("certificate"))) << job.result().error.toStdString();
    EXPECT_TRUE(job.result().error.contains(tls.url().toString())) << job.result().error.toStdString();
    EXPECT_TRUE(db->calendarRecords(calendar.toString()).isEmpty());
}

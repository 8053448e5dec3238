// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// `jobprep-cli busy import` (a university timetable) and the rolling feed, as processes.
#include "readerprocess.h"

#include <QJsonArray>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace jobprep::test;

namespace {

class BusyCli : public ::testing::Test
{
protected:
    QTemporaryDir dir;
    struct Result
    {
        int code = -1;
        QByteArray out;
        QString err;
    };
    Result run(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(JOBPREP_CLI), QStringList{QStringLiteral("--db"), dir.filePath(QStringLiteral("b.sqlite")),
                                                         QStringLiteral("--today"), QStringLiteral("2026-12-02")} +
                                                 args);
        EXPECT_TRUE(p.waitForFinished(60000));
        return {p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
    }
    QJsonObject json(const QStringList &args)
    {
        const Result r = run(args);
        EXPECT_EQ(r.code, 0) << r.err.toStdString();
        return QJsonDocument::fromJson(r.out).object();
    }
    void SetUp() override
    {
        for (const QStringList &task :
             {QStringList{QStringLiteral("Spark 스터디"), QStringLiteral("--kind"), QStringLiteral("study"), QStringLiteral("--estimate"),
                          QStringLiteral("20")},
              QStringList{QStringLiteral("포트폴리오"), QStringLiteral("--kind"), QStringLiteral("project"), QStringLiteral("--estimate"),
                          QStringLiteral("20")}})
            ASSERT_EQ(run(QStringList{QStringLiteral("task"), QStringLiteral("add")} + task).code, 0);
    }
    static QString fixture(const char *name) { return QStringLiteral(JOBPREP_FIXTURES "/calendar/") + QLatin1String(name); }
};

} // namespace

TEST_F(BusyCli, ATimetableFileBecomesBusyTimeThePlanLeavesFree)
{
    const QJsonObject imported = json({QStringLiteral("--json"), QStringLiteral("busy"), QStringLiteral("import"), fixture("timetable.ics")});
    EXPECT_EQ(imported.value(QStringLiteral("events")).toInt(), 3);
    EXPECT_EQ(imported.value(QStringLiteral("busy")).toInt(), 6) << "Mondays and Wednesdays until 18 December, less one, and the exam";
    // Week 50 (Seoul, TZ of the test): Monday's class, no Wednesday class (EXDATE), the exam on Saturday
    const QJsonArray busy = QJsonDocument::fromJson(run({QStringLiteral("--json"), QStringLiteral("busy"), QStringLiteral("list"),
                                                         QStringLiteral("--week"), QStringLiteral("2026-W50")})
                                                        .out)
                                .array();
    QStringList seen;
    for (const QJsonValue &v : busy) {
        const QJsonObject b = v.toObject();
        seen << b.value(QStringLiteral("date")).toString() + QLatin1Char(' ') + b.value(QStringLiteral("start")).toString() +
                    QLatin1Char('-') + b.value(QStringLiteral("end")).toString();
    }
    EXPECT_EQ(seen, (QStringList{QStringLiteral("2026-12-07 19:00-20:30"), QStringLiteral("2026-12-12 00:00-24:00")}));
    // The plan of that week: Saturday has no hours, Monday starts after the class
    const QJsonObject plan = json({QStringLiteral("plan"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--week"),
                                   QStringLiteral("2026-W50")});
    const QJsonArray days = plan.value(QStringLiteral("days")).toArray();
    EXPECT_EQ(days[5].toObject().value(QStringLiteral("capacityHours")).toDouble(), 0);
    EXPECT_EQ(days[5].toObject().value(QStringLiteral("blocks")).toArray().size(), 0);
    EXPECT_EQ(days[0].toObject().value(QStringLiteral("capacityHours")).toDouble(), 1.5);
    EXPECT_EQ(days[0].toObject().value(QStringLiteral("blocks")).toArray()[0].toObject().value(QStringLiteral("start")).toString(),
              QStringLiteral("2026-12-07T20:30"));
    EXPECT_EQ(days[2].toObject().value(QStringLiteral("capacityHours")).toDouble(), 3) << "the Wednesday class is excepted";
}

TEST_F(BusyCli, ABrokenFileIsRefusedNamingTheLineAndChangesNothing)
{
    ASSERT_EQ(run({QStringLiteral("busy"), QStringLiteral("import"), fixture("timetable.ics")}).code, 0);
    const QByteArray before = run({QStringLiteral("--json"), QStringLiteral("busy"), QStringLiteral("list"), QStringLiteral("--week"),
                                   QStringLiteral("2026-W50")})
                                  .out;
    const auto r = run({QStringLiteral("busy"), QStringLiteral("import"), fixture("broken.ics")});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("broken.ics: line 10"))) << r.err.toStdString();
    EXPECT_EQ(run({QStringLiteral("--json"), QStringLiteral("busy"), QStringLiteral("list"), QStringLiteral("--week"),
                   QStringLiteral("2026-W50")})
                  .out,
              before);
}

TEST_F(BusyCli, TheRollingFeedHoldsTheNextWeeksWithTheSyncsUids)
{
    const QString feed = dir.filePath(QStringLiteral("feed.ics"));
    ASSERT_EQ(run({QStringLiteral("plan"), QStringLiteral("--format"), QStringLiteral("ics"), QStringLiteral("--weeks"), QStringLiteral("2"),
                   QStringLiteral("--out"), feed, QStringLiteral("--timezone"), QStringLiteral("Asia/Seoul")})
                  .code,
              0);
    const QJsonObject ics = readWithPython("read_ics.py", feed);
    const QJsonObject plan = json({QStringLiteral("plan"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--weeks"),
                                   QStringLiteral("2")});
    QSet<QString> planned, fed;
    QSet<QString> weeks;
    for (const QJsonValue &w : plan.value(QStringLiteral("weeks")).toArray()) {
        weeks.insert(w.toObject().value(QStringLiteral("week")).toString());
        for (const QJsonValue &d : w.toObject().value(QStringLiteral("days")).toArray())
            for (const QJsonValue &b : d.toObject().value(QStringLiteral("blocks")).toArray())
                planned.insert(b.toObject().value(QStringLiteral("uid")).toString());
    }
    for (const QJsonValue &e : ics.value(QStringLiteral("events")).toArray())
        fed.insert(e.toObject().value(QStringLiteral("uid")).toString());
    EXPECT_EQ(weeks, (QSet<QString>{QStringLiteral("2026-W49"), QStringLiteral("2026-W50"), QStringLiteral("2026-W51")}));
    EXPECT_EQ(fed, planned);
    EXPECT_GT(fed.size(), 15) << "40 hours over three weeks";
    // A second feed of the same database keeps every UID
    const QString again = dir.filePath(QStringLiteral("again.ics"));
    ASSERT_EQ(run({QStringLiteral("plan"), QStringLiteral("--format"), QStringLiteral("ics"), QStringLiteral("--weeks"), QStringLiteral("2"),
                   QStringLiteral("--out"), again})
                  .code,
              0);
    QSet<QString> second;
    for (const QJsonValue &e : readWithPython("read_ics.py", again).value(QStringLiteral("events")).toArray())
        second.insert(e.toObject().value(QStringLiteral("uid")).toString());
    EXPECT_EQ(second, fed);
    EXPECT_EQ(run({QStringLiteral("plan"), QStringLiteral("--format"), QStringLiteral("md"), QStringLiteral("--weeks"), QStringLiteral("2")}).code,
              1);
    // Half a year ahead at most: 26 more weeks are a feed, 27 a usage error naming --weeks.
    EXPECT_EQ(run({QStringLiteral("plan"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--weeks"),
                   QStringLiteral("26")})
                  .code,
              0);
    const Result tooMany = run({QStringLiteral("plan"), QStringLiteral("--format"), QStringLiteral("json"),
                                QStringLiteral("--weeks"), QStringLiteral("27")});
    EXPECT_EQ(tooMany.code, 1);
    EXPECT_TRUE(tooMany.err.contains(QStringLiteral("--weeks"))) << tooMany.err.toStdString();
}

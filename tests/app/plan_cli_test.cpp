// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// `jobprep-cli plan` run as a process, each format read back by an independent reader.
#include "readerprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace jobprep::test;

namespace {

struct Result
{
    int code = -1;
    QByteArray out;
    QString err;
};

class PlanCli : public ::testing::Test
{
protected:
    QTemporaryDir dir;

    Result run(const QStringList &args) { return runBinary(QStringLiteral(JOBPREP_CLI), args); }
    // The same, with a copy of jobprep-cli somewhere else.
    Result runBinary(const QString &cli, const QStringList &args)
    {
        QProcess p;
        p.start(cli, QStringList{QStringLiteral("--db"), dir.filePath(QStringLiteral("p.sqlite")), QStringLiteral("--today"),
                                 QStringLiteral("2026-12-02")} +
                         args);
        EXPECT_TRUE(p.waitForFinished(60000));
        return {p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
    }
    Result ok(const QStringList &args)
    {
        Result r = run(args);
        EXPECT_EQ(r.code, 0) << args.join(QLatin1Char(' ')).toStdString() << "\n" << r.err.toStdString();
        return r;
    }
    QString path(const QString &name) const { return dir.filePath(name); }

    void SetUp() override
    {
        ok({QStringLiteral("company"), QStringLiteral("add"), QStringLiteral("카카오")});
        ok({QStringLiteral("task"), QStringLiteral("add"), QStringLiteral("Spark 스터디"), QStringLiteral("--kind"),
            QStringLiteral("study"), QStringLiteral("--due"), QStringLiteral("2026-12-04"), QStringLiteral("--estimate"),
            QStringLiteral("5"), QStringLiteral("--company"), QStringLiteral("카카오")});
        ok({QStringLiteral("task"), QStringLiteral("add"), QStringLiteral("포트폴리오 프로젝트, \"추천 시스템\""),
            QStringLiteral("--kind"), QStringLiteral("project"), QStringLiteral("--estimate"), QStringLiteral("8")});
        ok({QStringLiteral("task"), QStringLiteral("add"), QStringLiteral("LeetCode 한 문제"), QStringLiteral("--repeat"),
            QStringLiteral("daily"), QStringLiteral("--estimate"), QStringLiteral("0.5"), QStringLiteral("--due"),
            QStringLiteral("2026-12-02")});
    }

    // The plan as the CLI's own JSON gives it: the count and titles of the blocks, day by day.
    QList<QPair<QString, QString>> blocks()
    {
        const Result r = ok({QStringLiteral("plan"), QStringLiteral("--format"), QStringLiteral("json")});
        const QJsonObject plan = QJsonDocument::fromJson(r.out).object();
        EXPECT_EQ(plan[QStringLiteral("week")].toString(), QStringLiteral("2026-W49")); // the week of --today
        QList<QPair<QString, QString>> out;
        for (const QJsonValue &d : plan[QStringLiteral("days")].toArray())
            for (const QJsonValue &b : d.toObject()[QStringLiteral("blocks")].toArray())
                out.append({b.toObject()[QStringLiteral("title")].toString(), b.toObject()[QStringLiteral("start")].toString()});
        return out;
    }
};

} // namespace

TEST_F(PlanCli, MarkdownToStandardOutputHasEveryBlock)
{
    const auto expected = blocks();
    ASSERT_GE(expected.size(), 8);
    const Result r = ok({QStringLiteral("plan")});
    QFile f(path(QStringLiteral("stdout.md")));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(r.out);
    f.close();
    const QJsonObject md = readWithPython("read_md.py", f.fileName());
    QList<QPair<QString, QString>> got;
    for (const QJsonValue &d : md[QStringLiteral("days")].toArray())
        for (const QJsonValue &i : d.toObject()[QStringLiteral("items")].toArray())
            got.append({i.toObject()[QStringLiteral("title")].toString(),
                        d.toObject()[QStringLiteral("date")].toString() + QLatin1Char('T') +
                            i.toObject()[QStringLiteral("start")].toString()});
    EXPECT_EQ(got, expected);
}

TEST_F(PlanCli, IcsFileIsReadByPythonIcalendarInTheRequestedZone)
{
    const auto expected = blocks();
    ok({QStringLiteral("plan"), QStringLiteral("--format"), QStringLiteral("ics"), QStringLiteral("--timezone"),
        QStringLiteral("Asia/Seoul"), QStringLiteral("--out"), path(QStringLiteral("w.ics"))});
    const QJsonObject ics = readWithPython("read_ics.py", path(QStringLiteral("w.ics")));
    const QJsonArray events = ics[QStringLiteral("events")].toArray();
    ASSERT_EQ(events.size(), expected.size());
    for (int i = 0; i < events.size(); ++i) {
        EXPECT_EQ(events[i].toObject()[QStringLiteral("summary")].toString(), expected[i].first);
        EXPECT_EQ(events[i].toObject()[QStringLiteral("tzid")].toString(), QStringLiteral("Asia/Seoul"));
        EXPECT_TRUE(events[i].toObject()[QStringLiteral("start")].toString().startsWith(expected[i].second));
    }
    EXPECT_LE(ics[QStringLiteral("raw")].toObject()[QStringLiteral("maxOctets")].toInt(), 75);
    // Exported again: the same UIDs.
    ok({QStringLiteral("plan"), QStringLiteral("--week"), QStringLiteral("2026-W49"), QStringLiteral("--format"),
        QStringLiteral("ics"), QStringLiteral("--timezone"), QStringLiteral("Asia/Seoul"), QStringLiteral("--out"),
        path(QStringLiteral("again.ics"))});
    const QJsonArray again = readWithPython("read_ics.py", path(QStringLiteral("again.ics")))[QStringLiteral("events")].toArray();
    ASSERT_EQ(again.size(), events.size());
    for (int i = 0; i < events.size(); ++i)
        EXPECT_EQ(again[i].toObject()[QStringLiteral("uid")], events[i].toObject()[QStringLiteral("uid")]);
}

TEST_F(PlanCli, CsvOnStandardOutputIsReadByPythonsCsvModule)
{
    const auto expected = blocks();
    const Result r = ok({QStringLiteral("plan"), QStringLiteral("--format"), QStringLiteral("csv")});
    QFile f(path(QStringLiteral("stdout.csv")));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(r.out);
    f.close();
    const QJsonObject csv = readWithPython("read_csv.py", f.fileName());
    EXPECT_TRUE(csv[QStringLiteral("bom")].toBool());
    EXPECT_EQ(csv[QStringLiteral("bareLf")].toInt(), 0);
    const QJsonArray rows = csv[QStringLiteral("rows")].toArray();
    ASSERT_EQ(rows.size(), expected.size());
    for (int i = 0; i < rows.size(); ++i)
        EXPECT_EQ(rows[i].toArray()[4].toString(), expected[i].first);
}

TEST_F(PlanCli, HtmlAndPdfFiles)
{
    ok({QStringLiteral("plan"), QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("--out"),
        path(QStringLiteral("w.html"))});
    QFile html(path(QStringLiteral("w.html")));
    ASSERT_TRUE(html.open(QIODevice::ReadOnly));
    const QString page = QString::fromUtf8(html.readAll());
    EXPECT_TRUE(page.contains(QStringLiteral("포트폴리오 프로젝트, &quot;추천 시스템&quot;")));

    ok({QStringLiteral("plan"), QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"),
        path(QStringLiteral("w.pdf"))});
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {path(QStringLiteral("w.pdf")), QStringLiteral("-")});
    ASSERT_TRUE(p.waitForFinished(60000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    EXPECT_TRUE(text.contains(QStringLiteral("Spark 스터디"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("카카오")));
    EXPECT_TRUE(text.contains(QStringLiteral("LeetCode 한 문제")));
}

TEST_F(PlanCli, BadArgumentsAreNamedAndWriteNothing)
{
    Result r = run({QStringLiteral("plan"), QStringLiteral("--format"), QStringLiteral("pdf")});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--out"))) << r.err.toStdString();
    r = run({QStringLiteral("plan"), QStringLiteral("--week"), QStringLiteral("2026-W60")});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--week")));
    r = run({QStringLiteral("plan"), QStringLiteral("--format"), QStringLiteral("docx")});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--format")));
    r = run({QStringLiteral("plan"), QStringLiteral("--format"), QStringLiteral("ics"), QStringLiteral("--timezone"),
             QStringLiteral("Mars/Olympus")});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--timezone")));
    const QString missing = path(QStringLiteral("no/such/dir/w.md"));
    r = run({QStringLiteral("plan"), QStringLiteral("--out"), missing});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(missing));
    EXPECT_FALSE(QFile::exists(missing));
}

// jobprep-cli loads QtGui only through its PDF module (app/cli/pdfmodule.h). Without the module,
// or with a library of that name that is not it, a PDF export says which file and why, writes
// nothing, and every other command still works.
TEST_F(PlanCli, PdfWithoutItsModuleNamesItAndWritesNothing)
{
    const QString bin = path(QStringLiteral("bin"));
    ASSERT_TRUE(QDir().mkpath(bin));
    const QString cli = bin + QStringLiteral("/jobprep-cli");
    ASSERT_TRUE(QFile::copy(QStringLiteral(JOBPREP_CLI), cli));
    ASSERT_TRUE(QFile::setPermissions(cli, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    const auto runCopy = [&](const QStringList &args) { return runBinary(cli, QStringList{QStringLiteral("plan")} + args); };
    const QString pdf = path(QStringLiteral("w.pdf"));
    const QStringList asPdf{QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), pdf};

    Result r = runCopy(asPdf);
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("jobprep-cli-pdf.so"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(bin + QStringLiteral("/jobprep-cli-pdf.so: not there"))) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(pdf));

    // A shared library by that name without the module's entry points is refused by name.
    QFile foreign(bin + QStringLiteral("/jobprep-cli-pdf.so"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(JOBPREP_SQLITE_LIBRARY), foreign.fileName()));
    r = runCopy(asPdf);
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("not a jobprep-cli-pdf module of this version"))) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(pdf));

    r = runCopy({QStringLiteral("--format"), QStringLiteral("md")});
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains("Spark 스터디"));
}

// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "cli.h"
#include "core/store/store.h"
#include "storetestaccess.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace jobprep;

namespace {

struct Result
{
    int code = -1;
    QString out;
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

// Runs the real jobprep-cli on a temporary database with a fixed date.
class Cli : public ::testing::Test
{
protected:
    QTemporaryDir dir;
    QString db() const { return dir.filePath(QStringLiteral("cli.sqlite")); }

    Result run(QStringList args, const QByteArray &stdinData = {}, bool withDb = true)
    {
        if (withDb)
            args = QStringList{QStringLiteral("--db"), db(), QStringLiteral("--today"), QStringLiteral("2026-11-28")} + args;
        QProcess p;
        p.start(QStringLiteral(JOBPREP_CLI), args);
        p.write(stdinData);
        p.closeWriteChannel();
        EXPECT_TRUE(p.waitForFinished(30000));
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }
    Result ok(const QStringList &args)
    {
        Result r = run(args);
        EXPECT_EQ(r.code, 0) << args.join(QLatin1Char(' ')).toStdString() << "\n" << r.err.toStdString();
        return r;
    }
};

QByteArray hashOf(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

TEST_F(Cli, CompanyPostingAndTaskCommandsWorkTogether)
{
    ok({QStringLiteral("company"), QStringLiteral("add"), QStringLiteral("카카오"), QStringLiteral("--stage"),
        QStringLiteral("preparing"), QStringLiteral("--interest"), QStringLiteral("5")});
    ok({QStringLiteral("posting"), QStringLiteral("add"), QStringLiteral("카카오"), QStringLiteral("--title"),
        QStringLiteral("데이터 엔지니어"), QStringLiteral("--role"), QStringLiteral("data-engineer"),
        QStringLiteral("--deadline"), QStringLiteral("2026-12-01")});
    const Result added = ok({QStringLiteral("--json"), QStringLiteral("task"), QStringLiteral("add"),
                             QStringLiteral("Spark 스터디"), QStringLiteral("--kind"), QStringLiteral("study"),
                             QStringLiteral("--due"), QStringLiteral("2026-11-30"), QStringLiteral("--company"),
                             QStringLiteral("카카오")});
    const qint64 id = added.json().object().value(QStringLiteral("id")).toInteger();
    EXPECT_EQ(added.json().object().value(QStringLiteral("quadrant")).toInt(), 1);

    const Result list = ok({QStringLiteral("--json"), QStringLiteral("task"), QStringLiteral("list")});
    const QJsonArray tasks = list.json().array();
    ASSERT_EQ(tasks.size(), 1);
    EXPECT_EQ(tasks[0].toObject().value(QStringLiteral("title")).toString(), QStringLiteral("Spark 스터디"));
    EXPECT_EQ(tasks[0].toObject().value(QStringLiteral("dday")).toString(), QStringLiteral("D-2"));
    EXPECT_EQ(tasks[0].toObject().value(QStringLiteral("company")).toString(), QStringLiteral("카카오"));

    ok({QStringLiteral("task"), QStringLiteral("move"), QString::number(id), QStringLiteral("4")});
    const Result why = ok({QStringLiteral("task"), QStringLiteral("why"), QString::number(id)});
    EXPECT_TRUE(why.out.contains(QStringLiteral("Do first"))) << why.out.toStdString();
    EXPECT_TRUE(why.out.contains(QStringLiteral("kind: Study"))) << why.out.toStdString();
    const Result q4 = ok({QStringLiteral("--json"), QStringLiteral("task"), QStringLiteral("list"),
                          QStringLiteral("--quadrant"), QStringLiteral("4")});
    EXPECT_EQ(q4.json().array().size(), 1);
    ok({QStringLiteral("task"), QStringLiteral("unpin"), QString::number(id)});
    ok({QStringLiteral("task"), QStringLiteral("done"), QString::number(id)});
    EXPECT_EQ(ok({QStringLiteral("--json"), QStringLiteral("task"), QStringLiteral("list")}).json().array().size(), 0);
    EXPECT_EQ(ok({QStringLiteral("--json"), QStringLiteral("task"), QStringLiteral("list"), QStringLiteral("--all")})
                  .json()
                  .array()
                  .size(),
              1);

    const Result companies = ok({QStringLiteral("--json"), QStringLiteral("company"), QStringLiteral("list")});
    const QJsonObject kakao = companies.json().array().at(0).toObject();
    EXPECT_EQ(kakao.value(QStringLiteral("stage")).toString(), QStringLiteral("preparing"));
    EXPECT_EQ(kakao.value(QStringLiteral("nearestDeadline")).toString(), QStringLiteral("2026-12-01"));
    ok({QStringLiteral("company"), QStringLiteral("set"), QStringLiteral("카카오"), QStringLiteral("--stage"),
        QStringLiteral("applied")});
    const Result after = ok({QStringLiteral("--json"), QStringLiteral("company"), QStringLiteral("list")});
    EXPECT_EQ(after.json().array().at(0).toObject().value(QStringLiteral("history")).toArray().size(), 2);
    const Result postings = ok({QStringLiteral("posting"), QStringLiteral("list")});
    EXPECT_TRUE(postings.out.contains(QStringLiteral("D-3"))) << postings.out.toStdString();
}

TEST_F(Cli, AHabitDoneTicksTodayAndMovesToItsNextOccurrence)
{
    const Result added = ok({QStringLiteral("--json"), QStringLiteral("task"), QStringLiteral("add"),
                             QStringLiteral("1일 1커밋"), QStringLiteral("--kind"), QStringLiteral("project"),
                             QStringLiteral("--repeat"), QStringLiteral("daily"), QStringLiteral("--estimate"),
                             QStringLiteral("0.5")});
    const qint64 id = added.json().object().value(QStringLiteral("id")).toInteger();
    const Result done = ok({QStringLiteral("--json"), QStringLiteral("task"), QStringLiteral("done"), QString::number(id)});
    EXPECT_EQ(done.json().object().value(QStringLiteral("next")).toString(), QStringLiteral("2026-11-29"));
    EXPECT_EQ(done.json().object().value(QStringLiteral("streak")).toInt(), 1);
    const QJsonArray open = ok({QStringLiteral("--json"), QStringLiteral("task"), QStringLiteral("list")}).json().array();
    ASSERT_EQ(open.size(), 1); // the same task, still open
    EXPECT_EQ(open[0].toObject().value(QStringLiteral("id")).toInteger(), id);
    EXPECT_EQ(open[0].toObject().value(QStringLiteral("due")).toString(), QStringLiteral("2026-11-29"));
    EXPECT_EQ(open[0].toObject().value(QStringLiteral("streak")).toInt(), 1);
}

TEST_F(Cli, BoardPrintsFourQuadrantsInOrderWithALimit)
{
    for (int i = 0; i < 5; ++i)
        ok({QStringLiteral("task"), QStringLiteral("add"), QStringLiteral("project %1").arg(i), QStringLiteral("--kind"),
            QStringLiteral("project")});
    ok({QStringLiteral("task"), QStringLiteral("add"), QStringLiteral("cert"), QStringLiteral("--kind"),
        QStringLiteral("certificate")});
    const Result text = ok({QStringLiteral("board"), QStringLiteral("--limit"), QStringLiteral("2")});
    const int q1 = text.out.indexOf(QStringLiteral("== 1 Do first"));
    const int q2 = text.out.indexOf(QStringLiteral("== 2 Schedule (5 tasks"));
    const int q4 = text.out.indexOf(QStringLiteral("== 4 Drop / later (1 tasks"));
    EXPECT_TRUE(q1 >= 0 && q2 > q1 && q4 > q2) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("3 more")));
    const QJsonArray json = ok({QStringLiteral("--json"), QStringLiteral("board"), QStringLiteral("--limit"),
                                QStringLiteral("2")})
                                .json()
                                .array();
    ASSERT_EQ(json.size(), 4);
    EXPECT_EQ(json[1].toObject().value(QStringLiteral("count")).toInt(), 5);
    EXPECT_EQ(json[1].toObject().value(QStringLiteral("tasks")).toArray().size(), 2);
}

TEST_F(Cli, ExportThenImportIntoAnEmptyFileRoundTrips)
{
    ok({QStringLiteral("company"), QStringLiteral("add"), QStringLiteral("Toss")});
    ok({QStringLiteral("task"), QStringLiteral("add"), QStringLiteral("SQL 문제 풀이"), QStringLiteral("--company"),
        QStringLiteral("Toss"), QStringLiteral("--kind"), QStringLiteral("coding-test")});
    const QString file = dir.filePath(QStringLiteral("out.json"));
    ok({QStringLiteral("export"), file});
    const QString other = dir.filePath(QStringLiteral("other.sqlite"));
    Result r = run({QStringLiteral("--db"), other, QStringLiteral("import"), file}, {}, false);
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    r = run({QStringLiteral("--db"), other, QStringLiteral("export"), QStringLiteral("-")}, {}, false);
    const QJsonObject back = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_EQ(back.value(QStringLiteral("tasks")).toArray().at(0).toObject().value(QStringLiteral("title")).toString(),
              QStringLiteral("SQL 문제 풀이"));
    EXPECT_EQ(back.value(QStringLiteral("tasks")).toArray().at(0).toObject().value(QStringLiteral("company")).toString(),
              QStringLiteral("Toss"));
}

TEST_F(Cli, BadInputExitsOneAndNamesTheArgument)
{
    Result r = run({QStringLiteral("task"), QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--due"),
                    QStringLiteral("2026-02-30")});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--due"))) << r.err.toStdString();
    r = run({QStringLiteral("task"), QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--estimate"),
             QStringLiteral("-3")});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--estimate")));
    r = run({QStringLiteral("task"), QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--kind"),
             QStringLiteral("hobby")});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("project, study")));
    r = run({QStringLiteral("task"), QStringLiteral("move"), QStringLiteral("1"), QStringLiteral("7")});
    EXPECT_EQ(r.code, 1);
    r = run({QStringLiteral("frobnicate")});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("unknown command")));
    r = run({QStringLiteral("task"), QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--bogus")});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("bogus")));
    EXPECT_EQ(ok({QStringLiteral("--json"), QStringLiteral("task"), QStringLiteral("list")}).json().array().size(), 0);
}

TEST_F(Cli, BadImportNamesTheFieldAndImportsNothing)
{
    const QString file = dir.filePath(QStringLiteral("bad.json"));
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(R"({"companies":[{"name":"Kakao"}],"tasks":[{"title":"ok"},{"title":"bad","due":"2026-13-01"}]})");
    f.close();
    const Result r = run({QStringLiteral("import"), file});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("tasks[1].due"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("bad.json")));
    EXPECT_EQ(ok({QStringLiteral("--json"), QStringLiteral("company"), QStringLiteral("list")}).json().array().size(), 0);
}

TEST_F(Cli, UnusableDatabaseExitsThreeAndIsLeftAlone)
{
    const QString text = dir.filePath(QStringLiteral("notes.txt"));
    QFile f(text);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("not a database at all\n").repeated(100));
    f.close();
    const QByteArray before = hashOf(text);
    Result r = run({QStringLiteral("--db"), text, QStringLiteral("task"), QStringLiteral("list")}, {}, false);
    EXPECT_EQ(r.code, 3);
    EXPECT_TRUE(r.err.contains(QStringLiteral("not a JobPrep database"))) << r.err.toStdString();
    EXPECT_EQ(hashOf(text), before);

    {
        Store s(db());
        test::database(s).exec(QStringLiteral("PRAGMA user_version=99"));
    }
    r = run({QStringLiteral("task"), QStringLiteral("list")});
    EXPECT_EQ(r.code, 3);
    EXPECT_TRUE(r.err.contains(QStringLiteral("99"))) << r.err.toStdString();
}

TEST_F(Cli, JobprepDbEnvironmentVariableChoosesTheFile)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("JOBPREP_DB"), db());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(JOBPREP_CLI), {QStringLiteral("company"), QStringLiteral("add"), QStringLiteral("Line")});
    ASSERT_TRUE(p.waitForFinished(30000));
    ASSERT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    Store s(db());
    EXPECT_TRUE(s.companyByName(QStringLiteral("line")));
}

TEST(CliColumns, ClipAndPadCountHangulAndEmojiAsTwoColumnsAndNeverSplitACodePoint)
{
    using jobprep::cli::clip;
    using jobprep::cli::pad;
    EXPECT_EQ(clip(QStringLiteral("Spark"), 5), QStringLiteral("Spark"));
    EXPECT_EQ(clip(QStringLiteral("Spark 스터디"), 8), QStringLiteral("Spark …"));  // 스 would need 2 of the 7
    EXPECT_EQ(clip(QStringLiteral("카카오 자기소개서"), 7), QStringLiteral("카카오…"));
    EXPECT_EQ(clip(QStringLiteral("🚀🚀🚀 launch"), 6), QStringLiteral("🚀🚀…"));
    EXPECT_EQ(pad(QStringLiteral("토스"), 8), QStringLiteral("토스    "));
    EXPECT_EQ(pad(QStringLiteral("데이터 엔지니어링 밋업"), 10), QStringLiteral("데이터 …  "));
    const QString padded = pad(QStringLiteral("추천 시스템 포트폴리오 프로젝트"), 20);
    int columns = 0;
    for (const char32_t cp : QStringView(padded).toUcs4())
        columns += (cp >= 0xAC00 && cp <= 0xD7A3) ? 2 : 1;
    EXPECT_EQ(columns, 20);
}

// --help is the reference people read first: every option a command takes is in its synopsis
// (company add/set once took --coding-test-notes without saying so).
TEST(CliHelp, EverySynopsisNamesEveryOptionOfItsCommand)
{
    int checked = 0;
    for (const jobprep::cli::Command &command : jobprep::cli::allCommands()) {
        for (const QCommandLineOption &option : command.options) {
            for (const QString &name : option.names()) {
                const QString spelled = (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
                const qsizetype at = command.synopsis.indexOf(spelled);
                const bool whole = at >= 0 && (at + spelled.size() == command.synopsis.size() ||
                                               !command.synopsis.at(at + spelled.size()).isLetterOrNumber());
                EXPECT_TRUE(whole) << qPrintable(command.name) << ": its synopsis does not name "
                                   << qPrintable(spelled) << ": " << qPrintable(command.synopsis);
                ++checked;
            }
        }
    }
    EXPECT_GT(checked, 20); // the commands were read
}

// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <utility>

namespace {

QString u(const char *s) { return QString::fromUtf8(s); }
QString fixture(const char *name) { return QStringLiteral(JOBPREP_FIXTURES "/postings/") + QString::fromUtf8(name); }

struct CliRun
{
    int code;
    QByteArray out;
    QString err;
    QJsonObject object() const { return QJsonDocument::fromJson(out).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(out).array(); }
};

// The real jobprep-cli as a process, on a database in a fresh folder.
class PostingCli : public ::testing::Test
{
public:
    CliRun runPublic(const QStringList &args, const QByteArray &in = {}) { return run(args, in); }

protected:
    QTemporaryDir dir;
    QString db() const { return dir.filePath(QStringLiteral("p.sqlite")); }
    CliRun run(const QStringList &args, const QByteArray &in = {})
    {
        QProcess p;
        p.start(QStringLiteral(JOBPREP_CLI),
                QStringList{QStringLiteral("--db"), db(), QStringLiteral("--today"), QStringLiteral("2026-11-28")} + args);
        p.write(in);
        p.closeWriteChannel();
        EXPECT_TRUE(p.waitForFinished(30000));
        return {p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
    }
};

} // namespace

TEST_F(PostingCli, ParsePrintsJsonWithoutTouchingTheDatabase)
{
    const CliRun r = run({QStringLiteral("posting"), QStringLiteral("parse"), fixture("kr-inline.txt"), QStringLiteral("--json")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonObject o = r.object();
    EXPECT_EQ(o[u("sections")].toObject()[u("requirement")].toInt(), 3);
    EXPECT_EQ(o[u("requiredSkills")].toArray().toVariantList().size(), 3);
    const QJsonArray lines = o[u("lines")].toArray();
    bool python = false;
    for (const QJsonValue &l : lines)
        python |= l[u("text")] == u("Python") && l[u("section")] == u("requirement") && l[u("heading")] == u("자격요건");
    EXPECT_TRUE(python);
    EXPECT_EQ(o[u("proposedTasks")].toArray().size(), 5); // 3 requirements + 2 preferred
    EXPECT_FALSE(QFile::exists(db()));

    // - reads stdin
    const CliRun s = run({QStringLiteral("posting"), QStringLiteral("parse"), QStringLiteral("-"), QStringLiteral("--json")},
                      QByteArray("Requirements\n- SQL\n"));
    ASSERT_EQ(s.code, 0);
    EXPECT_EQ(s.object()[u("skills")].toArray().first().toString(), u("SQL"));
}

TEST_F(PostingCli, ParseJsonNamesEachLinesHeadingEligibilityOneOfAndTask)
{
    const QByteArray text("### 필수 경험과 역량\n"
                          "- TensorFlow 또는 PyTorch 경험\n"
                          "- Python 3년 이상\n"
                          "- 학사 이상\n"
                          "[합류 전에 읽어 주세요]\n"
                          "- 수습 기간 3개월\n");
    const CliRun r = run({QStringLiteral("posting"), QStringLiteral("parse"), QStringLiteral("-"), QStringLiteral("--json")},
                         text);
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonObject o = r.object();
    EXPECT_EQ(o[u("language")].toString(), u("ko"));
    EXPECT_EQ(o[u("sections")].toObject()[u("eligibility")].toInt(), 2);
    const QJsonArray lines = o[u("lines")].toArray();
    ASSERT_EQ(lines.size(), 5);
    const QJsonObject first = lines[0].toObject();
    EXPECT_EQ(first[u("section")].toString(), u("requirement"));
    EXPECT_EQ(first[u("heading")].toString(), u("필수 경험과 역량"));
    EXPECT_EQ(first[u("headingLine")].toInt(), 1);
    EXPECT_EQ(first[u("line")].toInt(), 2);
    EXPECT_EQ(first[u("oneOf")].toArray()[0].toArray().toVariantList(), (QVariantList{u("TensorFlow"), u("PyTorch")}));
    EXPECT_TRUE(first[u("taskTitle")].toString().startsWith(u("포트폴리오 프로젝트: "))) << first[u("taskTitle")].toString().toStdString();
    // "Python 3년 이상": the requirement and its eligibility twin, from the same line.
    EXPECT_EQ(lines[1].toObject()[u("section")].toString(), u("requirement"));
    EXPECT_EQ(lines[2].toObject()[u("section")].toString(), u("eligibility"));
    EXPECT_EQ(lines[2].toObject()[u("eligibility")].toString(), u("experience"));
    EXPECT_EQ(lines[2].toObject()[u("line")].toInt(), 3);
    EXPECT_FALSE(lines[2].toObject().contains(u("taskTitle")));
    EXPECT_EQ(lines[3].toObject()[u("eligibility")].toString(), u("degree"));
    // The unknown heading ends the requirements: its line is other, placed under it.
    EXPECT_EQ(lines[4].toObject()[u("section")].toString(), u("other"));
    EXPECT_EQ(lines[4].toObject()[u("heading")].toString(), u("합류 전에 읽어 주세요"));
    EXPECT_TRUE(lines[4].toObject()[u("eligibility")].isNull());
    // Only the two requirement lines become proposed tasks.
    EXPECT_EQ(o[u("proposedTasks")].toArray().size(), 2);

    // The readable preview lists eligibility lines under their own section.
    const CliRun text2 = run({QStringLiteral("posting"), QStringLiteral("parse"), QStringLiteral("-")}, text);
    ASSERT_EQ(text2.code, 0);
    EXPECT_TRUE(text2.out.contains("eligibility (2)")) << text2.out.toStdString();
}

TEST_F(PostingCli, ParseRefusesInvalidUtf8AndHugeInputWithExitOne)
{
    const CliRun bad = run({QStringLiteral("posting"), QStringLiteral("parse"), QStringLiteral("-")}, QByteArray("ok\n\xC3\x28"));
    EXPECT_EQ(bad.code, 1);
    EXPECT_TRUE(bad.err.contains(u("not valid UTF-8"))) << bad.err.toStdString();
    EXPECT_TRUE(bad.err.contains(u("line 2"))) << bad.err.toStdString();
    const CliRun huge = run({QStringLiteral("posting"), QStringLiteral("parse"), QStringLiteral("-")},
                         QByteArray(1024 * 1024 + 10, 'a'));
    EXPECT_EQ(huge.code, 1);
    EXPECT_TRUE(huge.err.contains(u("1 MB"))) << huge.err.toStdString();
}

TEST_F(PostingCli, AddWithTextCreatesRequirementTasksAndLinksTheSameSkill)
{
    ASSERT_EQ(run({QStringLiteral("company"), QStringLiteral("add"), u("카카오")}).code, 0);
    ASSERT_EQ(run({QStringLiteral("company"), QStringLiteral("add"), u("토스")}).code, 0);
    const CliRun first = run({QStringLiteral("posting"), QStringLiteral("add"), u("카카오"), QStringLiteral("--title"), u("DA"),
                           QStringLiteral("--deadline"), QStringLiteral("2026-12-10"), QStringLiteral("--text-file"),
                           fixture("kr-inline.txt"), QStringLiteral("--json")});
    ASSERT_EQ(first.code, 0) << first.err.toStdString();
    EXPECT_EQ(first.object()[u("tasksCreated")].toArray().size(), 3);
    const CliRun second = run({QStringLiteral("posting"), QStringLiteral("add"), u("토스"), QStringLiteral("--title"), u("DE"),
                            QStringLiteral("--text-file"), QStringLiteral("-"), QStringLiteral("--with-preferred")},
                           QByteArray("이런 분을 찾아요\n• 파이썬을 잘 다루는 분\n이런 분이면 더 좋아요\n• Airflow 경험\n"));
    ASSERT_EQ(second.code, 0) << second.err.toStdString();
    EXPECT_TRUE(second.out.contains("links to task")) << second.out.toStdString();
    EXPECT_TRUE(second.out.contains("1 tasks created, 1 existing tasks linked")) << second.out.toStdString();

    const CliRun postings = run({QStringLiteral("posting"), QStringLiteral("list"), QStringLiteral("--json")});
    const QJsonArray list = postings.array();
    ASSERT_EQ(list.size(), 2);
    EXPECT_EQ(list[0].toObject()[u("requirementLines")].toInt(), 3);
    EXPECT_EQ(list[0].toObject()[u("requirementLinesDone")].toInt(), 0);
    const CliRun none = run({QStringLiteral("posting"), QStringLiteral("add"), u("토스"), QStringLiteral("--title"), u("X"),
                          QStringLiteral("--text-file"), fixture("en-linkedin.txt"), QStringLiteral("--no-tasks"),
                          QStringLiteral("--json")});
    ASSERT_EQ(none.code, 0);
    EXPECT_TRUE(none.object()[u("tasksCreated")].toArray().isEmpty());
}

namespace {

// A company and a posting added from text through the CLI; returns the posting's id.
qint64 addKakaoPosting(PostingCli &t, const QByteArray &text)
{
    EXPECT_EQ(t.runPublic({QStringLiteral("company"), QStringLiteral("add"), u("카카오")}).code, 0);
    const CliRun added = t.runPublic({QStringLiteral("posting"), QStringLiteral("add"), u("카카오"), QStringLiteral("--title"),
                                      u("데이터 엔지니어"), QStringLiteral("--deadline"), QStringLiteral("2026-12-09"),
                                      QStringLiteral("--url"), u("https://careers.kakao.com/jobs/P-1"),
                                      QStringLiteral("--text-file"), QStringLiteral("-"), QStringLiteral("--json")},
                                     text);
    EXPECT_EQ(added.code, 0) << added.err.toStdString();
    return added.object()[u("id")].toInteger();
}

const QByteArray kKakaoText("[자격요건]\n"
                            "- TensorFlow 또는 PyTorch 경험\n"
                            "- SQL 활용 능력\n"
                            "- 학사 이상\n"
                            "- 병역필 또는 면제자\n");

QJsonObject lineWithText(const QJsonArray &lines, const QString &text, const QString &section)
{
    for (const QJsonValue &l : lines)
        if (l[u("text")] == text && l[u("section")] == section)
            return l.toObject();
    return {};
}

} // namespace

TEST_F(PostingCli, ShowJsonListsLinesWithTheirTasksAndTheEligibilityChecklist)
{
    const qint64 id = addKakaoPosting(*this, kKakaoText);
    const CliRun shown = run({QStringLiteral("posting"), QStringLiteral("show"), QString::number(id), QStringLiteral("--json")});
    ASSERT_EQ(shown.code, 0) << shown.err.toStdString();
    const QJsonObject o = shown.object();
    EXPECT_EQ(o[u("title")].toString(), u("데이터 엔지니어"));
    EXPECT_EQ(o[u("company")].toString(), u("카카오"));
    EXPECT_EQ(o[u("deadline")].toString(), u("2026-12-09"));
    EXPECT_EQ(o[u("dDay")].toString(), u("D-11"));
    const QJsonArray lines = o[u("lines")].toArray();
    const QJsonObject either = lineWithText(lines, u("TensorFlow 또는 PyTorch 경험"), u("requirement"));
    ASSERT_FALSE(either.isEmpty());
    EXPECT_EQ(either[u("oneOf")].toArray()[0].toArray().toVariantList(), (QVariantList{u("TensorFlow"), u("PyTorch")}));
    ASSERT_EQ(either[u("taskIds")].toArray().size(), 1);
    EXPECT_FALSE(either[u("done")].toBool());
    EXPECT_EQ(either[u("heading")].toString(), u("자격요건"));
    // Eligibility lines: in the lines with their section, and as the checklist; never a task.
    const QJsonObject degree = lineWithText(lines, u("학사 이상"), u("eligibility"));
    ASSERT_FALSE(degree.isEmpty());
    EXPECT_TRUE(degree[u("taskIds")].toArray().isEmpty());
    const QJsonArray checklist = o[u("eligibility")].toArray();
    ASSERT_EQ(checklist.size(), 2);
    EXPECT_EQ(checklist[0][u("id")].toInteger(), degree[u("id")].toInteger());
    EXPECT_FALSE(checklist[0][u("met")].toBool());

    // The task done: its line is done, and readiness moves.
    const qint64 task = either[u("taskIds")].toArray()[0].toInteger();
    ASSERT_EQ(run({QStringLiteral("task"), QStringLiteral("done"), QString::number(task)}).code, 0);
    const QJsonObject after = run({QStringLiteral("posting"), QStringLiteral("show"), QString::number(id), QStringLiteral("--json")}).object();
    EXPECT_TRUE(lineWithText(after[u("lines")].toArray(), u("TensorFlow 또는 PyTorch 경험"), u("requirement"))[u("done")].toBool());
    EXPECT_EQ(after[u("requirementLinesDone")].toInt(), 1);

    // The readable form groups the lines and shows the checklist.
    const CliRun text = run({QStringLiteral("posting"), QStringLiteral("show"), QString::number(id)});
    ASSERT_EQ(text.code, 0);
    EXPECT_TRUE(text.out.contains("any one of: TensorFlow, PyTorch")) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains("[ ] ")) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains("done ✓")) << text.out.toStdString();
}

TEST_F(PostingCli, TickSetDeleteAndReparseChangeTheStoredPosting)
{
    const qint64 id = addKakaoPosting(*this, kKakaoText);
    const QString sid = QString::number(id);
    const QJsonObject shown = run({QStringLiteral("posting"), QStringLiteral("show"), sid, QStringLiteral("--json")}).object();
    const qint64 degree = shown[u("eligibility")].toArray()[0][u("id")].toInteger();
    const qint64 sql = lineWithText(shown[u("lines")].toArray(), u("SQL 활용 능력"), u("requirement"))[u("id")].toInteger();

    const CliRun ticked = run({QStringLiteral("posting"), QStringLiteral("tick"), sid, QString::number(degree), QStringLiteral("--json")});
    ASSERT_EQ(ticked.code, 0) << ticked.err.toStdString();
    EXPECT_TRUE(ticked.object()[u("eligibility")].toArray()[0][u("met")].toBool());
    // Only eligibility lines of that posting are ticked: the message names the argument.
    const CliRun notEligible = run({QStringLiteral("posting"), QStringLiteral("tick"), sid, QString::number(sql)});
    EXPECT_EQ(notEligible.code, 1);
    EXPECT_TRUE(notEligible.err.contains(u("LINE_ID %1").arg(sql))) << notEligible.err.toStdString();
    EXPECT_EQ(run({QStringLiteral("posting"), QStringLiteral("tick"), sid}).code, 1);
    ASSERT_EQ(run({QStringLiteral("posting"), QStringLiteral("tick"), sid, QString::number(degree), QStringLiteral("--off")}).code, 0);

    const CliRun set = run({QStringLiteral("posting"), QStringLiteral("set"), sid, QStringLiteral("--title"), u("ML 엔지니어"),
                            QStringLiteral("--role"), QStringLiteral("ml-engineer"), QStringLiteral("--deadline"),
                            QStringLiteral("none"), QStringLiteral("--json")});
    ASSERT_EQ(set.code, 0) << set.err.toStdString();
    EXPECT_EQ(set.object()[u("title")].toString(), u("ML 엔지니어"));
    EXPECT_EQ(set.object()[u("role")].toString(), u("ml-engineer"));
    EXPECT_TRUE(set.object()[u("deadline")].isNull());
    EXPECT_FALSE(set.object()[u("eligibility")].toArray()[0][u("met")].toBool());
    for (const auto &[args, option] : {std::pair{QStringList{QStringLiteral("--deadline"), QStringLiteral("2026-02-30")}, u("--deadline")},
                                       std::pair{QStringList{QStringLiteral("--role"), QStringLiteral("chef")}, u("--role")},
                                       std::pair{QStringList{QStringLiteral("--title"), QStringLiteral(" ")}, u("--title")},
                                       std::pair{QStringList{}, u("--title")}}) {
        const CliRun bad = run(QStringList{QStringLiteral("posting"), QStringLiteral("set"), sid} + args);
        EXPECT_EQ(bad.code, 1) << option.toStdString();
        EXPECT_TRUE(bad.err.contains(option)) << bad.err.toStdString();
    }
    const CliRun missing = run({QStringLiteral("posting"), QStringLiteral("show"), QStringLiteral("999")});
    EXPECT_EQ(missing.code, 1);
    EXPECT_TRUE(missing.err.contains(u("999")));
    EXPECT_EQ(run({QStringLiteral("posting"), QStringLiteral("show"), QStringLiteral("x")}).code, 1);

    // Parsing the text it was added from again keeps every line and link.
    const CliRun reparsed = run({QStringLiteral("posting"), QStringLiteral("reparse"), sid, QStringLiteral("--json")});
    ASSERT_EQ(reparsed.code, 0) << reparsed.err.toStdString();
    EXPECT_EQ(reparsed.object()[u("kept")].toInt(), 4);
    EXPECT_EQ(reparsed.object()[u("removed")].toInt(), 0);
    EXPECT_TRUE(reparsed.object()[u("unlinkedTasks")].toArray().isEmpty());

    const CliRun deleted = run({QStringLiteral("posting"), QStringLiteral("delete"), sid});
    ASSERT_EQ(deleted.code, 0) << deleted.err.toStdString();
    EXPECT_TRUE(run({QStringLiteral("posting"), QStringLiteral("list"), QStringLiteral("--json")}).array().isEmpty());
    const CliRun tasks = run({QStringLiteral("task"), QStringLiteral("list"), QStringLiteral("--all"), QStringLiteral("--json")});
    EXPECT_EQ(QJsonDocument::fromJson(tasks.out).array().size(), 2); // the tasks stay
}

TEST_F(PostingCli, AddingThePostingAgainIsRefusedUnlessAllowed)
{
    addKakaoPosting(*this, kKakaoText);
    const QStringList again{QStringLiteral("posting"), QStringLiteral("add"), u("카카오"), QStringLiteral("--title"),
                            u("데이터  엔지니어")};
    const CliRun refused = run(again);
    EXPECT_EQ(refused.code, 1);
    EXPECT_TRUE(refused.err.contains(u("--allow-duplicate"))) << refused.err.toStdString();
    const CliRun sameUrl = run({QStringLiteral("posting"), QStringLiteral("add"), u("카카오"), QStringLiteral("--title"), u("다른 제목"),
                                QStringLiteral("--url"), u("https://careers.kakao.com/jobs/P-1/")});
    EXPECT_EQ(sameUrl.code, 1);
    EXPECT_EQ(run(again + QStringList{QStringLiteral("--allow-duplicate")}).code, 0);
    EXPECT_EQ(run({QStringLiteral("posting"), QStringLiteral("list"), QStringLiteral("--json")}).array().size(), 2);
}

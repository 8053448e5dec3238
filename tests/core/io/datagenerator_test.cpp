// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "core/board/board.h"
#include "core/io/datagenerator.h"
#include "core/io/jsonio.h"
#include "tempdb.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <gtest/gtest.h>

using namespace jobprep;
using namespace jobprep::test;

namespace {

const QDate kToday(2026, 11, 28);

QByteArray bytes(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }
QByteArray bytes(const QJsonArray &a) { return QJsonDocument(a).toJson(QJsonDocument::Compact); }

} // namespace

TEST(DataGenerator, SizesFollowTheTaskCount)
{
    const DataGenerator gen(5000, 7, kToday);
    EXPECT_EQ(gen.tasks().size(), 5000);
    EXPECT_EQ(gen.companies().size(), 10);  // one per 500 tasks
    EXPECT_EQ(gen.postings().size(), 50);   // one per 100 tasks
    QSet<QString> names;
    for (const Company &c : gen.companies())
        names.insert(c.name.toCaseFolded());
    EXPECT_EQ(names.size(), 10) << "company names must be unique";
}

TEST(DataGenerator, TheSameSeedGivesTheSameDataAndAnotherSeedOtherData)
{
    const DataGenerator a(2000, 42, kToday), b(2000, 42, kToday), c(2000, 43, kToday);
    EXPECT_EQ(bytes(a.jobprepJson()), bytes(b.jobprepJson()));
    EXPECT_EQ(bytes(a.taskwarriorJson()), bytes(b.taskwarriorJson()));
    EXPECT_NE(bytes(a.jobprepJson()), bytes(c.jobprepJson()));
}

TEST(DataGenerator, DataIsRealisticEveryKindLinksHabitsDoneAndDueDatesOnBothSidesOfToday)
{
    const DataGenerator gen(3000, 1, kToday);
    QSet<Kind> kinds;
    int linked = 0, habits = 0, done = 0, overdue = 0, future = 0, requirementLinks = 0;
    QHash<Id, Section> sections;
    for (const auto &p : gen.postings()) {
        QSet<Section> inPosting;
        for (const PostingLine &l : p.posting.lines) {
            sections.insert(l.id, l.section);
            inPosting.insert(l.section);
        }
        EXPECT_TRUE(inPosting.contains(Section::Requirement) && inPosting.contains(Section::Duty) &&
                    inPosting.contains(Section::Preferred));
    }
    for (const auto &g : gen.tasks()) {
        const Task &t = g.task;
        kinds.insert(t.kind);
        linked += !t.lineIds.isEmpty();
        for (Id l : t.lineIds) {
            ASSERT_TRUE(sections.contains(l)) << "task links to an unknown line";
            requirementLinks += sections.value(l) == Section::Requirement;
        }
        habits += t.isHabit();
        done += !t.isOpen();
        overdue += t.due.isValid() && t.due < kToday;
        future += t.due.isValid() && t.due > kToday;
    }
    EXPECT_EQ(kinds.size(), 9);
    EXPECT_GT(linked, 3000 / 2);
    EXPECT_GT(requirementLinks, 0);
    EXPECT_GT(habits, 0);
    EXPECT_GT(done, 3000 / 10);
    EXPECT_GT(overdue, 0);
    EXPECT_GT(future, overdue);
}

TEST(DataGenerator, OurFormatImportsWhole)
{
    const DataGenerator gen(1000, 3, kToday);
    TempDb db(kToday);
    const ImportSummary s = importJson(db.store(), bytes(gen.jobprepJson()));
    EXPECT_EQ(s.companiesAdded, 2);
    EXPECT_EQ(s.postings, 10);
    EXPECT_EQ(s.tasks, 1000);
    int open = 0;
    for (const auto &g : gen.tasks())
        open += g.task.isOpen();
    EXPECT_EQ(Board::compute(db.store(), kToday).totalCount(), open);
}

TEST(DataGenerator, TaskwarriorFormatMatchesOurTasks)
{
    const DataGenerator gen(500, 5, kToday);
    const QJsonArray tw = gen.taskwarriorJson();
    ASSERT_EQ(tw.size(), gen.tasks().size());
    const QRegularExpression date(QStringLiteral("^\\d{8}T\\d{6}Z$"));
    const QRegularExpression uuid(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    QSet<QString> uuids;
    for (int i = 0; i < tw.size(); ++i) {
        const QJsonObject o = tw[i].toObject();
        const Task &t = gen.tasks()[i].task;
        EXPECT_EQ(o.value(QStringLiteral("description")).toString(), t.title);
        EXPECT_EQ(o.value(QStringLiteral("status")).toString(),
                  t.isOpen() ? QStringLiteral("pending") : QStringLiteral("completed"));
        EXPECT_TRUE(date.match(o.value(QStringLiteral("entry")).toString()).hasMatch());
        EXPECT_EQ(o.contains(QStringLiteral("due")), t.due.isValid());
        if (t.due.isValid()) {
            EXPECT_EQ(o.value(QStringLiteral("due")).toString().left(8), t.due.toString(QStringLiteral("yyyyMMdd")));
        }
        EXPECT_EQ(o.contains(QStringLiteral("end")), !t.isOpen());
        EXPECT_TRUE(uuid.match(o.value(QStringLiteral("uuid")).toString()).hasMatch());
        uuids.insert(o.value(QStringLiteral("uuid")).toString());
        EXPECT_FALSE(o.value(QStringLiteral("project")).toString().contains(QLatin1Char(' ')));
        EXPECT_TRUE(o.value(QStringLiteral("tags")).toArray().contains(toString(t.kind)));
    }
    EXPECT_EQ(uuids.size(), tw.size());
}

// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// The placement inputs on task rows and the task_groups counts (schema 3) stay what the rules give
// through every kind of write, and Board::computeTop built on them gives the start of Board::compute.
#include "builders.h"
#include "core/board/board.h"
#include "core/io/datagenerator.h"
#include "core/io/jsonio.h"
#include "core/service/dataservice.h"
#include "tempdb.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <gtest/gtest.h>

using namespace jobprep;
using namespace jobprep::test;

namespace {

const QDate kToday(2026, 11, 28);

void fillGenerated(Store &store, int tasks, quint64 seed) { importGenerated(store, tasks, seed, kToday); }

// Every row of every pane's first `limit`, and the whole-pane counts and hours, as compute() gives them.
void expectTopIsStartOfFull(Store &store, const QDate &today, int limit, const std::string &where)
{
    const Board full = Board::compute(store, today);
    const Board top = Board::computeTop(store, today, limit);
    EXPECT_EQ(top.totalCount(), full.totalCount()) << where;
    for (int q = 1; q <= 4; ++q) {
        const auto quadrant = static_cast<Quadrant>(q);
        const auto &a = top.pane(quadrant);
        const auto &b = full.pane(quadrant);
        EXPECT_EQ(top.count(quadrant), b.size()) << where << " pane " << q;
        EXPECT_NEAR(top.hours(quadrant), full.hours(quadrant), 1e-6) << where << " pane " << q;
        ASSERT_EQ(a.size(), std::min<qsizetype>(limit, b.size())) << where << " pane " << q;
        for (int row = 0; row < a.size(); ++row) {
            ASSERT_EQ(a[row].task.id, b[row].task.id) << where << " pane " << q << " row " << row;
            EXPECT_EQ(a[row].placement.urgency, b[row].placement.urgency) << where;
            EXPECT_EQ(a[row].placement.importance, b[row].placement.importance) << where;
        }
    }
}

class Changes
{
public:
    Changes(Store &store, quint32 seed) : m_store(store), m_writer(writer(store)), m_random(seed) {}

    int pick(int n) { return int(m_random.bounded(n)); }
    template <typename T> const T &any(const QList<T> &list) { return list.at(pick(int(list.size()))); }

    QList<Id> lineIds()
    {
        QList<Id> lines;
        for (const Posting &p : m_store.postings())
            for (const PostingLine &l : p.lines)
                lines << l.id;
        return lines;
    }

    // One random write of the kinds the app makes; returns what it was.
    std::string once()
    {
        const QList<Task> tasks = m_store.tasks(true);
        const QList<Company> companies = m_store.companies();
        const QList<Id> lines = lineIds();
        switch (pick(13)) {
        case 0: { // a new task linked to some lines
            Task t;
            t.title = QStringLiteral("new %1").arg(pick(1000));
            t.kind = static_cast<Kind>(pick(9));
            t.estimateHours = any(QList<double>{0.5, 1, 2.5, 8, 40});
            if (pick(3))
                t.due = kToday.addDays(pick(100) - 30);
            for (int i = pick(4); i > 0 && !lines.isEmpty(); --i)
                if (const Id l = any(lines); !t.lineIds.contains(l))
                    t.lineIds << l;
            if (!companies.isEmpty() && pick(2))
                t.companyId = any(companies).id;
            m_writer.addTask(t);
            return "add task";
        }
        case 1: { // an edit of kind, due, estimate, company and links
            Task t = *m_store.task(any(tasks).id);
            t.kind = static_cast<Kind>(pick(9));
            t.due = pick(4) ? kToday.addDays(pick(60) - 20) : QDate();
            t.estimateHours = any(QList<double>{1, 3, 12});
            t.companyId = (!companies.isEmpty() && pick(2)) ? any(companies).id : 0;
            t.lineIds.clear();
            if (!lines.isEmpty() && pick(2))
                t.lineIds << any(lines);
            m_writer.updateTask(t);
            return "edit task";
        }
        case 2:
            m_writer.completeTask(any(tasks).id, kToday);
            return "complete";
        case 3:
            m_writer.reopenTask(any(tasks).id);
            return "reopen";
        case 4:
            m_writer.deleteTask(any(tasks).id);
            return "delete task";
        case 5:
            m_writer.pinTasks({any(tasks).id, any(tasks).id}, static_cast<Quadrant>(pick(5)));
            return "pin";
        case 6:
            m_writer.setManualOrder({any(tasks).id, any(tasks).id, any(tasks).id});
            return "manual order";
        case 7: { // a company's interest
            if (companies.isEmpty())
                return "none";
            Company c = any(companies);
            c.interest = 1 + pick(5);
            m_writer.updateCompany(c);
            return "company interest";
        }
        case 8:
            if (companies.isEmpty() || pick(3))
                return "none";
            m_writer.deleteCompany(any(companies).id);
            return "delete company";
        case 9: { // a posting's deadline and one line fewer
            const QList<Posting> postings = m_store.postings();
            if (postings.isEmpty())
                return "none";
            Posting p = any(postings);
            p.deadline = pick(3) ? kToday.addDays(pick(60) - 10) : QDate();
            if (!p.lines.isEmpty() && pick(2))
                p.lines.removeAt(pick(int(p.lines.size())));
            if (!p.lines.isEmpty())
                p.lines.first().section = static_cast<Section>(pick(4));
            m_writer.updatePosting(p);
            return "edit posting";
        }
        case 10: {
            const QList<Posting> postings = m_store.postings();
            if (postings.isEmpty() || pick(2))
                return "none";
            m_writer.deletePosting(any(postings).id);
            return "delete posting";
        }
        case 11: { // a new posting, then a task linked to it
            if (companies.isEmpty())
                return "none";
            Posting p;
            p.companyId = any(companies).id;
            p.title = QStringLiteral("posting %1").arg(pick(1000));
            p.deadline = kToday.addDays(pick(20));
            p.lines = {PostingLine{0, Section::Requirement, QStringLiteral("Python")},
                       PostingLine{0, Section::Preferred, QStringLiteral("Kafka")}};
            const Id id = m_writer.addPosting(p);
            Task t;
            t.title = QStringLiteral("for posting %1").arg(id);
            t.lineIds = {m_store.posting(id)->lines.first().id};
            m_writer.addTask(t);
            return "add posting and task";
        }
        default: { // weights, threshold and capacity
            Settings s = m_store.settings();
            s.importantThreshold = 30 + pick(50);
            s.requirementBonus = pick(40);
            s.interestWeight = pick(10);
            s.capacityHours[std::size_t(pick(7))] = pick(8);
            m_writer.saveSettings(s);
            return "settings";
        }
        }
    }

private:
    Store &m_store;
    StoreWriter m_writer;
    QRandomGenerator m_random;
};

} // namespace

TEST(PlacementCache, ImportedTasksCarryTheInputsTheRulesGive)
{
    TempDb db(kToday);
    fillGenerated(db.store(), 1500, 3);
    EXPECT_EQ(db->placementCacheProblems(), QStringList());
}

TEST(PlacementCache, EveryKindOfWriteKeepsInputsAndGroupsCurrent)
{
    TempDb db(kToday);
    fillGenerated(db.store(), 600, 21);
    Changes changes(db.store(), 7);
    for (int i = 0; i < 160; ++i) {
        const std::string what = changes.once();
        ASSERT_EQ(db->placementCacheProblems(), QStringList()) << "after change " << i << ": " << what;
        if (i % 40 == 39)
            expectTopIsStartOfFull(db.store(), kToday, 20, "after change " + std::to_string(i));
    }
}

TEST(PlacementCache, AWriteThatFailsLeavesInputsAndGroupsAsTheyWere)
{
    TempDb db(kToday);
    fillGenerated(db.store(), 300, 5);
    Task t = db->tasks(false).first();
    t.lineIds = {999999}; // no such line
    EXPECT_THROW(db.w().updateTask(t), DbError);
    EXPECT_EQ(db->placementCacheProblems(), QStringList());
    // A stale value is noticed: the check is not blind.
    database(db.store()).exec(QStringLiteral("UPDATE tasks SET place_importance = place_importance + 1 WHERE id = %1").arg(t.id));
    EXPECT_EQ(db->placementCacheProblems().size(), 1);
    db.w().refreshPlacement({t.id});
    EXPECT_EQ(db->placementCacheProblems(), QStringList());
}

TEST(PlacementCache, RebuildRepairsStaleInputsAndMiscountedGroupsAndAnnouncesEverything)
{
    TempDb db(kToday);
    fillGenerated(db.store(), 400, 7);
    // What only another program could do: inputs and counts out of step with the tasks. The
    // importance is outside the triggers' column list, so task_groups stays as it was for it.
    database(db.store()).exec(QStringLiteral(
        "UPDATE tasks SET place_importance = place_importance + 5 WHERE id IN "
        "(SELECT id FROM tasks WHERE status <> 'done' ORDER BY id LIMIT 3); "
        "UPDATE task_groups SET tasks = tasks + 2 WHERE (pinned, important, deadline, estimate, manual) = "
        "(SELECT pinned, important, deadline, estimate, manual FROM task_groups ORDER BY tasks DESC LIMIT 1); "
        "INSERT INTO task_groups VALUES(3, 1, '2031-01-01', 7.25, 0, 4);"));
    ASSERT_EQ(db->placementCacheProblems().size(), 6); // 3 tasks; the group both ways; the made-up one
    QList<ChangeSet> announced;
    QObject::connect(&db.service(), &Service::changed, [&](const ChangeSet &c) { announced << c; });
    db.service().data().rebuildPlacementCache();
    EXPECT_EQ(db->placementCacheProblems(), QStringList());
    expectTopIsStartOfFull(db.store(), kToday, 20, "after the rebuild");
    // Any open task may sit elsewhere now: one announcement that everything may have changed.
    ASSERT_EQ(announced.size(), 1);
    EXPECT_TRUE(announced[0].everything);
}

TEST(PlacementCache, TopMatchesFullOnManyDaysLimitsAndCapacities)
{
    TempDb db(kToday);
    fillGenerated(db.store(), 2500, 17);
    db.w().setManualOrder({11, 5, 40, 1200});
    for (const QDate &day : {kToday.addDays(-45), kToday, kToday.addDays(9), kToday.addDays(130)})
        for (int limit : {1, 7, 20, 400})
            expectTopIsStartOfFull(db.store(), day, limit,
                                   day.toString(Qt::ISODate).toStdString() + " limit " + std::to_string(limit));
    // Little capacity: the "needs more hours than are left" rule raises far deadlines to 75 and 100.
    Settings tight = db->settings();
    tight.capacityHours = {1, 0, 0, 1, 0, 2, 0};
    tight.urgencyWindowDays = 2;
    db.w().saveSettings(tight);
    for (const QDate &day : {kToday, kToday.addDays(20)})
        for (int limit : {3, 20, 150})
            expectTopIsStartOfFull(db.store(), day, limit, "tight " + std::to_string(limit));
    // No capacity at all: every task with a deadline is short of time.
    tight.capacityHours = {0, 0, 0, 0, 0, 0, 0};
    db.w().saveSettings(tight);
    expectTopIsStartOfFull(db.store(), kToday, 20, "no capacity");
}

TEST(PlacementCache, ALargeImportCountsItsGroupsOnceAndKeepsTheTriggers)
{
    TempDb db(kToday);
    fillGenerated(db.store(), 300, 1); // tasks already there are counted again with the new ones
    fillGenerated(db.store(), 6000, 2); // above the size where the triggers are set aside
    EXPECT_EQ(db->placementCacheProblems(), QStringList());
    Statement triggers = database(db.store()).prepare(
        QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'tasks'"));
    ASSERT_TRUE(triggers.step());
    EXPECT_EQ(triggers.int32(0), 4);
    triggers.reset();
    // The triggers work again: later writes keep the groups current.
    Changes changes(db.store(), 3);
    for (int i = 0; i < 20; ++i)
        changes.once();
    EXPECT_EQ(db->placementCacheProblems(), QStringList());
    expectTopIsStartOfFull(db.store(), kToday, 20, "after a large import");

    // A large import cancelled half way leaves rows, groups and triggers as they were.
    const int before = int(db->tasks(true).size());
    const QByteArray json = QJsonDocument(DataGenerator(7000, 4, kToday).jobprepJson()).toJson();
    EXPECT_THROW(importJson(db.store(), json, [](int done, int total) { return done < total / 2; }), ImportError);
    EXPECT_EQ(db->tasks(true).size(), before);
    ASSERT_TRUE(triggers.step());
    EXPECT_EQ(triggers.int32(0), 4);
    EXPECT_EQ(db->placementCacheProblems(), QStringList());
}

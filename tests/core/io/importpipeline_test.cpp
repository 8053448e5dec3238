// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// importJson reads the file on a thread of its own while the store writes (importpipeline.h), and
// a bulk write goes through a rollback journal when no one else has the file open (Store::
// bulkTransaction). The file must still go in whole or not at all.
#include "builders.h"
#include "core/io/batchchannel.h"
#include "core/io/datagenerator.h"
#include "core/io/importpipeline.h"
#include "core/io/jsonio.h"
#include "tempdb.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <atomic>
#include <gtest/gtest.h>
#include <stdexcept>
#include <thread>

using namespace jobprep;
using namespace jobprep::test;

namespace {

const QDate kToday(2026, 11, 28);

QString journalMode(Store &store)
{
    Statement st = test::database(store).prepare(QStringLiteral("PRAGMA journal_mode"));
    return st.step() ? st.text(0) : QString();
}

QStringList taskRows(Store &store)
{
    QStringList out;
    Statement st = test::database(store).prepare(QStringLiteral(
        "SELECT id || '|' || title || '|' || ifnull(company_id, '') || '|' || place_importance FROM tasks ORDER BY id"));
    while (st.step())
        out << st.text(0);
    return out;
}

// A generated document with `tasks` tasks.
QJsonObject generated(int tasks, quint64 seed) { return DataGenerator(tasks, seed, kToday).jobprepJson(); }

// Element `index` of the array `key` of the document, with `field` set to `value`.
void setField(QJsonObject &document, const char *key, int index, const char *field, const QString &value)
{
    QJsonArray array = document.value(QLatin1String(key)).toArray();
    QJsonObject element = array[index].toObject();
    element.insert(QLatin1String(field), value);
    array[index] = element;
    document.insert(QLatin1String(key), array);
}

QString importError(Store &store, const QJsonObject &document, const ImportProgress &progress = {})
{
    return test::importError(store, QJsonDocument(document).toJson(), progress);
}

} // namespace

TEST(ImportPipeline, AProblemFarIntoTheTasksRollsBackTheTasksAlreadyWritten)
{
    TempDb db(kToday);
    importGenerated(db.store(), 200, 1, kToday);
    const QStringList before = taskRows(db.store());
    const int companiesBefore = int(db->companies().size());
    const int postingsBefore = int(db->postings().size());

    // A task with a kind no one knows, just past the reader's read-ahead: it is read only after the
    // store has written the companies and postings, and by then every whole batch before it has
    // been handed over (a first one and three more). The store writes those, then gets the error.
    // (With the bad task within the read-ahead, whether any batch was written first depended on
    // which thread was quicker: a CI run read 20 000 tasks before the postings were written.)
    const int bad = int(ImportPipeline::kReadAhead) + 100;
    const int handedOver = int(ImportPipeline::kFirstBatch + 3 * ImportPipeline::kBatch);
    ASSERT_LT(handedOver, bad);
    ASSERT_GT(handedOver + int(ImportPipeline::kBatch), bad); // the fourth batch is not complete
    QJsonObject document = generated(bad + 2, 2);
    setField(document, "tasks", bad, "kind", QStringLiteral("daydream"));
    int written = 0;
    const QString error = importError(db.store(), document, [&](int done, int) {
        written = done;
        return true;
    });
    EXPECT_TRUE(error.startsWith(QStringLiteral("tasks[%1].kind: ").arg(bad))) << error.toStdString();
    // progress counts the companies and postings too, and is reported every 250 items
    const int head = int(document.value(QStringLiteral("companies")).toArray().size() +
                         document.value(QStringLiteral("postings")).toArray().size());
    EXPECT_LE(written, head + handedOver);
    EXPECT_GT(written, head + handedOver - 250) << "the batches before it were written, then all of it rolled back";
    EXPECT_EQ(taskRows(db.store()), before);
    EXPECT_EQ(db->companies().size(), companiesBefore);
    EXPECT_EQ(db->postings().size(), postingsBefore);
    EXPECT_EQ(db->placementCacheProblems(), QStringList());
    EXPECT_EQ(journalMode(db.store()), QStringLiteral("wal"));

    // The same file without the problem goes in whole.
    setField(document, "tasks", bad, "kind", QStringLiteral("study"));
    const ImportSummary s = importJson(db.store(), QJsonDocument(document).toJson());
    EXPECT_EQ(s.tasks, bad + 2);
    EXPECT_EQ(db->tasks(true).size(), before.size() + bad + 2);
    EXPECT_EQ(db->task(Id(before.size() + bad + 1))->kind, Kind::Study);
    EXPECT_EQ(db->placementCacheProblems(), QStringList());
}

TEST(ImportPipeline, AnErrorInTheCompaniesOrPostingsWritesNothing)
{
    TempDb db(kToday);
    QJsonObject document = generated(3000, 3);
    setField(document, "postings", 5, "company", QStringLiteral("Nobody Inc."));
    const QString error = importError(db.store(), document);
    EXPECT_TRUE(error.startsWith(QStringLiteral("postings[5].company: "))) << error.toStdString();
    EXPECT_TRUE(db->companies().isEmpty());
    EXPECT_TRUE(db->tasks(true).isEmpty());
}

// Alone with the file, the import writes through a rollback journal (no -wal file while it
// writes); with another connection open it writes through the WAL. WAL mode is back either way.
TEST(ImportPipeline, ABulkWriteUsesARollbackJournalOnlyWhenNoOneElseHasTheFileOpen)
{
    for (const bool alone : {true, false}) {
        SCOPED_TRACE(alone ? "alone" : "with another connection");
        TempDb db(kToday);
        importGenerated(db.store(), 100, 4, kToday);
        std::optional<Database> other;
        if (!alone) {
            other.emplace(db.path(), Database::Mode::ReadOnly);
            Statement st = other->prepare(QStringLiteral("SELECT count(*) FROM tasks"));
            ASSERT_TRUE(st.step());
            EXPECT_EQ(st.int32(0), 100);
        }
        bool sawJournal = false, sawWal = false;
        const QByteArray json = QJsonDocument(generated(6000, 5)).toJson();
        importJson(db.store(), json, [&](int, int) {
            sawJournal |= QFile::exists(db.path() + QStringLiteral("-journal"));
            sawWal |= QFile::exists(db.path() + QStringLiteral("-wal"));
            return true;
        });
        EXPECT_EQ(sawJournal, alone);
        EXPECT_EQ(sawWal, !alone);
        EXPECT_EQ(journalMode(db.store()), QStringLiteral("wal"));
        EXPECT_EQ(db->tasks(true).size(), 6100);
        EXPECT_EQ(db->placementCacheProblems(), QStringList());
        if (other) {
            Statement st = other->prepare(QStringLiteral("SELECT count(*) FROM tasks"));
            ASSERT_TRUE(st.step());
            EXPECT_EQ(st.int32(0), 6100) << "the other connection reads the import";
        }
    }
}

TEST(ImportPipeline, NewFilesGetEightKibPages)
{
    TempDb db(kToday);
    EXPECT_EQ(database(db.store()).pragmaInt(QStringLiteral("page_size")), 8192);
}

TEST(ImportPipeline, MoreTasksThanAnnouncedIsAnErrorAndWritesNothing)
{
    TempDb db(kToday);
    db.w().transaction([&] {
        const TaskRowFacts facts = db.w().taskRowFacts();
        int calls = 0;
        EXPECT_THROW(db.w().addPreparedTasks(1,
                                          [&](std::vector<PreparedTask> &batch) {
                                              batch.push_back(facts.prepare(makeTask(QStringLiteral("a"))));
                                              batch.push_back(facts.prepare(makeTask(QStringLiteral("b"))));
                                              return ++calls == 1;
                                          }),
                     DbError);
    });
    EXPECT_TRUE(db->tasks(true).isEmpty());
}

TEST(BatchChannel, HandsItemsOverInOrderWithAtMostCapacityWaiting)
{
    BatchChannel<int> channel(2);
    std::atomic<int> pushed = 0;
    std::thread producer([&] {
        for (int i = 0; i < 200; ++i) {
            ASSERT_TRUE(channel.push(int(i)));
            ++pushed;
        }
        channel.close();
    });
    int item = -1, popped = 0;
    while (channel.pop(item)) {
        EXPECT_EQ(item, popped);
        ++popped;
        EXPECT_LE(pushed.load(), popped + 2);
    }
    producer.join();
    EXPECT_EQ(popped, 200);
}

TEST(BatchChannel, TheProducersFailureReachesTheConsumerAndAbandoningStopsTheProducer)
{
    BatchChannel<int> failing(2);
    std::thread producer([&] {
        failing.push(1);
        failing.fail(std::make_exception_ptr(std::runtime_error("bad line 7")));
    });
    producer.join();
    int item = 0;
    ASSERT_TRUE(failing.pop(item)) << "what came before the failure comes first";
    EXPECT_EQ(item, 1);
    EXPECT_THROW(failing.pop(item), std::runtime_error);

    BatchChannel<int> abandoned(1);
    ASSERT_TRUE(abandoned.push(1));
    bool refused = false;
    std::thread blocked([&] { refused = !abandoned.push(2); }); // waits: the channel is full
    abandoned.abandon();
    blocked.join();
    EXPECT_TRUE(refused);
    EXPECT_TRUE(abandoned.abandoned());
}

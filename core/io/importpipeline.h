// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// An import read on a thread of its own while the store writes it (importJson). The reader parses
// and checks the file and prepares each task's row (TaskRowFacts); the store's thread writes the
// companies and postings, hands over the ids they got, and then writes the prepared tasks batch by
// batch as they come. At 100 000 tasks the reading and preparing (1.7 of the 5.4 billion
// instructions) overlap the writing: 614-624 ms against 737-754 ms on one thread (medians of 15 and
// 40 alternating runs, 2 cores, 2026-12-06). Only with both cores busy with other work was one
// thread as fast. Internal to core.
#pragma once

#include "batchchannel.h"
#include "core/store/taskrows.h"
#include "importreader.h"

#include <QHash>
#include <future>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace jobprep {

class ImportPipeline
{
public:
    // The first batch is small, so that the store starts writing tasks as soon as it has written the
    // postings; then batches of the size of one bulk insert (storebulk.cpp).
    static constexpr std::size_t kFirstBatch = 2048;
    static constexpr std::size_t kBatch = 16384;
    // While the store writes the companies and postings the reader reads tasks ahead, up to this
    // many, looking every kPollEvery tasks whether their ids have come. A task at this index or
    // later is read only after the store has written the companies and postings.
    static constexpr std::size_t kReadAhead = 65536;
    static constexpr std::size_t kPollEvery = 512;

    // Starts reading json. storeCompanyKeys: companyKey() of the companies already in the database.
    ImportPipeline(const QByteArray &json, QSet<QString> storeCompanyKeys);
    // Stops the reader if it is still going, and waits for it.
    ~ImportPipeline();
    ImportPipeline(const ImportPipeline &) = delete;
    ImportPipeline &operator=(const ImportPipeline &) = delete;

    // The companies and postings; waits for them. Throws what reading them threw (ImportError).
    const ImportHead &head();
    // Once they are written: the id of each company key (the file's and the database's), the id
    // each of the file's posting line ids became, and what preparing a task's row needs.
    void startTasks(QHash<QString, Id> companyIds, QHash<qint64, Id> lineIds, TaskRowFacts facts);
    // The next batch of tasks, in file order, ready for Store::addPreparedTasks(), in place of the
    // batch given (one already written: the reading thread frees it, which costs the writing thread
    // a tenth of its work when it does it itself); false after the last. Throws what reading or
    // preparing them threw (ImportError, DbError).
    bool nextBatch(std::vector<PreparedTask> &batch);

private:
    struct Ids
    {
        QHash<QString, Id> companies;
        QHash<qint64, Id> lines;
        TaskRowFacts facts;
    };
    struct Abandoned
    {
    };
    void read();

    const QByteArray m_json;
    const QSet<QString> m_storeCompanyKeys;
    ImportHead m_head;
    std::promise<void> m_headRead;
    std::future<void> m_headFuture;
    bool m_headTaken = false;
    std::promise<Ids> m_ids;
    std::future<Ids> m_idsFuture;
    bool m_idsGiven = false;
    BatchChannel<std::vector<PreparedTask>> m_batches{2};
    std::mutex m_spentMutex;
    std::vector<std::vector<PreparedTask>> m_spent; // written batches, for the reading thread to free
    std::thread m_thread; // last: started once everything above exists
};

} // namespace jobprep

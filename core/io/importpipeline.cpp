// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "importpipeline.h"

#include <chrono>

namespace jobprep {

ImportPipeline::ImportPipeline(const QByteArray &json, QSet<QString> storeCompanyKeys)
    : m_json(json), m_storeCompanyKeys(std::move(storeCompanyKeys)), m_headFuture(m_headRead.get_future()),
      m_idsFuture(m_ids.get_future()), m_thread([this] { read(); })
{
}

ImportPipeline::~ImportPipeline()
{
    if (!m_idsGiven)
        m_ids.set_exception(std::make_exception_ptr(Abandoned{}));
    m_batches.abandon();
    m_thread.join();
}

const ImportHead &ImportPipeline::head()
{
    if (!m_headTaken) {
        m_headTaken = true;
        m_headFuture.get(); // rethrows
    }
    return m_head;
}

void ImportPipeline::startTasks(QHash<QString, Id> companyIds, QHash<qint64, Id> lineIds, TaskRowFacts facts)
{
    m_idsGiven = true;
    m_ids.set_value(Ids{std::move(companyIds), std::move(lineIds), std::move(facts)});
}

bool ImportPipeline::nextBatch(std::vector<PreparedTask> &batch)
{
    if (!batch.empty()) {
        const std::lock_guard lock(m_spentMutex);
        m_spent.push_back(std::move(batch));
    }
    batch.clear();
    return m_batches.pop(batch);
}

void ImportPipeline::read()
{
    bool headRead = false;
    std::optional<Ids> ids;
    std::vector<ImportedTask> pending; // read, not yet prepared
    std::size_t from = 0;              // pending[from…] are still to prepare
    std::size_t batchSize = kFirstBatch;
    QHash<QString, Id> byName; // by the spelling in the file, so that each is folded once
    auto companyId = [&](const QString &name) -> Id {
        if (name.isEmpty())
            return 0;
        auto it = byName.constFind(name);
        if (it == byName.constEnd())
            it = byName.insert(name, ids->companies.value(companyKey(name)));
        return *it;
    };
    auto prepare = [&](std::size_t count) {
        std::vector<PreparedTask> batch;
        batch.reserve(count);
        for (std::size_t i = from; i < from + count; ++i) {
            Task &t = pending[i].task;
            t.companyId = companyId(pending[i].company);
            for (Id &line : t.lineIds)
                line = ids->lines.value(line);
            batch.push_back(ids->facts.prepare(std::move(t)));
        }
        from += count;
        if (from == pending.size()) {
            pending.clear();
            from = 0;
        }
        if (!m_batches.push(std::move(batch)))
            throw Abandoned{};
        batchSize = kBatch;
        std::vector<std::vector<PreparedTask>> spent;
        {
            const std::lock_guard lock(m_spentMutex);
            spent.swap(m_spent);
        }
        // spent goes out of scope here, on this thread.
    };
    auto onHead = [&](ImportHead &&head) {
        m_head = std::move(head);
        headRead = true;
        m_headRead.set_value();
    };
    auto onTask = [&](ImportedTask &&t) {
        pending.push_back(std::move(t));
        if (!ids && (pending.size() >= kReadAhead ||
                     (pending.size() % kPollEvery == 0 &&
                      m_idsFuture.wait_for(std::chrono::seconds(0)) == std::future_status::ready)))
            ids.emplace(m_idsFuture.get()); // waits at kReadAhead; throws Abandoned
        while (ids && pending.size() - from >= batchSize)
            prepare(batchSize);
    };
    try {
        ImportReader(m_json).read(m_storeCompanyKeys, onHead, onTask);
        if (!ids)
            ids.emplace(m_idsFuture.get());
        while (from < pending.size())
            prepare(std::min(batchSize, pending.size() - from));
        m_batches.close();
    } catch (const Abandoned &) {
        // The store's thread gave up (an error of its own, or a cancel): nothing more to do.
    } catch (...) {
        if (headRead)
            m_batches.fail(std::current_exception());
        else
            m_headRead.set_exception(std::current_exception());
    }
}

} // namespace jobprep

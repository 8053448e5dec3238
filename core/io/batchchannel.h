// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// Hands items from one producing thread to one consuming thread, at most `capacity` waiting, with
// the producer's failure passed across to the consumer and the consumer's abandonment back to the
// producer. Internal to core (importpipeline.cpp).
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <mutex>

namespace jobprep {

template <typename T> class BatchChannel
{
public:
    explicit BatchChannel(std::size_t capacity) : m_capacity(capacity ? capacity : 1) {}

    // Producer. Waits while the channel is full; false if the consumer has abandoned it.
    bool push(T &&item)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_abandoned || m_items.size() < m_capacity; });
        if (m_abandoned)
            return false;
        m_items.push_back(std::move(item));
        m_changed.notify_all();
        return true;
    }
    void close() // nothing more comes
    {
        const std::lock_guard lock(m_mutex);
        m_closed = true;
        m_changed.notify_all();
    }
    void fail(std::exception_ptr error) // the consumer's next pop() throws it
    {
        const std::lock_guard lock(m_mutex);
        m_error = std::move(error);
        m_closed = true;
        m_changed.notify_all();
    }

    // Consumer. Waits for the next item: false once the producer has closed the channel and every
    // item is taken. After the items pushed before it, rethrows what the producer failed with.
    bool pop(T &out)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return !m_items.empty() || m_closed; });
        if (m_items.empty()) {
            if (m_error)
                std::rethrow_exception(m_error);
            return false;
        }
        out = std::move(m_items.front());
        m_items.pop_front();
        m_changed.notify_all();
        return true;
    }
    void abandon() // push() returns false from now on
    {
        const std::lock_guard lock(m_mutex);
        m_abandoned = true;
        m_items.clear();
        m_changed.notify_all();
    }
    bool abandoned() const
    {
        const std::lock_guard lock(m_mutex);
        return m_abandoned;
    }

private:
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<T> m_items;
    std::size_t m_capacity;
    std::exception_ptr m_error;
    bool m_closed = false;
    bool m_abandoned = false;
};

} // namespace jobprep

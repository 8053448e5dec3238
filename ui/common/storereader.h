// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/store/store.h"

#include <QFileInfo>
#include <QObject>
#include <QThread>
#include <functional>
#include <memory>

namespace jobprep::ui {

// Reads a store's file in a worker thread, for what would hold the window at 100 000 tasks (the
// whole board, skill demand). The worker opens its own read-only connection: no lock file, no
// backup, no migration, and WAL lets it read while the window writes. Its result reaches done() on
// the owner's thread, after the worker has ended; a null result means the read threw, and the
// owner reads on its own connection instead. Destroying the reader waits for a running worker;
// whatever it would have delivered is dropped.
template <typename T> class StoreReader
{
public:
    using Read = std::function<T(Store &reader)>;
    using Done = std::function<void(std::shared_ptr<T> result)>;

    // owner: the QObject done() runs on; it must outlive this reader (make the reader its member).
    StoreReader(QObject *owner, QString threadName) : m_owner(owner), m_threadName(std::move(threadName)) {}
    ~StoreReader() { join(); }
    StoreReader(const StoreReader &) = delete;
    StoreReader &operator=(const StoreReader &) = delete;

    // Whether store's file can be opened by a worker (not an in-memory database).
    static bool canRead(const Store &store) { return QFileInfo::exists(store.path()); }
    bool isRunning() const { return m_thread != nullptr; }

    // Starts one read; call it only when none is running.
    void start(const QString &path, Read read, Done done)
    {
        Q_ASSERT(!m_thread);
        m_thread = QThread::create([this, path, read = std::move(read), done = std::move(done)] {
            std::shared_ptr<T> result;
            try {
                Store reader(path, Store::Options(true));
                result = std::make_shared<T>(read(reader));
            } catch (const std::exception &) {
                result.reset();
            }
            // Queued to the owner: dropped if it is gone (its reader waited for this thread first).
            QMetaObject::invokeMethod(m_owner, [this, done, result] {
                join();
                done(result);
            }, Qt::QueuedConnection);
        });
        m_thread->setObjectName(m_threadName);
        m_thread->start();
    }

private:
    void join()
    {
        if (!m_thread)
            return;
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }

    QObject *m_owner;
    QString m_threadName;
    QThread *m_thread = nullptr;
};

} // namespace jobprep::ui

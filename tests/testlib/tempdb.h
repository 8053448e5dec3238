// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/store/store.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <memory>

namespace jobprep::test {

// A real store on a file in a fresh temporary folder, with the clock fixed to `today` at noon.
class TempDb
{
public:
    explicit TempDb(const QDate &today = QDate(2026, 11, 28)) : m_today(today) { reopen(); }

    Store &store() { return *m_store; }
    Store *operator->() { return m_store.get(); }
    QString path() const { return m_dir.filePath(QStringLiteral("jobprep.sqlite")); }
    QString dir() const { return m_dir.path(); }
    const QDate &today() const { return m_today; }
    void close() { m_store.reset(); }
    void reopen()
    {
        m_store.reset();
        m_store = std::make_unique<Store>(path());
        const QDate d = m_today;
        m_store->setClock([d] { return QDateTime(d, QTime(12, 0)); });
    }

private:
    QTemporaryDir m_dir;
    QDate m_today;
    std::unique_ptr<Store> m_store;
};

} // namespace jobprep::test

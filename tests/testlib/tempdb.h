// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/service/clock.h"
#include "core/service/service.h"
#include "storetestaccess.h"

#include <gtest/gtest.h>
#include <memory>
#include <optional>
#include <QTemporaryDir>

namespace jobprep::test {

// A real store on a file in a fresh temporary folder, and the service on it, with the clock fixed
// to `today` at noon. w() writes without the service (setting up data: no change is announced).
class TempDb
{
public:
    explicit TempDb(const QDate &today = QDate(2026, 11, 28)) : m_today(today) { reopen(); }

    Store &store() { return *m_store; }
    Store *operator->() { return m_store.get(); }
    StoreWriter &w() { return *m_writer; }
    Service &service() { return *m_service; }
    QString path() const { return m_dir.filePath(QStringLiteral("jobprep.sqlite")); }
    QString dir() const { return m_dir.path(); }
    const QDate &today() const { return m_today; }
    void close()
    {
        m_service.reset();
        m_writer.reset();
        m_store.reset();
    }
    void reopen()
    {
        close();
        m_store = std::make_unique<Store>(path());
        m_writer.emplace(StoreTestAccess::writer(*m_store));
        m_service = std::make_unique<Service>(*m_store);
        const QDate d = m_today;
        m_service->clock().setSource([d] { return QDateTime(d, QTime(12, 0)); });
    }

private:
    QTemporaryDir m_dir;
    QDate m_today;
    std::unique_ptr<Store> m_store;
    std::optional<StoreWriter> m_writer;
    std::unique_ptr<Service> m_service;
};

} // namespace jobprep::test

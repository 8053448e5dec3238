// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "databaselock.h"

#include <QCoreApplication>

namespace jobprep {

DatabaseLock::DatabaseLock(const QString &databasePath)
    : m_lock(std::make_unique<QLockFile>(lockPath(databasePath)))
{
    // Only a dead owner makes a lock stale: an open window may sit idle for days.
    m_lock->setStaleLockTime(0);
}

DatabaseLock::~DatabaseLock() = default;

QString DatabaseLock::lockPath(const QString &databasePath) { return databasePath + QStringLiteral(".lock"); }

bool DatabaseLock::tryLock()
{
    m_locked = m_lock->tryLock(0);
    return m_locked;
}

QString DatabaseLock::holder() const
{
    qint64 pid = 0;
    QString host;
    QString app;
    if (!m_lock->getLockInfo(&pid, &host, &app))
        return {};
    return QCoreApplication::translate("jobprep::DatabaseLock", "%1 (process %2 on %3)")
        .arg(app.isEmpty() ? QStringLiteral("JobPrep") : app)
        .arg(pid)
        .arg(host);
}

} // namespace jobprep

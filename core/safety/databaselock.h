// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QLockFile>
#include <QString>
#include <memory>

namespace jobprep {

// "<database>.lock" beside the database: held by the GUI for as long as it has the file open, so
// a second GUI (or a restore from the CLI) can say the file is in use instead of writing under it.
// A lock left by a crashed process is detected (its pid is gone) and taken over.
class DatabaseLock
{
public:
    explicit DatabaseLock(const QString &databasePath);
    ~DatabaseLock();

    static QString lockPath(const QString &databasePath);
    bool tryLock();
    bool isLocked() const { return m_locked; }
    // Who holds it, for the message ("process 1234 on host"); empty when unknown.
    QString holder() const;

private:
    std::unique_ptr<QLockFile> m_lock;
    bool m_locked = false;
};

} // namespace jobprep

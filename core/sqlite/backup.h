// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "backuprotation.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace jobprep {

class Database;

struct BackupFile
{
    QString path;
    QDateTime taken; // local time, from the file name
};

// Copies an open database into `destPath` with SQLite's online backup API (a consistent snapshot
// even while others write; never a plain file copy of a live file). Writes `destPath.partial` first
// and renames it, so a crash never leaves a half backup under a backup's name. Throws DbError.
void copyDatabase(Database &source, const QString &destPath, int busyTimeoutMs = 5000);
// The same into an open connection (what restore uses). Waits up to the busy timeout for locks.
void copyDatabaseInto(Database &source, Database &dest, int busyTimeoutMs = 5000);

// The backups of one database file in one folder, named "<db base name>-YYYYMMDD-HHMMSS.sqlite"
// (default folder: "<db folder>/backups"). Only files named that way are listed or rotated.
class BackupFolder
{
public:
    explicit BackupFolder(const QString &databasePath, const QString &folder = {});

    static QString defaultFolder(const QString &databasePath);
    const QString &folder() const { return m_folder; }

    QList<BackupFile> list() const; // newest first
    std::optional<BackupFile> newest() const;

    // Takes a backup stamped `now` (a suffix keeps two in one second apart), then rotates.
    BackupFile take(Database &db, const QDateTime &now, bool rotate = true);
    // Takes one only when there is none, or the newest is older than `maxAge` seconds.
    std::optional<BackupFile> takeIfDue(Database &db, const QDateTime &now, qint64 maxAgeSecs = 24 * 3600);
    // Deletes what `rotation` does not keep; returns the deleted paths.
    QStringList rotate(const BackupRotation &rotation = {}) const;

private:
    QString m_dbPath;
    QString m_base;
    QString m_folder;
};

} // namespace jobprep

// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "restore.h"
#include "core/sqlite/backup.h"
#include "core/sqlite/database.h"
#include "core/sqlite/dberror.h"
#include "databasecheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace jobprep {
namespace {

// Its own translation context, so lupdate and the runtime agree on its name.
struct Restore
{
    Q_DECLARE_TR_FUNCTIONS(jobprep::Restore)
};

// A file SQLite cannot read is not copied through SQLite: it is moved aside, whole, with its
// sidecars, so nothing of it is lost and nothing of it is replayed into the restored file.
QString moveAside(const QString &databasePath, const QString &folder, const QDateTime &now)
{
    QDir().mkpath(folder);
    const QString target = QDir(folder).filePath(QStringLiteral("%1-damaged-%2.sqlite")
                                                     .arg(QFileInfo(databasePath).completeBaseName(),
                                                          now.toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    for (const char *suffix : {"", "-wal", "-shm", "-journal"}) {
        const QString from = databasePath + QLatin1String(suffix);
        if (QFileInfo::exists(from) && !QFile::rename(from, target + QLatin1String(suffix)))
            throw DbError(DbError::Kind::ReadOnly, Restore::tr("cannot move the damaged %1 aside to %2").arg(from, target));
    }
    return target;
}

} // namespace

RestoreResult restoreDatabase(const QString &backupPath, const QString &databasePath, const QDateTime &now,
                              int busyTimeoutMs)
{
    if (QFileInfo(backupPath).canonicalFilePath() == QFileInfo(databasePath).canonicalFilePath())
        throw DbError(DbError::Kind::Invalid, Restore::tr("%1 is the database itself").arg(backupPath));
    RestoreResult result;
    result.schemaVersion = DatabaseCheck::requireJobPrepFile(backupPath);
    Database source(backupPath, Database::Mode::ReadOnly);
    source.setBusyTimeout(busyTimeoutMs);
    const IntegrityReport report = DatabaseCheck::run(source);
    if (!report.ok())
        throw DbError(DbError::Kind::NotADatabase,
                      Restore::tr("%1 is damaged (%2); nothing was restored").arg(backupPath, report.problems.first()));

    BackupFolder folder(databasePath);
    if (QFileInfo::exists(databasePath)) {
        try {
            Database current(databasePath, Database::Mode::ReadWrite);
            current.setBusyTimeout(busyTimeoutMs);
            result.previousSavedAs = folder.take(current, now, false).path;
        } catch (const DbError &e) {
            if (e.kind() == DbError::Kind::Busy || e.kind() == DbError::Kind::Full)
                throw;
            result.previousSavedAs = moveAside(databasePath, folder.folder(), now);
        }
    }

    {
        Database dest(databasePath, Database::Mode::ReadWriteCreate);
        dest.setBusyTimeout(busyTimeoutMs);
        // Leaving WAL mode checkpoints and deletes the -wal and -shm files; it needs the file to
        // ourselves, so a program that still has it open makes this fail (Busy) before any change.
        if (!dest.leaveWal())
            throw DbError(DbError::Kind::Busy, Restore::tr("%1 is in use by another program; close it and try again")
                                                   .arg(databasePath));
        copyDatabaseInto(source, dest, busyTimeoutMs);
    }
    for (const char *suffix : {"-wal", "-shm"})
        if (QFileInfo::exists(databasePath + QLatin1String(suffix)))
            throw DbError(DbError::Kind::Busy, Restore::tr("%1 is still open in another program (its %2 file remains)")
                                                   .arg(databasePath, QLatin1String(suffix)));
    const IntegrityReport after = DatabaseCheck::runOnFile(databasePath);
    if (!after.ok())
        throw DbError(DbError::Kind::NotADatabase,
                      Restore::tr("%1: the restored copy fails its check (%2)").arg(databasePath, after.problems.first()));
    return result;
}

} // namespace jobprep

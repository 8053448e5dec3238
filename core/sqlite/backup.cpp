// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "backup.h"
#include "database.h"
#include "dberror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <sqlite3.h>

namespace jobprep {
namespace {

const QString kStampFormat = QStringLiteral("yyyyMMdd-HHmmss");

// Its own translation context, so lupdate and the runtime agree on its name.
struct Backup
{
    Q_DECLARE_TR_FUNCTIONS(jobprep::Backup)
};

void removeWithSidecars(const QString &path)
{
    for (const char *suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

void copyDatabaseInto(Database &source, Database &dest, int busyTimeoutMs)
{
    sqlite3_backup *backup = sqlite3_backup_init(dest.handle(), "main", source.handle(), "main");
    if (!backup)
        dest.raise(sqlite3_errcode(dest.handle()), Backup::tr("backup of %1 to %2").arg(source.path(), dest.path()));
    int rc = SQLITE_OK;
    int waited = 0;
    // Step in chunks so a writer holding the source only delays us up to the busy timeout.
    while ((rc = sqlite3_backup_step(backup, 256)) == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
        if (rc != SQLITE_OK) {
            if (waited >= busyTimeoutMs)
                break;
            sqlite3_sleep(50);
            waited += 50;
        }
    }
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) {
        const DbError::Kind kind = (rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED ? DbError::Kind::Busy
                                   : (rc & 0xff) == SQLITE_FULL                              ? DbError::Kind::Full
                                   : (rc & 0xff) == SQLITE_NOTADB || (rc & 0xff) == SQLITE_CORRUPT
                                       ? DbError::Kind::NotADatabase
                                       : DbError::Kind::Sqlite;
        throw DbError(kind,
                      Backup::tr("backup of %1 to %2 failed: %3")
                          .arg(source.path(), dest.path(), QString::fromUtf8(sqlite3_errstr(rc))),
                      rc);
    }
    // The copy carries the source's WAL flag; the result must be one self-contained file.
    dest.exec(QStringLiteral("PRAGMA journal_mode=DELETE"));
}

void copyDatabase(Database &source, const QString &destPath, int busyTimeoutMs)
{
    const QString partial = destPath + QStringLiteral(".partial");
    removeWithSidecars(partial);
    try {
        Database dest(partial, Database::Mode::ReadWriteCreate);
        copyDatabaseInto(source, dest, busyTimeoutMs);
    } catch (const DbError &) {
        removeWithSidecars(partial);
        throw;
    }
    QFile::remove(destPath);
    if (!QFile::rename(partial, destPath)) {
        removeWithSidecars(partial);
        throw DbError(DbError::Kind::ReadOnly, Backup::tr("backup: cannot rename %1 to %2").arg(partial, destPath));
    }
}

BackupFolder::BackupFolder(const QString &databasePath, const QString &folder)
    : m_dbPath(databasePath), m_base(QFileInfo(databasePath).completeBaseName()),
      m_folder(folder.isEmpty() ? defaultFolder(databasePath) : folder)
{
}

QString BackupFolder::defaultFolder(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

QList<BackupFile> BackupFolder::list() const
{
    const QRegularExpression name(QStringLiteral("^%1-(\\d{8}-\\d{6})(?:-(\\d+))?\\.sqlite$")
                                      .arg(QRegularExpression::escape(m_base)));
    struct Entry
    {
        BackupFile file;
        int suffix;
    };
    QList<Entry> entries;
    const QStringList names = QDir(m_folder).entryList({m_base + QStringLiteral("-*.sqlite")}, QDir::Files);
    for (const QString &n : names) {
        const auto m = name.match(n);
        if (!m.hasMatch())
            continue;
        const QDateTime taken = QDateTime::fromString(m.captured(1), kStampFormat);
        if (taken.isValid())
            entries.append({{QDir(m_folder).filePath(n), taken}, m.captured(2).toInt()});
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return a.file.taken != b.file.taken ? a.file.taken > b.file.taken : a.suffix > b.suffix;
    });
    QList<BackupFile> files;
    for (const Entry &e : entries)
        files << e.file;
    return files;
}

std::optional<BackupFile> BackupFolder::newest() const
{
    const QList<BackupFile> files = list();
    if (files.isEmpty())
        return std::nullopt;
    return files.first();
}

BackupFile BackupFolder::take(Database &db, const QDateTime &now, bool rotateAfter)
{
    if (!QDir().mkpath(m_folder))
        throw DbError(DbError::Kind::ReadOnly, Backup::tr("cannot create the backup folder %1").arg(m_folder));
    // Whole seconds: the name holds no more, and list() must give back the same stamp.
    const QDateTime stamp = now.addMSecs(-now.time().msec());
    QString path = QDir(m_folder).filePath(QStringLiteral("%1-%2.sqlite").arg(m_base, stamp.toString(kStampFormat)));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = QDir(m_folder).filePath(
            QStringLiteral("%1-%2-%3.sqlite").arg(m_base, stamp.toString(kStampFormat)).arg(n));
    copyDatabase(db, path);
    if (rotateAfter)
        rotate();
    return {path, stamp};
}

std::optional<BackupFile> BackupFolder::takeIfDue(Database &db, const QDateTime &now, qint64 maxAgeSecs)
{
    const auto last = newest();
    if (last && last->taken.secsTo(now) < maxAgeSecs)
        return std::nullopt;
    return take(db, now);
}

QStringList BackupFolder::rotate(const BackupRotation &rotation) const
{
    const QList<BackupFile> files = list();
    QList<QDateTime> taken;
    for (const BackupFile &f : files)
        taken << f.taken;
    QStringList removed;
    for (const int i : rotation.toDelete(taken))
        if (QFile::remove(files[i].path))
            removed << files[i].path;
    return removed;
}

} // namespace jobprep

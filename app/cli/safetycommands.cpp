// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// backup, restore and check: the data-safety commands (issue 6).
#include "backup.h"
#include "cli.h"
#include "databasecheck.h"
#include "databaselock.h"
#include "restore.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace jobprep::cli {
namespace {

const QCommandLineOption kTo(QStringLiteral("to"), QStringLiteral("Folder for the backup."), QStringLiteral("DIR"));

QString stamp(const QDateTime &t) { return t.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")); }

int backupCmd(Context &c)
{
    const QString to = c.value(kTo.names().first());
    BackupFolder folder(c.dbPath, to.isEmpty() ? QString() : QDir(to).absolutePath());
    // Rotation only in the app's own backups folder: a folder the user chose is theirs.
    const BackupFile file = folder.take(c.db().database(), QDateTime::currentDateTime(), to.isEmpty());
    if (c.json)
        c.print(QJsonObject{{QStringLiteral("path"), file.path}, {QStringLiteral("taken"), stamp(file.taken)}});
    else
        c.out << "backed up " << c.dbPath << " to " << file.path << "\n";
    return Ok;
}

int restoreCmd(Context &c)
{
    const QString file = c.arg(0, QStringLiteral("FILE"));
    // A wrong FILE is bad input (exit 1): the user's database is fine and untouched.
    try {
        const IntegrityReport report = DatabaseCheck::runOnFile(file);
        if (!report.ok())
            throw UsageError(QStringLiteral("%1 is damaged (%2); nothing was restored").arg(file, report.problems.first()));
    } catch (const DbError &e) {
        throw UsageError(QStringLiteral("%1 (nothing was restored)").arg(e.message()));
    }
    DatabaseLock lock(c.dbPath);
    if (!lock.tryLock())
        throw DbError(DbError::Kind::Busy, QStringLiteral("%1 is open in %2; close it before restoring")
                                               .arg(c.dbPath, lock.holder()));
    const RestoreResult r = restoreDatabase(file, c.dbPath, QDateTime::currentDateTime());
    if (c.json) {
        c.print(QJsonObject{{QStringLiteral("restored"), file},
                            {QStringLiteral("previousSavedAs"), r.previousSavedAs},
                            {QStringLiteral("schemaVersion"), r.schemaVersion}});
        return Ok;
    }
    c.out << "restored " << c.dbPath << " from " << file << "\n";
    if (!r.previousSavedAs.isEmpty())
        c.out << "the previous database was kept as " << r.previousSavedAs << "\n";
    return Ok;
}

int checkCmd(Context &c)
{
    const IntegrityReport report = DatabaseCheck::runOnFile(c.dbPath);
    const auto newest = BackupFolder(c.dbPath).newest();
    if (c.json) {
        QJsonObject o{{QStringLiteral("ok"), report.ok()},
                      {QStringLiteral("schemaVersion"), report.schemaVersion},
                      {QStringLiteral("problems"), QJsonArray::fromStringList(report.problems)}};
        o.insert(QStringLiteral("newestBackup"), newest ? QJsonValue(newest->path) : QJsonValue());
        o.insert(QStringLiteral("newestBackupTaken"), newest ? QJsonValue(stamp(newest->taken)) : QJsonValue());
        c.print(o);
    } else {
        c.out << c.dbPath << " (schema version " << report.schemaVersion << "): ";
        if (report.ok())
            c.out << "integrity_check ok, foreign_key_check ok\n";
        else
            c.out << report.problems.size() << " problem(s)\n";
        for (const QString &p : report.problems)
            c.out << "  " << p << "\n";
        if (newest)
            c.out << "newest backup: " << newest->path << " (" << stamp(newest->taken) << ")\n";
        else
            c.out << "no backups yet (jobprep-cli backup)\n";
    }
    if (!report.ok())
        c.err << "jobprep-cli: " << c.dbPath << " is damaged; restore a backup with: jobprep-cli restore FILE\n";
    return report.ok() ? Ok : DatabaseUnusable;
}

} // namespace

QList<Command> safetyCommands()
{
    return {
        {QStringLiteral("backup"), QStringLiteral("[--to DIR]   (SQLite backup API; default folder: backups/ beside the "
                                                  "database, rotated to 7 daily + 4 weekly)"),
         {kTo}, &backupCmd},
        {QStringLiteral("restore"), QStringLiteral("FILE   (checks FILE, backs up the current database, then restores)"),
         {}, &restoreCmd},
        {QStringLiteral("check"), QStringLiteral("   (integrity_check and foreign_key_check; exit 3 when damaged)"), {},
         &checkCmd},
    };
}

} // namespace jobprep::cli

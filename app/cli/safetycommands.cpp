// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
// backup, restore and check: the data-safety commands (issue 6).
#include "cli.h"
#include "clitext.h"
#include "core/safety/databasecheck.h"
#include "core/safety/databaselock.h"
#include "core/safety/restore.h"
#include "core/service/dataservice.h"
#include "core/sqlite/backup.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <limits>

namespace jobprep::cli {
namespace {

const QCommandLineOption kRepair(QStringLiteral("repair"),
                                 QStringLiteral("Rebuild the placement cache (after a backup)."));
const QCommandLineOption kTo(QStringLiteral("to"), QStringLiteral("Folder for the backup."), QStringLiteral("DIR"));

QString stamp(const QDateTime &t) { return t.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")); }

int backupCmd(Context &c)
{
    const QString to = c.value(kTo.names().first());
    BackupFolder folder(c.dbPath, to.isEmpty() ? QString() : QDir(to).absolutePath());
    // Rotation only in the app's own backups folder: a folder the user chose is theirs.
    const BackupFile file = c.db().backUp(folder, QDateTime::currentDateTime(), to.isEmpty());
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

// The placement cache (each open task's stored placement inputs and task_groups) of a file that is
// otherwise sound and at this version's schema; read-only. Empty when it matches the rules.
QStringList placementCacheProblems(const QString &path)
{
    Store store(path, Store::Options(true));
    return store.placementCacheProblems();
}

// check --repair: what is derived from the user's data is computed again, after a backup. Refuses a
// damaged file (its pages are not ours to rewrite: restore a backup) and one the app holds open.
int repairPlacementCache(Context &c, const IntegrityReport &report)
{
    if (!report.ok()) {
        c.err << "jobprep-cli: "
              << Text::tr("%1 is damaged; --repair rebuilds only the placement cache. Restore a backup with: "
                          "jobprep-cli restore FILE")
                     .arg(c.dbPath)
              << "\n";
        return DatabaseUnusable;
    }
    DatabaseLock lock(c.dbPath);
    if (!lock.tryLock())
        throw DbError(DbError::Kind::Busy,
                      Text::tr("%1 is open in %2; close it before repairing").arg(c.dbPath, lock.holder()));
    Store &store = c.db(); // an older schema is upgraded here, after its own backup
    BackupFolder folder(c.dbPath);
    const BackupFile backup = store.backUp(folder, QDateTime::currentDateTime());
    const int before = int(store.placementCacheProblems(std::numeric_limits<int>::max() - 1).size());
    c.svc().data().rebuildPlacementCache();
    const QStringList after = store.placementCacheProblems();
    if (c.json) {
        c.print(QJsonObject{{QStringLiteral("ok"), after.isEmpty()},
                            {QStringLiteral("repaired"), before},
                            {QStringLiteral("backup"), backup.path},
                            {QStringLiteral("problems"), QJsonArray::fromStringList(after)}});
    } else {
        c.out << Text::tr("placement cache rebuilt (%1 problem(s) before, %2 after); backup: %3")
                     .arg(before)
                     .arg(after.size())
                     .arg(backup.path)
              << "\n";
    }
    return after.isEmpty() ? Ok : DatabaseUnusable;
}

int checkCmd(Context &c)
{
    const IntegrityReport report = DatabaseCheck::runOnFile(c.dbPath);
    if (c.isSet(kRepair.names().first()))
        return repairPlacementCache(c, report);
    // The cache is only looked at in a sound file this version need not upgrade.
    const bool cacheChecked = report.ok() && report.schemaVersion == Store::kSchemaVersion;
    const QStringList cache = cacheChecked ? placementCacheProblems(c.dbPath) : QStringList();
    const auto newest = BackupFolder(c.dbPath).newest();
    if (c.json) {
        QJsonObject o{{QStringLiteral("ok"), report.ok() && cache.isEmpty()},
                      {QStringLiteral("schemaVersion"), report.schemaVersion},
                      {QStringLiteral("problems"), QJsonArray::fromStringList(report.problems)},
                      {QStringLiteral("placementCacheChecked"), cacheChecked},
                      {QStringLiteral("placementCacheProblems"), QJsonArray::fromStringList(cache)}};
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
        if (cacheChecked && cache.isEmpty())
            c.out << Text::tr("placement cache ok") << "\n";
        else if (cacheChecked)
            c.out << Text::tr("placement cache differs from the tasks:") << "\n";
        for (const QString &p : cache)
            c.out << "  " << p << "\n";
        if (newest)
            c.out << "newest backup: " << newest->path << " (" << stamp(newest->taken) << ")\n";
        else
            c.out << "no backups yet (jobprep-cli backup)\n";
    }
    if (!report.ok()) {
        c.err << "jobprep-cli: " << c.dbPath << " is damaged; restore a backup with: jobprep-cli restore FILE\n";
        return DatabaseUnusable;
    }
    if (!cache.isEmpty()) {
        // What the board and the plan read is out of step with the tasks; the tasks themselves are fine.
        c.err << "jobprep-cli: "
              << Text::tr("the placement cache of %1 differs from the tasks (the board and the plan may show the "
                          "wrong tasks; nothing you entered is lost); rebuild it with: jobprep-cli check --repair")
                     .arg(c.dbPath)
              << "\n";
        return StaleCache;
    }
    return Ok;
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
        {QStringLiteral("check"),
         QStringLiteral("[--repair]   (integrity_check, foreign_key_check and the placement cache; exit 3 when "
                        "damaged, 4 when only the cache differs; --repair rebuilds the cache after a backup)"),
         {kRepair}, &checkCmd},
    };
}

} // namespace jobprep::cli

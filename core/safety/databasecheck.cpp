// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "databasecheck.h"
#include "core/sqlite/database.h"
#include "core/sqlite/dberror.h"
#include "core/store/store.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace jobprep {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("jobprep::DatabaseCheck", text); }

} // namespace

int DatabaseCheck::requireJobPrepFile(const QString &path)
{
    if (!QFileInfo(path).isFile())
        throw DbError(DbError::Kind::NotFound, tr("%1 does not exist or is not a file").arg(path));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw DbError(DbError::Kind::ReadOnly, tr("%1: %2").arg(path, f.errorString()));
    // The header check first: SQLite would otherwise happily "open" an empty or text file.
    if (f.read(16) != QByteArray("SQLite format 3\0", 16))
        throw DbError(DbError::Kind::NotADatabase, tr("%1 is not a JobPrep database (not an SQLite file)").arg(path));
    f.close();
    Database db(path, Database::Mode::ReadOnly);
    int appId = 0;
    int version = 0;
    try {
        appId = db.pragmaInt(QStringLiteral("application_id"));
        version = db.pragmaInt(QStringLiteral("user_version"));
    } catch (const DbError &e) {
        throw DbError(DbError::Kind::NotADatabase, tr("%1 is not a JobPrep database (%2)").arg(path, e.message()),
                      e.sqliteCode());
    }
    if (appId != Store::kApplicationId)
        throw DbError(DbError::Kind::NotADatabase,
                      tr("%1 is an SQLite file of another program, not a JobPrep database").arg(path));
    if (version > Store::kSchemaVersion)
        throw DbError(DbError::Kind::NewerSchema,
                      tr("%1 was written by a newer JobPrep (schema version %2); this version reads up to "
                         "schema version %3")
                          .arg(path)
                          .arg(version)
                          .arg(Store::kSchemaVersion));
    return version;
}

IntegrityReport DatabaseCheck::run(Database &db, int maxProblems)
{
    IntegrityReport report;
    try {
        report.schemaVersion = db.pragmaInt(QStringLiteral("user_version"));
        report.problems = db.integrityProblems(maxProblems);
        for (const Database::MissingReference &m : db.missingReferences(maxProblems - int(report.problems.size())))
            report.problems << tr("table %1, row %2: reference to a missing row in %3").arg(m.table, m.row, m.parent);
    } catch (const DbError &e) {
        // A damaged page can stop the check itself; that is a finding, not a crash.
        report.problems << e.message();
    }
    return report;
}

IntegrityReport DatabaseCheck::runOnFile(const QString &path)
{
    requireJobPrepFile(path);
    Database db(path, Database::Mode::ReadOnly);
    db.setBusyTimeout(5000);
    return run(db);
}

} // namespace jobprep

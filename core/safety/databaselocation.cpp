// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "databaselocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace jobprep {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("JobPrep"));
    QCoreApplication::setApplicationName(QStringLiteral("jobprep"));
    QCoreApplication::setApplicationVersion(QStringLiteral(JOBPREP_VERSION));
}

QString defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("jobprep.sqlite"));
}

QString resolveDatabasePath(const QString &fromOption)
{
    if (!fromOption.isEmpty())
        return fromOption;
    const QString env = qEnvironmentVariable("JOBPREP_DB");
    if (!env.isEmpty())
        return env;
    return defaultDatabasePath();
}

} // namespace jobprep

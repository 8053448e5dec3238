// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "syncsummary.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace jobprep {

QString CalendarSyncResult::summary() const
{
    return QCoreApplication::translate("jobprep::CalendarSync",
                                       "%1 created, %2 updated, %3 deleted, %4 kept (edited in the calendar), "
                                       "%5 busy events read")
        .arg(created)
        .arg(updated)
        .arg(deleted)
        .arg(kept)
        .arg(busyRead);
}

QJsonObject CalendarSyncResult::toJson() const
{
    return {{QStringLiteral("created"), created},
            {QStringLiteral("updated"), updated},
            {QStringLiteral("deleted"), deleted},
            {QStringLiteral("kept"), kept},
            {QStringLiteral("unchanged"), unchanged},
            {QStringLiteral("busyRead"), busyRead},
            {QStringLiteral("keptEvents"), QJsonArray::fromStringList(keptEvents)},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
            {QStringLiteral("calendar"), calendar.toDisplayString(QUrl::RemoveUserInfo)},
            {QStringLiteral("error"), error},
            {QStringLiteral("cancelled"), cancelled}};
}

} // namespace jobprep

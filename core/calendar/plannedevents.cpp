// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "plannedevents.h"
#include "core/export/icsexport.h"

#include <QCryptographicHash>

namespace jobprep {

QList<PlannedEvent> plannedEvents(const QList<WeeklyPlan> &plans, const QTimeZone &zone, const QDateTime &stamp)
{
    // The hash is of the body with a fixed DTSTAMP: a later sync compares what it would write now.
    const QDateTime fixed(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC);
    QList<PlannedEvent> out;
    for (const WeeklyPlan &plan : plans)
        for (const PlanBlock &b : plan.allBlocks()) {
            PlannedEvent e;
            e.uid = icsUid(b, plan.databaseId);
            e.taskId = b.taskId;
            e.day = b.date;
            e.block = b.indexInDay;
            e.end = QDateTime(b.end().date(), b.end().time(), zone).toUTC();
            e.body = blockToIcs(b, plan.databaseId, zone, stamp);
            e.content = QCryptographicHash::hash(blockToIcs(b, plan.databaseId, zone, fixed), QCryptographicHash::Sha1)
                            .toHex();
            out.append(std::move(e));
        }
    return out;
}

QString eventHref(const QString &collectionPath, const QString &uid)
{
    QString path = collectionPath;
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    return path + uid + QStringLiteral(".ics");
}

bool parseEventUid(const QString &uid, const QString &databaseId, Id *taskId, QDate *day, int *block)
{
    const QString prefix = icsUidPrefix(databaseId);
    if (databaseId.isEmpty() || !uid.startsWith(prefix))
        return false;
    const QStringList parts = QStringView(uid).mid(prefix.size()).toString().split(QLatin1Char('-'));
    if (parts.size() != 3)
        return false;
    bool okTask = false, okBlock = false;
    const Id t = parts[0].toLongLong(&okTask);
    const QDate d = QDate::fromString(parts[1], QStringLiteral("yyyyMMdd"));
    const int b = parts[2].toInt(&okBlock);
    if (!okTask || !okBlock || !d.isValid())
        return false;
    *taskId = t;
    *day = d;
    *block = b;
    return true;
}

} // namespace jobprep

// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "taskjson.h"
#include "core/domain/dates.h"
#include "core/habits/streaks.h"

#include <QJsonArray>

namespace jobprep {
namespace {

QJsonArray whyJson(const QList<WhyItem> &items)
{
    QJsonArray a;
    for (const WhyItem &w : items)
        a.append(QJsonObject{{QStringLiteral("factor"), w.factor}, {QStringLiteral("points"), w.points}});
    return a;
}

QJsonValue dateJson(const QDate &d) { return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(); }

} // namespace

QJsonObject placedTaskJson(const PlacedTask &pt, const QDate &today)
{
    const Task &t = pt.task;
    const Placement &p = pt.placement;
    QJsonArray lines;
    for (Id l : t.lineIds)
        lines.append(l);
    QJsonObject o{{QStringLiteral("id"), t.id},
                  {QStringLiteral("title"), t.title},
                  {QStringLiteral("kind"), toString(t.kind)},
                  {QStringLiteral("status"), toString(t.status)},
                  {QStringLiteral("due"), dateJson(t.due)},
                  {QStringLiteral("doneOn"), dateJson(t.doneOn)},
                  {QStringLiteral("estimate"), t.estimateHours},
                  {QStringLiteral("company"), pt.companyName.isEmpty() ? QJsonValue() : QJsonValue(pt.companyName)},
                  {QStringLiteral("repeat"), toString(t.repeat)},
                  {QStringLiteral("streak"), t.isOpen() ? habits::liveStreak(t.streak, t.due, t.repeat, today) : 0},
                  {QStringLiteral("pinned"), int(t.pinned)},
                  {QStringLiteral("lines"), lines}};
    if (t.isOpen()) {
        o.insert(QStringLiteral("quadrant"), int(p.quadrant));
        o.insert(QStringLiteral("autoQuadrant"), int(p.autoQuadrant));
        o.insert(QStringLiteral("importance"), p.importance);
        o.insert(QStringLiteral("urgency"), p.urgency);
        o.insert(QStringLiteral("important"), p.important);
        o.insert(QStringLiteral("urgent"), p.urgent);
        o.insert(QStringLiteral("effectiveDeadline"), dateJson(p.effectiveDeadline));
        o.insert(QStringLiteral("dday"), p.effectiveDeadline.isValid() ? QJsonValue(dDay(p.effectiveDeadline, today))
                                                                       : QJsonValue());
        o.insert(QStringLiteral("why"), QJsonObject{{QStringLiteral("importance"), whyJson(p.importanceWhy)},
                                                    {QStringLiteral("urgency"), whyJson(p.urgencyWhy)},
                                                    {QStringLiteral("note"), p.note}});
    }
    return o;
}

} // namespace jobprep

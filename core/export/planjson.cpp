// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "planjson.h"
#include "icsexport.h"
#include "planformat.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace jobprep {

using namespace planformat;

namespace {

QJsonValue dateOrNull(const QDate &d) { return d.isValid() ? QJsonValue(dateText(d)) : QJsonValue(); }
QJsonValue textOrNull(const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); }
double hours(int minutes) { return hoursNumber(minutes).toDouble(); }

QString localIso(const QDateTime &t) { return t.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm")); }

QJsonObject taskFields(Id id, const QString &title, Kind kind, Quadrant q, const QString &company,
                       const QString &posting, const QDate &deadline)
{
    return {{QStringLiteral("taskId"), id},
            {QStringLiteral("title"), title},
            {QStringLiteral("kind"), toString(kind)},
            {QStringLiteral("quadrant"), int(q)},
            {QStringLiteral("company"), textOrNull(company)},
            {QStringLiteral("posting"), textOrNull(posting)},
            {QStringLiteral("deadline"), dateOrNull(deadline)}};
}

} // namespace

QJsonObject planToJson(const WeeklyPlan &plan)
{
    QJsonArray days;
    for (const PlanDay &d : plan.days) {
        QJsonArray blocks;
        for (const PlanBlock &b : d.blocks) {
            QJsonObject o = taskFields(b.taskId, b.title, b.kind, b.quadrant, b.company, b.posting, b.deadline);
            o.insert(QStringLiteral("start"), localIso(b.start()));
            o.insert(QStringLiteral("end"), localIso(b.end()));
            o.insert(QStringLiteral("hours"), hours(b.minutes));
            o.insert(QStringLiteral("part"), b.part);
            o.insert(QStringLiteral("habit"), b.habit);
            o.insert(QStringLiteral("uid"), icsUid(b, plan.databaseId));
            blocks.append(o);
        }
        QJsonArray busy;
        for (const BusyBlock &x : d.busy)
            busy.append(QJsonObject{{QStringLiteral("start"), localIso(QDateTime(d.date, QTime(0, 0), Qt::UTC).addSecs(x.startMinute * 60))},
                                    {QStringLiteral("end"), localIso(QDateTime(d.date, QTime(0, 0), Qt::UTC).addSecs(x.endMinute() * 60))},
                                    {QStringLiteral("allDay"), x.allDay},
                                    {QStringLiteral("title"), x.title}});
        days.append(QJsonObject{{QStringLiteral("date"), dateText(d.date)},
                                {QStringLiteral("weekday"), weekdayName(d.date)},
                                {QStringLiteral("past"), d.past},
                                {QStringLiteral("capacityHours"), hours(d.capacityMinutes)},
                                {QStringLiteral("usedHours"), hours(d.usedMinutes)},
                                {QStringLiteral("busyHours"), hours(d.busyMinutes)},
                                {QStringLiteral("busy"), busy},
                                {QStringLiteral("blocks"), blocks}});
    }
    QJsonArray atRisk;
    for (const AtRiskItem &r : plan.atRisk) {
        QJsonObject o = taskFields(r.taskId, r.title, r.kind, r.quadrant, r.company, r.posting, r.deadline);
        o.insert(QStringLiteral("plannedHours"), hours(r.plannedMinutes));
        o.insert(QStringLiteral("missingHours"), hours(r.missingMinutes));
        o.insert(QStringLiteral("habit"), r.habit);
        atRisk.append(o);
    }
    QJsonArray next;
    for (const CarryOverItem &c : plan.nextWeek) {
        QJsonObject o = taskFields(c.taskId, c.title, c.kind, c.quadrant, c.company, c.posting, c.deadline);
        o.insert(QStringLiteral("plannedHours"), hours(c.plannedMinutes));
        o.insert(QStringLiteral("remainingHours"), hours(c.remainingMinutes));
        next.append(o);
    }
    return {{QStringLiteral("format"), QStringLiteral("jobprep-plan")},
            {QStringLiteral("version"), 1},
            {QStringLiteral("week"), plan.weekName()},
            {QStringLiteral("monday"), dateText(plan.monday)},
            {QStringLiteral("today"), dateOrNull(plan.today)},
            {QStringLiteral("capacityHours"), hours(plan.capacityMinutes())},
            {QStringLiteral("usedHours"), hours(plan.usedMinutes())},
            {QStringLiteral("days"), days},
            {QStringLiteral("atRisk"), atRisk},
            {QStringLiteral("atRiskTotal"), plan.atRiskTotal},
            {QStringLiteral("atRiskMissingHours"), hours(plan.atRiskMinutes)},
            {QStringLiteral("nextWeek"), next},
            {QStringLiteral("nextWeekTotal"), plan.nextWeekTotal},
            {QStringLiteral("nextWeekRemainingHours"), hours(plan.nextWeekMinutes)}};
}

QByteArray planToJsonBytes(const WeeklyPlan &plan) { return QJsonDocument(planToJson(plan)).toJson(QJsonDocument::Indented); }

QByteArray plansToJsonBytes(const QList<WeeklyPlan> &plans)
{
    QJsonArray weeks;
    for (const WeeklyPlan &p : plans)
        weeks.append(planToJson(p));
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("jobprep-plans")},
                                     {QStringLiteral("version"), 1},
                                     {QStringLiteral("weeks"), weeks}})
        .toJson(QJsonDocument::Indented);
}

} // namespace jobprep

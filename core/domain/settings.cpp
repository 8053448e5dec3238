// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#include "settings.h"

namespace jobprep {
namespace {

const char *const kDays[7] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

QString capKey(int i) { return QStringLiteral("capacity.%1").arg(QLatin1String(kDays[i])); }
QString startKey(int i) { return QStringLiteral("start.%1").arg(QLatin1String(kDays[i])); }
QString kindKey(int i) { return QStringLiteral("importance.kind.%1").arg(toString(static_cast<Kind>(i))); }

struct IntField
{
    const char *key;
    int Settings::*member;
    int min;
    int max;
};

const IntField kIntFields[] = {
    {"urgency.window_days", &Settings::urgencyWindowDays, 0, 60},
    {"importance.threshold", &Settings::importantThreshold, 0, 100},
    {"importance.requirement_bonus", &Settings::requirementBonus, -100, 100},
    {"importance.duty_only_bonus", &Settings::dutyOnlyBonus, -100, 100},
    {"importance.preferred_only_penalty", &Settings::preferredOnlyPenalty, -100, 100},
    {"importance.extra_posting_bonus", &Settings::extraPostingBonus, -100, 100},
    {"importance.extra_posting_max", &Settings::extraPostingMax, -100, 100},
    {"importance.interest_weight", &Settings::interestWeight, -30, 30},
};

} // namespace

QMap<QString, QString> Settings::toMap() const
{
    QMap<QString, QString> m;
    for (int i = 0; i < 7; ++i) {
        m[capKey(i)] = QString::number(capacityHours[i]);
        m[startKey(i)] = startTime[i].toString(QStringLiteral("HH:mm"));
    }
    for (int i = 0; i < int(kindBase.size()); ++i)
        m[kindKey(i)] = QString::number(kindBase[i]);
    for (const IntField &f : kIntFields)
        m[QLatin1String(f.key)] = QString::number(this->*f.member);
    m[QStringLiteral("plan.protected_share")] = QString::number(protectedShare);
    m[QStringLiteral("plan.block_hours")] = QString::number(blockHours);
    return m;
}

QStringList Settings::keys() { return Settings().toMap().keys(); }

Settings Settings::fromMap(const QMap<QString, QString> &map, QString *error)
{
    Settings s;
    QStringList problems;
    auto number = [&](const QString &key, double min, double max, auto apply) {
        const auto it = map.find(key);
        if (it == map.end())
            return;
        bool ok = false;
        const double v = it->toDouble(&ok);
        if (!ok || v < min || v > max)
            problems << QStringLiteral("%1: \"%2\" is not a number from %3 to %4").arg(key, *it).arg(min).arg(max);
        else
            apply(v);
    };
    for (int i = 0; i < 7; ++i) {
        number(capKey(i), 0, 24, [&](double v) { s.capacityHours[i] = v; });
        if (const auto it = map.find(startKey(i)); it != map.end()) {
            const QTime t = QTime::fromString(*it, QStringLiteral("HH:mm"));
            if (t.isValid())
                s.startTime[i] = t;
            else
                problems << QStringLiteral("%1: \"%2\" is not a time HH:mm").arg(startKey(i), *it);
        }
    }
    for (int i = 0; i < int(s.kindBase.size()); ++i)
        number(kindKey(i), 0, 100, [&](double v) { s.kindBase[i] = int(v); });
    for (const IntField &f : kIntFields)
        number(QLatin1String(f.key), f.min, f.max, [&](double v) { s.*f.member = int(v); });
    number(QStringLiteral("plan.protected_share"), 0, 1, [&](double v) { s.protectedShare = v; });
    number(QStringLiteral("plan.block_hours"), 0.25, 24, [&](double v) { s.blockHours = v; });
    if (error)
        *error = problems.join(QLatin1Char('\n'));
    return s;
}

} // namespace jobprep

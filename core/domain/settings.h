// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "enums.h"

#include <QMap>
#include <QString>
#include <QTime>
#include <array>

namespace jobprep {

// Everything the planner and the placement rules read. Stored in the database so that the
// GUI and the CLI always agree. Index 0 of the per-day arrays is Monday (Qt::Monday - 1).
struct Settings
{
    std::array<double, 7> capacityHours{3, 3, 3, 3, 3, 6, 6};
    std::array<QTime, 7> startTime{QTime(19, 0), QTime(19, 0), QTime(19, 0), QTime(19, 0),
                                   QTime(19, 0), QTime(10, 0), QTime(10, 0)};
    int urgencyWindowDays = 3;
    int importantThreshold = 50;
    double protectedShare = 0.4; // of the week's hours, kept for Schedule work
    double blockHours = 2.0;     // largest block a task is split into
    // Importance base per kind, indexed by Kind.
    std::array<int, 9> kindBase{70, 65, 55, 50, 50, 45, 55, 20, 30};
    int requirementBonus = 15;
    int dutyOnlyBonus = 5;
    int preferredOnlyPenalty = -10;
    int extraPostingBonus = 5;
    int extraPostingMax = 15;
    int interestWeight = 3;

    int baseFor(Kind k) const { return kindBase.at(static_cast<std::size_t>(k)); }
    double capacityOn(int qtDayOfWeek) const { return capacityHours.at(std::size_t(qtDayOfWeek - 1)); }

    QMap<QString, QString> toMap() const;
    // Reads the keys it knows; unknown keys are ignored, bad values are reported by key.
    static Settings fromMap(const QMap<QString, QString> &map, QString *error = nullptr);
    static QStringList keys();

    bool operator==(const Settings &) const = default;
};

} // namespace jobprep

// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/habits/habitrecord.h"

#include <QTimeZone>

namespace jobprep {
class Service;
}

namespace jobprep::git {

// What a sync did: the links read, the commits found, and a line per link that could not be read.
struct SyncSummary
{
    int links = 0;
    int commits = 0;
    QStringList problems; // "title: problem"
};

// Reading the evidence in two halves, so that the window can scan on a worker thread (no store
// there) and write on its own: scanLinks() reads the repositories, applyScans() writes what they
// gave through the service (a link scanned again since, or unlinked, is left alone).
QList<LinkScan> scanLinks(const QList<HabitLink> &links, const QTimeZone &zone);
SyncSummary applyScans(Service &service, const QList<LinkScan> &scans);
// Both, on this thread (`jobprep-cli habit sync`).
SyncSummary syncHabits(Service &service, const QTimeZone &zone = QTimeZone::systemTimeZone());

} // namespace jobprep::git

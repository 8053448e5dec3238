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
// there) and write on its own: scanLinks() (gitscanner.h) reads the repositories, applyScans()
// writes what they gave through the service (a link scanned again since, or unlinked, is left alone).
SyncSummary applyScans(Service &service, const QList<LinkScan> &scans);
// Both, on this thread, with `scan`: git::scanLinks, or jobprep-cli's module that holds it.
using ScanLinksFn = QList<LinkScan> (*)(const QList<HabitLink> &links, const QTimeZone &zone);
SyncSummary syncHabits(Service &service, ScanLinksFn scan, const QTimeZone &zone = QTimeZone::systemTimeZone());

} // namespace jobprep::git

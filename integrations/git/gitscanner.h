// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/habits/habitrecord.h"

#include <QTimeZone>

namespace jobprep::git {

// Reads the commits of one linked repository that count for its habit, with libgit2: on every local
// branch (a commit reached from two branches, or through a merge, is read once), by one of the
// link's authors (the author's email, without case), and, when the link names a subfolder, changing
// something in it (a merge only when it differs there from every parent, as `git log -- PATH` shows
// it). Each commit's day is the user's local day of its author time (localDay).
//
// Incremental: only the commits after the tips of the last scan (link.tips) are read. When a tip of
// the last scan is no longer in the history of any branch (a rebase, a reset, a branch deleted
// before it was merged), the history was rewritten and everything is read again (LinkScan::replace).
// A re-scan with no new commit compares the branch tips and reads nothing more.
//
// Thread-safe: it opens the repository itself, and touches no store.
LinkScan scanLink(const HabitLink &link, const QTimeZone &zone);
// scanLink() for each link, in order.
QList<LinkScan> scanLinks(const QList<HabitLink> &links, const QTimeZone &zone);

// How many commits the last scanLink() on this thread walked (for the benchmark).
int lastWalked();

} // namespace jobprep::git

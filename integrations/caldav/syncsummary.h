// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QStringList>
#include <QUrl>

namespace jobprep {

// What one calendar sync did, for the CLI (text and --json), the status bar and `calendar status`.
struct CalendarSyncResult
{
    int created = 0;
    int updated = 0;
    int deleted = 0;
    int kept = 0;     // events of ours the user edited or deleted in the calendar, left alone
    int unchanged = 0;
    int busyRead = 0; // busy events (occurrences) read from the calendar in the synced weeks
    QStringList keptEvents; // their UIDs
    QStringList warnings;   // events of others that could not be read, and why
    QUrl calendar;
    QString error;          // empty: the sync is done
    bool refusedOrUnreachable = false; // 401/403 or no answer at all
    bool cancelled = false;

    bool ok() const { return error.isEmpty() && !cancelled; }
    // "12 created, 3 updated, 2 deleted, 1 kept (edited in the calendar), 5 busy events read"
    QString summary() const;
    QJsonObject toJson() const;
};

} // namespace jobprep

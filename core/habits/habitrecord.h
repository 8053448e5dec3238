// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/domain.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace jobprep {

// One day of a habit's record. Evidence (commits found in linked repositories) and the user's own
// marks are kept apart: a tick makes a day done whatever the repositories say, an un-tick makes it
// not done even with commits (a commit that should not count), and no mark lets the evidence decide.
struct HabitDay
{
    enum class Mark
    {
        None,
        Ticked,
        Unticked
    };
    QDate date;
    int commits = 0;
    Mark mark = Mark::None;

    bool done() const { return mark == Mark::Ticked || (mark == Mark::None && commits > 0); }
};

// One commit that counts for a habit, as a linked repository's scan found it.
struct EvidenceCommit
{
    QString hash; // full hex id
    QDate day;    // the user's local day (localDay)
    qint64 at = 0; // the author's time, seconds since 1970 (UTC)
    QString summary;
};

// A link from a habit to a local git repository: which commits count.
struct HabitLink
{
    Id id = 0;
    Id taskId = 0;
    QString repo;        // absolute folder
    QString path;        // subfolder inside it, "" for the whole repository
    QStringList authors; // author emails that count (compared without case)
    QString problem;     // why the last scan could not read it; "" when it could
    // The tip of each local branch at the last scan: the next scan reads only commits after them.
    QList<std::pair<QString, QString>> tips; // (branch, commit id), sorted by branch
};

// What one scan of a link found, to be written back (HabitService::applyScan). `base` is the tips
// the scan started from: a link whose tips moved in the meantime (another scan) is left alone.
struct LinkScan
{
    Id linkId = 0;
    QList<std::pair<QString, QString>> base;
    QString problem; // non-empty: the repository could not be read; the evidence found before stays
    bool replace = false; // history was rewritten (or a first scan): the commits found replace the old
    QList<EvidenceCommit> commits;
    QList<std::pair<QString, QString>> tips;
};

// The day a commit belongs to: the calendar day, in the user's time zone, of the instant it was
// made. The offset the commit records (the author's zone then) plays no part: a commit at 00:30
// +09:00 is on the Korean day it was made on for a user in Seoul, also when it records -07:00.
// Inline: the git reader, built into jobprep-cli's git module too, links no core library.
inline QDate localDay(qint64 secondsSinceEpoch, const QTimeZone &zone)
{
    return QDateTime::fromSecsSinceEpoch(secondsSinceEpoch, zone).date();
}

} // namespace jobprep

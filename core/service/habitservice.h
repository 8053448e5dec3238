// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/habits/habitrecord.h"

namespace jobprep {

class Service;
struct Change;

// Every change of a habit's record and links. A day marked by hand is kept apart from the evidence
// of linked repositories (HabitDay). Throws DbError (Invalid, NotFound) and then changes nothing.
class HabitService
{
public:
    explicit HabitService(Service &service) : m_service(service) {}

    // Marks a day of a habit done or not done by hand. Done on a day with commits lets the commits
    // speak (no mark); not done on such a day records that they do not count. Days after today are
    // refused: a habit is ticked when it was done.
    void setDone(Id taskId, const QDate &day, bool done, Change *change = nullptr);
    // Links a habit to a repository (or changes the subfolder and authors of its link to that one);
    // its evidence is read again at the next scan. Returns the link's id.
    Id link(const HabitLink &link, Change *change = nullptr);
    void unlink(Id taskId, const QString &repo, Change *change = nullptr);
    // Writes what a scan found (HabitSync). Not for the undo stack: evidence is not an action of the
    // user's. False when the link is gone or was scanned since the scan started.
    bool applyScan(const LinkScan &scan);

private:
    Service &m_service;
};

} // namespace jobprep

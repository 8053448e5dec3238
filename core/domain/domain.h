// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "enums.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace jobprep {

using Id = qint64;

struct StageChange
{
    Stage stage = Stage::Interested;
    QDate date;
};

struct Company
{
    Id id = 0;
    QString name;
    Stage stage = Stage::Interested;
    int interest = 3; // 1..5
    QString website;
    QString notes;
    QString codingTestNotes;
    QList<StageChange> history; // oldest first
};

struct PostingLine
{
    PostingLine() = default;
    PostingLine(Id lineId, Section lineSection, QString lineText, QString lineHeading = {})
        : id(lineId), section(lineSection), text(std::move(lineText)), heading(std::move(lineHeading))
    {
    }

    Id id = 0;
    Section section = Section::Other;
    QString text;
    QString heading;            // the heading the parser placed it under; empty: none
    bool met = false;           // an eligibility line the user ticked: "I meet this"
    bool sectionByUser = false; // the user chose its section: a re-parse keeps it
};

struct Posting
{
    Id id = 0;
    Id companyId = 0;
    QString title;
    Role role = Role::Other;
    QString url;
    QDate deadline; // invalid: none
    QString rawText;
    QList<PostingLine> lines; // in posting order
};

struct Task
{
    Id id = 0;
    QString title;
    Kind kind = Kind::Other;
    QString notes;
    QDate due; // invalid: none
    double estimateHours = 2.0;
    Status status = Status::Todo;
    QDate doneOn; // kept when done
    Id companyId = 0; // 0: none
    QList<Id> lineIds; // posting lines this task closes
    Repeat repeat = Repeat::None;
    int streak = 0; // consecutive completed periods, for habits
    Quadrant pinned = Quadrant::None;
    std::optional<qint64> manualOrder; // set when the user reorders within a pane
    QDateTime created;
    QDateTime updated;

    bool isHabit() const { return repeat != Repeat::None; }
    bool isOpen() const { return status != Status::Done; }
};

} // namespace jobprep

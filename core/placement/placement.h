// SPDX-FileCopyrightText: 2026 JobPrep Planner contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/domain.h"
#include "core/domain/settings.h"

#include <QCoreApplication>
#include <QList>
#include <array>

namespace jobprep {

// One line of a "why" breakdown: a factor and the points it adds (may be negative).
struct WhyItem
{
    QString factor;
    int points = 0;
};

// What placement needs to know about one link from a task to a posting line.
struct LinkInfo
{
    Section section = Section::Other;
    Id postingId = 0;
    QDate postingDeadline;
    int companyInterest = 3;
};

// One link between a task and a posting line, with what placement needs to know about it.
struct LinkFacts
{
    Id taskId = 0;
    Id lineId = 0;
    Section section = Section::Other;
    Id postingId = 0;
    QDate postingDeadline;
    int companyInterest = 3;
};

struct Placement
{
    int importance = 0; // 0..100
    int urgency = 0;    // 0..100
    bool important = false;
    bool urgent = false;
    QDate effectiveDeadline;    // invalid: none
    Quadrant autoQuadrant = Quadrant::Drop; // where the rules put it
    Quadrant quadrant = Quadrant::Drop;     // where it is shown (pinned wins)
    QList<WhyItem> importanceWhy;
    QList<WhyItem> urgencyWhy;
    QString note; // e.g. "pinned by you; the planner would place it in Schedule"
};

// What placement knows of a task without a day. The store keeps it on the task row (schema 3) and
// up to date on every write, so that the board can find the first rows of a pane with an index.
struct PlacementInputs
{
    int importance = 0;
    bool important = false;
    QDate effectiveDeadline; // the task's due date or its postings' closest deadline; invalid: none
};

struct Urgency
{
    int urgency = 0;
    bool urgent = false;
};

// Sums the capacity hours of the days from `from` to `to`, both included.
double capacityBetween(const Settings &settings, const QDate &from, const QDate &to);

// The Eisenhower rules. Pure: same task, links, settings and day give the same placement.
class Placer
{
    Q_DECLARE_TR_FUNCTIONS(jobprep::Placer)
public:
    explicit Placer(Settings settings);

    // taskCompanyInterest: the interest of the task's own company, 0 when it has none.
    Placement place(const Task &task, const QList<LinkInfo> &links, int taskCompanyInterest,
                    const QDate &today) const;
    // The same quadrant, scores and deadline as place(), without the "why" texts and note: the board
    // orders every open task with it and explains only the tasks it shows. Tested to agree with place().
    Placement placeWithoutWhy(const Task &task, const QList<LinkInfo> &links, int taskCompanyInterest,
                              const QDate &today) const;
    // The day-independent half of placeWithoutWhy().
    PlacementInputs inputs(const Task &task, const QList<LinkInfo> &links, int taskCompanyInterest) const;
    // The day-dependent half: the urgency of a task with this effective deadline and estimate.
    Urgency urgency(const QDate &effectiveDeadline, double estimateHours, bool open, const QDate &today) const;
    const Settings &settings() const { return m_settings; }

private:
    // Translated texts looked up once per Placer, not once per task: the board places thousands.
    struct Texts
    {
        std::array<QString, 9> kind;        // "kind: Project", by Kind
        std::array<QString, 6> interest;    // "company interest 3/5", by interest 0..5
        std::array<QString, 5> placed;      // the note, by quadrant
        std::array<std::array<QString, 5>, 5> pinned; // the note, by pinned and automatic quadrant
        QString requirement, dutyOnly, preferredOnly, requiredBy, alwaysImportant, noDeadline;
        QString due, postingDeadline, overdue, daysLeft, needs;
    };

    Settings m_settings;
    Texts m_texts;
};

} // namespace jobprep
